-- Documents in the dossiers of other modules' objects (a case's), each in versions (decision 0062). The
-- content lives in the file store (kern.Bestandsopslag, directory or S3), under a random key; the row keeps
-- the SHA-256 and size taken when the file was inspected, so the store can be checked against it.
create schema documenten;

create table documenten.document
(
    id              uuid        not null primary key,
    dossier_soort   text        not null check (dossier_soort ~ '^[A-Z_]{1,40}$'),
    dossier_id      uuid        not null,
    titel           text        not null check (length(titel) between 1 and 200),
    -- the template that made it, for a letter; null for an uploaded document
    briefsoort      text,
    aangemaakt_door text        not null,
    aangemaakt_op   timestamptz not null,
    laatste_versie  int         not null check (laatste_versie >= 1)
);
create index document_dossier_idx on documenten.document (dossier_soort, dossier_id, aangemaakt_op);

-- A version is never changed or removed: a new one is added (decision 0033's trigger).
create table documenten.versie
(
    document_id    uuid        not null references documenten.document (id) on delete cascade,
    versie         int         not null check (versie >= 1),
    bestandsnaam   text        not null check (length(bestandsnaam) between 1 and 200),
    mediatype      text        not null,
    grootte        bigint      not null check (grootte > 0),
    sha256         text        not null check (sha256 ~ '^[0-9a-f]{64}$'),
    opslag_sleutel text        not null unique,
    door           text        not null,
    op             timestamptz not null,
    primary key (document_id, versie)
);

create trigger versie_alleen_toevoegen
    before update or delete on documenten.versie
    for each row execute function tijdlijn_alleen_toevoegen('documenten.document', 'id', 'document_id');

create trigger versie_geen_truncate
    before truncate on documenten.versie
    for each statement execute function tijdlijn_alleen_toevoegen();

do
$$
begin
    if exists (select 1 from pg_roles where rolname = 'toezicht_app') then
        execute 'grant usage on schema documenten to toezicht_app';
        execute 'grant select, insert, update on documenten.document to toezicht_app';
        execute 'grant select, insert on documenten.versie to toezicht_app';
    end if;
end;
$$;
