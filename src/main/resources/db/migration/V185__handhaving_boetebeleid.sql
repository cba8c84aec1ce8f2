-- The fine policy table as versioned data (issue 15, docs/handhaving.md, decision 0094): per version the base
-- amount of each category and the reductions it allows. A version is added whole and never changed or removed
-- (a trigger refuses it), so a fine always reads the version its amount was computed from.
create table handhaving.boetebeleid
(
    versie           int         not null primary key,
    -- in force from this day until the next version's day; the same day twice: the higher version wins
    geldig_vanaf     date        not null,
    omschrijving     text        not null check (length(omschrijving) between 1 and 200),
    vastgesteld_door text        not null,
    vastgesteld_op   timestamptz not null
);
create index boetebeleid_geldig_idx on handhaving.boetebeleid (geldig_vanaf desc, versie desc);

create table handhaving.boetecategorie
(
    versie       int            not null references handhaving.boetebeleid (versie),
    categorie    int            not null check (categorie between 1 and 99),
    omschrijving text           not null check (length(omschrijving) between 1 and 200),
    basisbedrag  numeric(12, 2) not null check (basisbedrag > 0),
    primary key (versie, categorie)
);

-- A reduction (matiging) as a percentage of the base amount; the chosen ones are added up (at most 100).
create table handhaving.boetematiging
(
    versie       int          not null references handhaving.boetebeleid (versie),
    code         text         not null check (code ~ '^[A-Z][A-Z_]{1,39}$'),
    omschrijving text         not null check (length(omschrijving) between 1 and 200),
    percentage   numeric(5, 2) not null check (percentage > 0 and percentage <= 100),
    primary key (versie, code)
);

create function handhaving.boetebeleid_onveranderlijk() returns trigger
    language plpgsql as
$$
begin
    raise exception 'Een versie van het boetebeleid wordt nooit gewijzigd of verwijderd: stel een nieuwe versie vast'
        using errcode = 'P0001';
end;
$$;

create trigger boetebeleid_onveranderlijk before update or delete on handhaving.boetebeleid
    for each row execute function handhaving.boetebeleid_onveranderlijk();
create trigger boetecategorie_onveranderlijk before update or delete on handhaving.boetecategorie
    for each row execute function handhaving.boetebeleid_onveranderlijk();
create trigger boetematiging_onveranderlijk before update or delete on handhaving.boetematiging
    for each row execute function handhaving.boetebeleid_onveranderlijk();
create trigger boetebeleid_geen_truncate before truncate on handhaving.boetebeleid
    for each statement execute function handhaving.boetebeleid_onveranderlijk();
create trigger boetecategorie_geen_truncate before truncate on handhaving.boetecategorie
    for each statement execute function handhaving.boetebeleid_onveranderlijk();
create trigger boetematiging_geen_truncate before truncate on handhaving.boetematiging
    for each statement execute function handhaving.boetebeleid_onveranderlijk();

-- How a fine's amount was computed: the version, the category, its base amount, the reductions chosen and their
-- sum, the result (also the measure's bedrag). Written once with the measure.
create table handhaving.boeteberekening
(
    maatregel   uuid           not null primary key references handhaving.maatregel (id) on delete cascade,
    versie      int            not null references handhaving.boetebeleid (versie),
    categorie   int            not null,
    basisbedrag numeric(12, 2) not null,
    matigingen  text[]         not null,
    percentage  numeric(5, 2)  not null check (percentage >= 0 and percentage <= 100),
    bedrag      numeric(12, 2) not null check (bedrag >= 0),
    foreign key (versie, categorie) references handhaving.boetecategorie (versie, categorie)
);

-- Seed: the policy as the inspectorate would publish it (an example modelled on the VWS fine policy rules: six
-- categories of seriousness, reductions for a small organisation and for lesser culpability).
insert into handhaving.boetebeleid (versie, geldig_vanaf, omschrijving, vastgesteld_door, vastgesteld_op)
values (1, date '2019-01-01', 'Beleidsregels bestuurlijke boete IGJ 2019', 'systeem', timestamptz '2018-12-15 12:00:00+01');
insert into handhaving.boetecategorie (versie, categorie, omschrijving, basisbedrag)
values (1, 1, 'Administratieve verplichting niet nagekomen', 1500.00),
       (1, 2, 'Informatieplicht geschonden', 5000.00),
       (1, 3, 'Melding niet of te laat gedaan', 12500.00),
       (1, 4, 'Kwaliteitseis niet nageleefd', 25000.00),
       (1, 5, 'Gevaar voor de gezondheid van cliënten', 75000.00),
       (1, 6, 'Ernstig gevaar voor de gezondheid van cliënten', 150000.00);
insert into handhaving.boetematiging (versie, code, omschrijving, percentage)
values (1, 'KLEINE_ORGANISATIE', 'Kleine organisatie (minder dan 50 werkenden)', 50.00),
       (1, 'VERMINDERDE_VERWIJTBAARHEID', 'Verminderde verwijtbaarheid', 25.00),
       (1, 'EERSTE_OVERTREDING', 'Eerste overtreding, direct hersteld', 10.00);

do
$$
begin
    if exists (select 1 from pg_roles where rolname = 'toezicht_app') then
        execute 'grant select, insert on handhaving.boetebeleid, handhaving.boetecategorie,'
            || ' handhaving.boetematiging, handhaving.boeteberekening to toezicht_app';
        execute 'revoke update, delete, truncate on handhaving.boetebeleid, handhaving.boetecategorie,'
            || ' handhaving.boetematiging from toezicht_app';
    end if;
end;
$$;
