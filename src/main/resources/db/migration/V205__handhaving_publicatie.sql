-- Publication of measures (issue 15 "Publication", docs/handhaving.md, decision 0103): a decision of a published
-- kind gets a row when it is made known; one daily job makes it public once its day has come (bekendmaking +
-- waiting period, or later when postponed), unless the anonymisation check still finds something and nobody
-- overrode it with a reason. The decision's archived PDF in the dossier never changes: the public PDF is a version
-- of its own (no signer's name, the corrected public text), with its SHA-256.
create table handhaving.publicatie
(
    maatregel          uuid          not null primary key references handhaving.maatregel (id) on delete cascade,
    -- the decision letter as filed (documenten) and what it was rendered from, less the signer's name
    besluit_document   uuid          not null,
    gegevens           jsonb         not null,
    bekendgemaakt_op   date          not null,
    openbaar_vanaf     date          not null,
    -- the public text: a short summary and the decision's text, both correctable before and after publication
    samenvatting       text          not null check (length(samenvatting) between 1 and 1000),
    tekst              text          not null check (length(tekst) between 1 and 20000),
    -- a decision about a natural person (a sole practitioner): the name is not shown, only the place
    natuurlijk_persoon boolean       not null default false,
    afwijking_reden    text check (length(afwijking_reden) between 1 and 500),
    uitstel_reden      text check (length(uitstel_reden) between 1 and 500),
    gepubliceerd_op    timestamptz,
    bijgewerkt_op      timestamptz,
    pdf_sleutel        text,
    pdf_sha256         text,
    pdf_grootte        bigint,
    ingetrokken_op     timestamptz,
    intrekking_reden   text check (length(intrekking_reden) between 1 and 500),
    version            bigint        not null default 0,
    check ((gepubliceerd_op is null) = (pdf_sha256 is null))
);
-- the job's question: released, not public yet, not withdrawn, day come
create index publicatie_rijp_idx on handhaving.publicatie (openbaar_vanaf)
    where gepubliceerd_op is null and ingetrokken_op is null;
create index publicatie_openbaar_idx on handhaving.publicatie (gepubliceerd_op desc)
    where gepubliceerd_op is not null and ingetrokken_op is null;

-- What happened to a publication (planned, corrected, postponed, overridden, published, updated, withdrawn): who,
-- when, why. Append-only (decision 0033).
create table handhaving.publicatiestap
(
    maatregel   uuid        not null references handhaving.publicatie (maatregel) on delete cascade,
    volgnummer  int         not null,
    soort       text        not null,
    door        text        not null,
    op          timestamptz not null,
    toelichting text,
    primary key (maatregel, volgnummer)
);

create trigger publicatiestap_alleen_toevoegen
    before update or delete on handhaving.publicatiestap
    for each row execute function tijdlijn_alleen_toevoegen('handhaving.publicatie', 'maatregel', 'maatregel');

create trigger publicatiestap_geen_truncate
    before truncate on handhaving.publicatiestap
    for each statement execute function tijdlijn_alleen_toevoegen();

do
$$
begin
    if exists (select 1 from pg_roles where rolname = 'toezicht_app') then
        execute 'grant select, insert, update on handhaving.publicatie to toezicht_app';
        execute 'grant select, insert on handhaving.publicatiestap to toezicht_app';
    end if;
end;
$$;
