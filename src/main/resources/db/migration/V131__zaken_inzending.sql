-- What a care provider sent in through the portal on a case (issue 13 item 9): the investigation report or
-- an answer, filed as a document of the case's dossier (module documenten). The portal lists only these rows,
-- never the dossier itself: the inspectorate's own documents, notes and tasks never reach the provider. The
-- sender's key makes a retry find the first sending instead of storing the file twice.
create table zaken.inzending
(
    id           uuid        not null primary key,
    zaak         uuid        not null references zaken.zaak (id) on delete cascade,
    melding      uuid        not null,
    document     uuid        not null unique,
    titel        text        not null check (length(titel) between 1 and 200),
    bestandsnaam text        not null,
    ingediend_door text      not null,
    ingediend_op timestamptz not null,
    sleutel      text        not null check (sleutel ~ '^[A-Za-z0-9_-]{16,100}$'),
    unique (ingediend_door, sleutel)
);
create index inzending_melding_idx on zaken.inzending (melding, ingediend_op);
