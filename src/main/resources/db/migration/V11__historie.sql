-- Bulk import of the history from the systems Toezicht replaces (module historie, docs/historie-import.md).
create schema historie;

-- One run of the import (or of its dry run): who, which file, how far, and its report.
create table historie.importrun
(
    id              uuid        not null primary key,
    bestand         text        not null,
    bestand_sha256  text,
    bestand_grootte bigint      not null,
    droog           boolean     not null,
    met_afwijzingen boolean     not null,
    gestart_door    text        not null,
    gestart_op      timestamptz not null,
    klaar_op        timestamptz,
    -- BEZIG while it runs; GESLAAGD committed; AFGEWEZEN rolled back because of bad lines; MISLUKT on a fault;
    -- GECONTROLEERD a dry run that has finished (nothing written, whatever it found)
    status          text        not null check (status in ('BEZIG', 'GESLAAGD', 'AFGEWEZEN', 'MISLUKT', 'GECONTROLEERD')),
    regels          bigint      not null default 0,
    gelezen_bytes   bigint      not null default 0,
    fouten          bigint      not null default 0,
    -- the report: counts, the first errors, the reconciliation (file against database)
    verslag         jsonb
);
create index importrun_gestart_op_idx on historie.importrun (gestart_op desc);

-- Where an imported record came from: its legacy id in the old system, mapped to the id it has here.
-- A record already here (same kind and legacy id) is not imported again; a changed one is reported.
create table historie.herkomst
(
    soort           text        not null check (soort in ('ZORGAANBIEDER', 'LOCATIE', 'MELDING', 'ZAAK')),
    legacy_id       text        not null,
    nieuw_id        uuid        not null,
    -- the run that wrote it, and the last run whose file held it (reconciliation reads back by this); no
    -- foreign keys: a check per row against the run row, which the run updates with its progress while its
    -- long transaction keeps the old versions alive, slowed a million-row import down as it went
    importrun       uuid        not null,
    laatste_run     uuid        not null,
    bestand         text        not null,
    regel           bigint      not null,
    inhoud_sha256   text        not null,
    geimporteerd_op timestamptz not null,
    primary key (soort, legacy_id)
);
create index herkomst_laatste_run_idx on historie.herkomst (laatste_run, soort);
