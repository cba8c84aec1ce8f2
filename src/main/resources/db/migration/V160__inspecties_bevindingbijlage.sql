-- Photos and documents with a finding (module inspecties, docs/inspecties.md "Fieldwork"): judged by
-- kern.Bestandskeuring as intake's attachments are, the bytes in kern.Bestandsopslag under the key. Every upload
-- carries a key the client made (sleutel): a retry after a dropped connection finds its row and stores nothing twice.
create table inspecties.bevindingbijlage
(
    id             uuid        not null primary key,
    activiteit     uuid        not null references inspecties.toezichtactiviteit (id) on delete cascade,
    norm_code      text        not null,
    sleutel        uuid        not null unique,
    bestandsnaam   text        not null,
    mediatype      text        not null,
    grootte        bigint      not null check (grootte > 0),
    sha256         text        not null check (sha256 ~ '^[0-9a-f]{64}$'),
    opslag_sleutel text        not null unique check (opslag_sleutel ~ '^[0-9a-f]{64}$'),
    door           text        not null,
    op             timestamptz not null
);
create index bevindingbijlage_activiteit_idx on inspecties.bevindingbijlage (activiteit, norm_code);
