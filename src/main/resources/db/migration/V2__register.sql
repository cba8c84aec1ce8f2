-- Provider register (module register): care providers and their locations.
create schema register;

create table register.zorgaanbieder
(
    id            uuid        not null primary key,
    naam          text        not null check (length(trim(naam)) between 1 and 300),
    kvk_nummer    text        not null unique check (kvk_nummer ~ '^[0-9]{8}$' and kvk_nummer <> '00000000'),
    agb_code      text check (agb_code ~ '^[0-9]{8}$'),
    -- codes of nl.toezicht.kern.Zorgsector; a provider works in at least one sector
    sectoren      text[]      not null check (cardinality(sectoren) > 0 and sectoren <@ array[
        'JEUGD', 'FARMACEUTISCHE_PRODUCTEN', 'GGZ', 'MEDISCHE_TECHNOLOGIE', 'VERZORGING_EN_VERPLEGING',
        'EERSTELIJNSZORG', 'ZORG_VOOR_ASIELZOEKERS_EN_JUSTITIABELEN', 'GEHANDICAPTENZORG',
        'MEDISCH_SPECIALISTISCHE_ZORG', 'NETWERKZORG', 'PREVENTIE', 'SECTOROVERSTIJGEND']::text[]),
    version       bigint      not null default 0,
    aangemaakt_op timestamptz not null,
    gewijzigd_op  timestamptz not null
);
-- typo-tolerant search on name (pg_trgm: similarity, word_similarity) and search by place (via locatie)
create index zorgaanbieder_naam_trgm_idx on register.zorgaanbieder using gin (lower(naam) gin_trgm_ops);

-- Rows are rewritten on every save of the aggregate (Spring Data JDBC), but the id of a location is kept:
-- other modules store it.
create table register.locatie
(
    id              uuid not null primary key,
    zorgaanbieder   uuid not null references register.zorgaanbieder (id) on delete cascade,
    volgnummer      int  not null,
    naam            text check (naam is null or length(trim(naam)) between 1 and 300),
    adres           text not null check (length(trim(adres)) between 1 and 300),
    postcode        text not null check (postcode ~ '^[1-9][0-9]{3}[A-Z]{2}$'),
    plaats          text not null check (length(trim(plaats)) between 1 and 100),
    gemeente        text not null check (length(trim(gemeente)) between 1 and 100)
);
create index locatie_zorgaanbieder_idx on register.locatie (zorgaanbieder);
create index locatie_plaats_trgm_idx on register.locatie using gin (lower(plaats) gin_trgm_ops);
