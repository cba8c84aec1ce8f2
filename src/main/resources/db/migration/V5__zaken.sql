-- Case handling (module zaken): cases, their timeline and which notifications they hold.
create schema zaken;

create sequence zaken.zaak_nummer_seq;

create table zaken.zaak
(
    id               uuid        not null primary key,
    referentie       text        not null unique,
    status           text        not null check (status in ('ONTVANGEN', 'IN_TRIAGE', 'WACHT_OP_ONDERZOEK_ZORGAANBIEDER', 'IN_BEOORDELING', 'GESLOTEN')),
    soort            text        not null,
    sector           text        not null,
    afdeling         text        not null,
    zorgaanbieder_id uuid,
    inspecteur       text,
    termijn_soort    text check (termijn_soort in ('TRIAGE', 'ONDERZOEKSRAPPORT_ZORGAANBIEDER', 'AANVULLING_ZORGAANBIEDER', 'BEOORDELING')),
    termijn_datum    date,
    te_laat          boolean     not null default false,
    -- Wkkgz: the calamity reached us later than 3 working days after the provider established it
    te_laat_gemeld   boolean     not null default false,
    -- receipt of the first notification: the Wkkgz clock for the investigation report starts here
    ontvangen_op     timestamptz not null,
    geopend_op       timestamptz not null,
    gesloten_op      timestamptz,
    sluitreden       text check (sluitreden in ('GEEN_VERVOLG', 'ONDERZOEK_VOLDOENDE', 'MAATREGEL_VOORGESTELD', 'DOORVERWEZEN', 'SAMENGEVOEGD')),
    version          bigint      not null default 0,
    check ((status = 'GESLOTEN') = (gesloten_op is not null)),
    check ((status = 'GESLOTEN') = (sluitreden is not null))
);
-- werkbak queries: open cases of a department / an inspector ordered by deadline, keyset-paged
create index zaak_werkbak_idx on zaken.zaak (termijn_datum, id) where status <> 'GESLOTEN';
create index zaak_werkbak_afdeling_idx on zaken.zaak (afdeling, termijn_datum, id) where status <> 'GESLOTEN';
create index zaak_werkbak_inspecteur_idx on zaken.zaak (inspecteur, termijn_datum, id) where status <> 'GESLOTEN';
-- intake's queue over all departments by state (e.g. everything still ONTVANGEN)
create index zaak_werkbak_status_idx on zaken.zaak (status, termijn_datum, id) where status <> 'GESLOTEN';
create index zaak_te_laat_idx on zaken.zaak (termijn_datum) where status <> 'GESLOTEN' and not te_laat;

create table zaken.statuswijziging
(
    zaak        uuid        not null references zaken.zaak (id) on delete cascade,
    volgnummer  int         not null,
    van         text,
    naar        text        not null,
    transitie   text        not null,
    door        text        not null,
    op          timestamptz not null,
    toelichting text,
    primary key (zaak, volgnummer)
);

create table zaken.zaak_melding
(
    melding_id    uuid        not null primary key,
    zaak          uuid        not null references zaken.zaak (id) on delete cascade,
    gekoppeld_op  timestamptz not null,
    gekoppeld_door text       not null
);
create index zaak_melding_zaak_idx on zaken.zaak_melding (zaak);
