-- Intake (module meldingen): notifications, their attachments and idempotency keys.
create schema meldingen;

create sequence meldingen.melding_nummer_seq;

create table meldingen.melding
(
    id                          uuid        not null primary key,
    referentie                  text        not null unique,
    status                      text        not null check (status in ('ONTVANGEN', 'IN_BEHANDELING', 'AFGEHANDELD')),
    bron                        text        not null check (bron in ('BURGER', 'ZORGAANBIEDER', 'FABRIKANT', 'ANDERS')),
    kanaal                      text        not null check (kanaal in ('WEBFORMULIER', 'EMAIL', 'TELEFOON', 'BRIEF', 'SOCIAL_MEDIA', 'API')),
    soort                       text        not null check (soort in ('CALAMITEIT', 'GEWELD_IN_ZORGRELATIE', 'ONTSLAG_WEGENS_DISFUNCTIONEREN',
                                                                     'KLACHT_OF_SIGNAAL', 'INCIDENT_MEDISCH_HULPMIDDEL', 'GENEESMIDDELENTEKORT', 'OVERIG')),
    sector                      text        not null,
    zorgaanbieder_id            uuid,
    locatie_id                  uuid,
    zorgaanbieder_omschrijving  text,
    -- KvK number the reporting provider gave on its mandatory notification (not yet linked to the register)
    melder_kvk_nummer           text check (melder_kvk_nummer ~ '^[0-9]{8}$'),
    datum_gebeurtenis           date,
    datum_vastgesteld           date,
    omschrijving                text        not null,
    patient_overleden           boolean     not null default false,
    door_suicide                boolean     not null default false,
    suicidepoging               boolean     not null default false,
    gesloten_jeugdinstelling    boolean     not null default false,
    seksueel_grensoverschrijdend boolean    not null default false,
    sgg_soort                   text check (sgg_soort in ('PROFESSIONAL_BETROKKEN', 'TUSSEN_CLIENTEN', 'OVERIG')),
    themas                      text[]      not null default '{}',
    melder_naam                 text,
    melder_email                text,
    melder_telefoon             text,
    patient_naam                text,
    patient_geboortedatum       date,
    status_token_hash           text        not null unique,
    ontvangen_op                timestamptz not null,
    version                     bigint      not null default 0,
    check (not door_suicide or patient_overleden),
    check ((sgg_soort is null) = (not seksueel_grensoverschrijdend))
);
create index melding_ontvangen_op_idx on meldingen.melding (ontvangen_op desc);
create index melding_zorgaanbieder_idx on meldingen.melding (zorgaanbieder_id) where zorgaanbieder_id is not null;
create index melding_sector_soort_idx on meldingen.melding (sector, soort, ontvangen_op);
create index melding_ongekoppeld_idx on meldingen.melding (ontvangen_op) where zorgaanbieder_id is null;

create table meldingen.bijlage
(
    id             uuid        not null primary key,
    melding_id     uuid        not null references meldingen.melding (id),
    bestandsnaam   text        not null,
    mediatype      text        not null check (mediatype in ('application/pdf', 'image/jpeg', 'image/png',
                                                            'application/vnd.openxmlformats-officedocument.wordprocessingml.document')),
    grootte        bigint      not null check (grootte > 0),
    sha256         text        not null,
    opslag_sleutel text        not null unique,
    toegevoegd_op  timestamptz not null
);
create index bijlage_melding_idx on meldingen.bijlage (melding_id);

-- Idempotency-Key: the same key and body returns the original answer; another body is refused.
create table meldingen.idempotentie_sleutel
(
    sleutel       text        not null primary key,
    verzoek_hash  text        not null,
    melding_id    uuid        not null references meldingen.melding (id),
    antwoord      text        not null,
    aangemaakt_op timestamptz not null
);
create index idempotentie_sleutel_aangemaakt_op_idx on meldingen.idempotentie_sleutel (aangemaakt_op);
