-- Inspections (module inspecties, docs/inspecties.md): assessment frameworks as versioned data, and the
-- supervision activities planned against them.
create schema inspecties;

-- An assessment framework (toetsingskader): the thing that has versions. Its code is stable across versions
-- and is how the JSON exchange document names it.
create table inspecties.toetsingskader
(
    id           uuid        not null primary key,
    code         text        not null unique check (code ~ '^[a-z0-9][a-z0-9-]{1,59}$'),
    aangemaakt_op timestamptz not null
);

-- One version of a framework: its scale, themes, norms and what the inspector looks at, as one document
-- (decision 0066). A published version never changes: the trigger below refuses it, whatever the application
-- does. A new version starts as a copy of the last one, as a draft; at most one draft per framework.
create table inspecties.kaderversie
(
    id               uuid        not null primary key,
    kader_id         uuid        not null references inspecties.toetsingskader (id),
    versie           int         not null check (versie >= 1),
    status           text        not null check (status in ('CONCEPT', 'GEPUBLICEERD')),
    naam             text        not null,
    sector           text,
    inhoud           jsonb       not null,
    aangemaakt_op    timestamptz not null,
    aangemaakt_door  text        not null,
    gepubliceerd_op  timestamptz,
    gepubliceerd_door text,
    version          bigint      not null default 0,
    unique (kader_id, versie),
    check ((status = 'GEPUBLICEERD') = (gepubliceerd_op is not null))
);
create unique index kaderversie_een_concept_idx on inspecties.kaderversie (kader_id) where status = 'CONCEPT';

create function inspecties.gepubliceerd_blijft() returns trigger
    language plpgsql as
$$
begin
    if old.status = 'GEPUBLICEERD' then
        raise exception 'versie % van toetsingskader % is gepubliceerd en verandert niet', old.versie, old.kader_id
            using errcode = 'integrity_constraint_violation';
    end if;
    if tg_op = 'DELETE' then
        return old;
    end if;
    return new;
end;
$$;

create trigger kaderversie_gepubliceerd_blijft
    before update or delete on inspecties.kaderversie
    for each row execute function inspecties.gepubliceerd_blijft();

create sequence inspecties.activiteit_nummer_seq;

-- A supervision activity (toezichtactiviteit): a visit, a desk inspection, a conversation. Its department
-- decides who may see it (need-to-know, as for cases). Provider and locations are ids of the register.
create table inspecties.toezichtactiviteit
(
    id                 uuid        not null primary key,
    referentie         text        not null unique,
    soort              text        not null,
    aankondiging       text        not null check (aankondiging in ('AANGEKONDIGD', 'ONAANGEKONDIGD', 'DEELS_ONAANGEKONDIGD')),
    status             text        not null,
    afdeling           text        not null,
    aanleiding         text        not null check (aanleiding in ('ZAAK', 'SIGNAAL', 'THEMA', 'PROGRAMMA')),
    zaak_id            uuid,
    zaak_referentie    text,
    aanleiding_omschrijving text,
    zorgaanbieder_id   uuid        not null,
    kaderversie_id     uuid references inspecties.kaderversie (id),
    leider             text        not null,
    begindatum         date        not null,
    einddatum          date        not null check (einddatum >= begindatum),
    aangemaakt_op      timestamptz not null,
    aangemaakt_door    text        not null,
    version            bigint      not null default 0,
    check ((aanleiding = 'ZAAK') = (zaak_id is not null))
);
create index toezichtactiviteit_afdeling_idx on inspecties.toezichtactiviteit (afdeling, begindatum);
create index toezichtactiviteit_zaak_idx on inspecties.toezichtactiviteit (zaak_id) where zaak_id is not null;

create table inspecties.activiteit_locatie
(
    activiteit uuid not null references inspecties.toezichtactiviteit (id) on delete cascade,
    locatie_id uuid not null,
    primary key (activiteit, locatie_id)
);
create index activiteit_locatie_locatie_idx on inspecties.activiteit_locatie (locatie_id);

-- The team: the lead inspector and the others; one row per person, the lead marked.
create table inspecties.activiteit_teamlid
(
    activiteit     uuid    not null references inspecties.toezichtactiviteit (id) on delete cascade,
    gebruikersnaam text    not null,
    leider         boolean not null,
    primary key (activiteit, gebruikersnaam)
);
create index activiteit_teamlid_gebruiker_idx on inspecties.activiteit_teamlid (gebruikersnaam);

-- The activity's timeline, append-only (decision 0033).
create table inspecties.activiteitstap
(
    activiteit  uuid        not null references inspecties.toezichtactiviteit (id) on delete cascade,
    volgnummer  int         not null,
    van         text,
    naar        text        not null,
    stap        text        not null,
    door        text        not null,
    op          timestamptz not null,
    toelichting text,
    primary key (activiteit, volgnummer)
);

create trigger activiteitstap_alleen_toevoegen
    before update or delete on inspecties.activiteitstap
    for each row execute function tijdlijn_alleen_toevoegen('inspecties.toezichtactiviteit', 'id', 'activiteit');

create trigger activiteitstap_geen_truncate
    before truncate on inspecties.activiteitstap
    for each statement execute function tijdlijn_alleen_toevoegen();
