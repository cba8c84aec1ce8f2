-- The bulk process for annual accounts not deposited (docs/handhaving.md, issue 15): the deposits as the external
-- register delivers them, one order under penalty per provider and reporting year, and the runs with their progress.

-- A provider's annual accounts over a reporting year, deposited on a day (from the CSV of the external register).
-- By KvK number: the file may name providers the register does not know (yet).
create table handhaving.deponering
(
    verslagjaar     int         not null check (verslagjaar between 1900 and 2999),
    kvk_nummer      text        not null check (kvk_nummer ~ '^[0-9]{8}$'),
    gedeponeerd_op  date        not null,
    geladen_op      timestamptz not null,
    primary key (verslagjaar, kvk_nummer)
);

-- The measure taken against a provider for one reporting year: never two (the re-run does nothing twice).
create table handhaving.jaarrekeninglast
(
    verslagjaar      int  not null,
    zorgaanbieder_id uuid not null,
    maatregel        uuid not null unique references handhaving.maatregel (id) on delete cascade,
    primary key (verslagjaar, zorgaanbieder_id)
);

-- One run of a phase over a reporting year, with its progress (the page polls it). At most one runs per year.
create table handhaving.jaarrekeningronde
(
    id            uuid        not null primary key,
    verslagjaar   int         not null,
    fase          text        not null check (fase in ('VOORNEMENS', 'LASTEN', 'INVORDERING')),
    status        text        not null check (status in ('BEZIG', 'KLAAR', 'MISLUKT', 'ONDERBROKEN')),
    totaal        int         not null,
    verwerkt      int         not null default 0,
    brieven       int         not null default 0,
    gestart_door  text        not null,
    gestart_op    timestamptz not null,
    bijgewerkt_op timestamptz not null,
    klaar_op      timestamptz,
    fout          text
);
create unique index jaarrekeningronde_een_tegelijk on handhaving.jaarrekeningronde (verslagjaar) where status = 'BEZIG';
create index jaarrekeningronde_jaar_idx on handhaving.jaarrekeningronde (verslagjaar, gestart_op desc);

do
$$
begin
    if exists (select 1 from pg_roles where rolname = 'toezicht_app') then
        execute 'grant select, insert, update, delete on all tables in schema handhaving to toezicht_app';
    end if;
end;
$$;
