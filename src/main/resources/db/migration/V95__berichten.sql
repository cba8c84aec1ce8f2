-- Alerts (module berichten, docs/berichten.md): in-app alerts per person, the e-mail queue, and each person's
-- preferences. Alerts name references and kinds only, never patient data: e-mail leaves the building.
create schema berichten;

create table berichten.bericht
(
    id           uuid        not null primary key,
    -- the account it is for (a user name of toegang.medewerker; accounts are switched off, never deleted)
    ontvanger    text        not null,
    soort        text        not null check (soort in ('TOEWIJZING', 'TAAK', 'TERMIJN', 'ANTWOORD_ZORGAANBIEDER')),
    -- what makes it unique for its recipient (e.g. termijn:<clock>:<deadline>): a retried event or a second
    -- run of the daily job finds it and adds nothing
    sleutel      text        not null check (length(sleutel) between 1 and 200),
    -- the object's reference (Z-2026-000123) and the path of its page, if it has one
    kenmerk      text        not null check (length(kenmerk) between 1 and 100),
    pad          text check (pad ~ '^/[^/]'),
    datum        date,
    -- a message key that says more (the kind of clock), rendered in the reader's language
    detail       text check (length(detail) <= 200),
    aangemaakt_op timestamptz not null,
    gelezen_op   timestamptz,
    unique (ontvanger, sleutel)
);
-- one's alerts, newest first, and the unread count of the staff header on every page
create index bericht_ontvanger_idx on berichten.bericht (ontvanger, aangemaakt_op desc, id);
create index bericht_ongelezen_idx on berichten.bericht (ontvanger) where gelezen_op is null;

-- per person: which kinds also come by e-mail, and in which language; no row means the defaults
create table berichten.voorkeur
(
    gebruikersnaam text   not null primary key,
    email_soorten  text[] not null,
    taal           text   not null check (taal in ('nl', 'en'))
);

-- The e-mail queue: a mail is stored in the transaction that raised its alert, and a db-scheduler job sends it
-- (decision 0045): a mail server outage delays mail, it loses none.
create table berichten.mail
(
    id              uuid        not null primary key,
    -- what makes it unique (bericht:<alert id>): the same mail is queued once
    sleutel         text        not null unique,
    aan             text        not null,
    onderwerp       text        not null,
    tekst           text        not null,
    html            text,
    status          text        not null check (status in ('WACHTEND', 'VERZONDEN', 'OPGEGEVEN')),
    pogingen        int         not null default 0,
    volgende_poging timestamptz not null,
    -- the kind of the last failure (exception class and SMTP code), never the server's text
    laatste_fout    text,
    aangemaakt_op   timestamptz not null,
    verzonden_op    timestamptz
);
create index mail_wachtend_idx on berichten.mail (volgende_poging) where status = 'WACHTEND';
create index mail_afgehandeld_idx on berichten.mail (aangemaakt_op) where status <> 'WACHTEND';

do
$$
begin
    if exists (select 1 from pg_roles where rolname = 'toezicht_app') then
        execute 'grant usage on schema berichten to toezicht_app';
        execute 'grant select, insert, update, delete on all tables in schema berichten to toezicht_app';
    end if;
end;
$$;
