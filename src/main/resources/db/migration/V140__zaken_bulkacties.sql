-- Bulk actions from the work queue (issue 13 item 7): one row per case done under a batch's idempotency key, written
-- in the same transaction as the case's step. A retry of the batch (a double submit, a lost answer) finds the row
-- and does nothing to that case again; a case refused has no row, so a retry asks again.
create table zaken.bulkactie_zaak
(
    sleutel text        not null check (length(sleutel) between 1 and 100),
    zaak    uuid        not null references zaken.zaak (id) on delete cascade,
    actie   text        not null,
    door    text        not null,
    op      timestamptz not null,
    primary key (sleutel, zaak)
);
create index bulkactie_zaak_op_idx on zaken.bulkactie_zaak (op);
