-- Module koppelingen: partners' subscriptions to events, the event log they page through, and what could not
-- be delivered (docs/operations.md "Events for partners", decision 0074).
create schema if not exists koppelingen;

-- A partner's subscription: where to deliver, which event types, and its secrets (the HMAC secret encrypted
-- with the patient-data keys, the event-log key only as SHA-256). The delivery state is a cursor into the
-- event log: everything up to it was delivered or put on the dead-letter list.
create table koppelingen.abonnement
(
    id              uuid primary key,
    naam            text        not null check (length(naam) between 1 and 200),
    soort           text        not null check (soort in ('LANDELIJK', 'ZORGAANBIEDER')),
    kvk_nummer      text check (kvk_nummer ~ '^[0-9]{8}$'),
    zorgaanbieders  uuid[]      not null default '{}',
    url             text        not null,
    typen           text[]      not null check (cardinality(typen) > 0),
    geheim          text        not null,
    sleutel_prefix  text        not null,
    sleutel_hash    text        not null unique,
    aangemaakt      timestamptz not null,
    aangemaakt_door text        not null,
    beeindigd       timestamptz,
    cursor_transactie xid8      not null,
    cursor_rij      bigint      not null default 0,
    pogingen        int         not null default 0,
    volgende_poging timestamptz,
    laatste_fout    text,
    bezorgd         bigint      not null default 0,
    check ((soort = 'ZORGAANBIEDER') = (kvk_nummer is not null))
);

-- The event log, in commit order: (transactie, rij). A reader sees only rows of transactions older than the
-- oldest one still running (pg_snapshot_xmin), so no row can later appear before one it has seen.
create table koppelingen.gebeurtenis
(
    transactie    xid8        not null default pg_current_xact_id(),
    rij           bigint generated always as identity,
    id            uuid        not null unique,
    type          text        not null,
    onderwerp     text,
    tijd          timestamptz not null,
    zorgaanbieder uuid,
    gegevens      jsonb       not null,
    primary key (transactie, rij)
);
create index gebeurtenis_tijd_idx on koppelingen.gebeurtenis (tijd);

-- Events that failed every attempt for one subscription; the administrator offers them again.
create table koppelingen.dode_letter
(
    abonnement     uuid        not null references koppelingen.abonnement on delete cascade,
    gebeurtenis    uuid        not null references koppelingen.gebeurtenis (id) on delete cascade,
    pogingen       int         not null,
    laatste_fout   text        not null,
    sinds          timestamptz not null,
    opnieuw_vanaf  timestamptz,
    primary key (abonnement, gebeurtenis)
);
create index dode_letter_opnieuw_idx on koppelingen.dode_letter (opnieuw_vanaf) where opnieuw_vanaf is not null;

do
$$
    begin
        if exists (select 1 from pg_roles where rolname = 'toezicht_app') then
            execute 'grant usage on schema koppelingen to toezicht_app';
            execute 'grant select, insert, update, delete on all tables in schema koppelingen to toezicht_app';
        end if;
    end
$$;
