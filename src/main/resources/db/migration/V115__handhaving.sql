-- Enforcement (module handhaving, docs/handhaving.md, decision 0071): measures against care providers with
-- their flow, clocks (in termijnen), letters and money; the mandate table that says who may sign what.
create schema handhaving;

create sequence handhaving.maatregel_nummer_seq;

-- A measure. Its department decides who may see it (need-to-know, as for cases). Provider and location are
-- ids of the register. Money in euro, exact (numeric, two decimals): never a float.
create table handhaving.maatregel
(
    id                   uuid          not null primary key,
    referentie           text          not null unique,
    soort                text          not null check (soort in ('WAARSCHUWING', 'AANWIJZING', 'BEVEL',
                                                                  'LAST_ONDER_DWANGSOM', 'BESTUURLIJKE_BOETE',
                                                                  'VERSCHERPT_TOEZICHT', 'TUCHTKLACHT')),
    status               text          not null check (status in ('CONCEPT', 'VOORNEMEN', 'OPGELEGD', 'NAGELEEFD',
                                                                  'NIET_NAGELEEFD', 'VERBEURD', 'INVORDERING',
                                                                  'OPGEHEVEN', 'AFGEROND', 'HERROEPEN',
                                                                  'INGETROKKEN')),
    afdeling             text          not null,
    zorgaanbieder_id     uuid          not null,
    locatie_id           uuid,
    beroepsbeoefenaar    text,
    aanleiding           text          not null check (aanleiding in ('ZAAK', 'TOEZICHTACTIVITEIT', 'SIGNAAL')),
    aanleiding_kenmerk   text,
    wet                  text          not null,
    artikel              text          not null,
    omschrijving         text          not null,
    -- a fine's amount, or a penalty's amount per unit with its maximum
    bedrag               numeric(12, 2) check (bedrag > 0),
    dwangsom_eenheid     text check (dwangsom_eenheid in ('PER_OVERTREDING', 'PER_DAG', 'PER_WEEK')),
    maximum              numeric(12, 2) check (maximum > 0),
    verbeurd             numeric(12, 2) not null default 0 check (verbeurd >= 0),
    gefactureerd         numeric(12, 2) not null default 0 check (gefactureerd >= 0),
    betaald              numeric(12, 2) not null default 0 check (betaald >= 0),
    afgeschreven         numeric(12, 2) not null default 0 check (afgeschreven >= 0),
    rapportdatum         date,
    voornemen_op         date,
    -- the day the decision was made known (bekendmaking: the letter's dispatch); counted per year
    besluit_op           date,
    -- the deadline of the compliance, grace or validity clock, copied from termijnen
    termijn_tot          date,
    verbeurd_op          date,
    -- the end of the one-year limitation on collection (Awb 5:35), copied from termijnen
    verjaart_op          date,
    bezwaar_ontvangen_op date,
    beeindigd_op         date,
    aangemaakt_op        timestamptz   not null,
    aangemaakt_door      text          not null,
    version              bigint        not null default 0,
    check (betaald + afgeschreven <= gefactureerd),
    check (bedrag is null or maximum is null or bedrag <= maximum),
    check ((soort = 'LAST_ONDER_DWANGSOM') = (dwangsom_eenheid is not null))
);
create index maatregel_zorgaanbieder_idx on handhaving.maatregel (zorgaanbieder_id, aangemaakt_op desc);
create index maatregel_afdeling_idx on handhaving.maatregel (afdeling, aangemaakt_op desc, id);
create index maatregel_besluit_idx on handhaving.maatregel (soort, besluit_op);

-- The measure's timeline, append-only (decision 0033).
create table handhaving.maatregelstap
(
    maatregel   uuid          not null references handhaving.maatregel (id) on delete cascade,
    volgnummer  int           not null,
    van         text,
    naar        text          not null,
    stap        text          not null,
    door        text          not null,
    op          timestamptz   not null,
    toelichting text,
    bedrag      numeric(12, 2),
    primary key (maatregel, volgnummer)
);

create trigger maatregelstap_alleen_toevoegen
    before update or delete on handhaving.maatregelstap
    for each row execute function tijdlijn_alleen_toevoegen('handhaving.maatregel', 'id', 'maatregel');

create trigger maatregelstap_geen_truncate
    before truncate on handhaving.maatregelstap
    for each statement execute function tijdlijn_alleen_toevoegen();

-- The mandate table (data, editable): which role may sign the letters of which kind of measure, up to which
-- amount (a fine's amount, a penalty's maximum); null: any amount. A role without a row for a kind signs none.
create table handhaving.mandaat
(
    rol             text not null check (rol in ('INTAKE', 'INSPECTEUR', 'JURIST', 'ANALIST', 'PRIVACYFUNCTIONARIS',
                                                 'BEHEERDER', 'ZORGAANBIEDER')),
    soort           text not null,
    maximum_bedrag  numeric(12, 2) check (maximum_bedrag >= 0),
    primary key (rol, soort)
);
-- Seed (Mandaatregeling, as the inspectorate would set it): legal staff sign every kind but an order (bevel),
-- which the inspector-general signs in person, fines up to 100,000 and penalties up to a maximum of 250,000.
insert into handhaving.mandaat (rol, soort, maximum_bedrag)
values ('JURIST', 'WAARSCHUWING', null),
       ('JURIST', 'AANWIJZING', null),
       ('JURIST', 'VERSCHERPT_TOEZICHT', null),
       ('JURIST', 'TUCHTKLACHT', null),
       ('JURIST', 'BESTUURLIJKE_BOETE', 100000.00),
       ('JURIST', 'LAST_ONDER_DWANGSOM', 250000.00);

-- The letters sent: which step, the document in the dossier (module documenten), who signed under which role's
-- mandate, to whom, when (the dispatch date starts the clocks).
create table handhaving.brief
(
    id               uuid        not null primary key,
    maatregel        uuid        not null references handhaving.maatregel (id) on delete cascade,
    stap             text        not null,
    document_id      uuid        not null,
    ondertekend_door text        not null,
    rol              text        not null,
    aan              text        not null,
    verzonden_op     timestamptz not null,
    unique (maatregel, stap)
);

do
$$
begin
    if exists (select 1 from pg_roles where rolname = 'toezicht_app') then
        execute 'grant usage on schema handhaving to toezicht_app';
        execute 'grant select, insert, update, delete on all tables in schema handhaving to toezicht_app';
        execute 'grant usage on all sequences in schema handhaving to toezicht_app';
    end if;
end;
$$;
