-- The privacy officer's verdict on a break-the-glass access (module toegang, issue 11): one per DOORBREKEN
-- entry of the access log (by its sequence number), recorded once and never changed.
create table toegang.doorbreking_beoordeling
(
    logregel      bigint      not null primary key,
    oordeel       text        not null check (oordeel in ('GERECHTVAARDIGD', 'NIET_GERECHTVAARDIGD')),
    toelichting   text check (length(toelichting) <= 2000),
    beoordelaar   text        not null,
    beoordeeld_op timestamptz not null,
    check (oordeel = 'GERECHTVAARDIGD' or toelichting is not null)
);
