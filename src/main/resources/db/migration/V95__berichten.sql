-- Alerts (module berichten, docs/berichten.md): in-app alerts per person, each person's preference, and the
-- e-mail outbox. Alerts name a reference, a kind and a date only, never patient data: e-mail leaves the
-- building, so it carries a link to the case and nothing of its content.
create schema berichten;

create table berichten.bericht
(
    id            uuid        not null primary key,
    -- the account it is for (a user name of toegang.medewerker; accounts are switched off, never deleted)
    ontvanger     text        not null,
    soort         text        not null check (soort in ('TOEWIJZING', 'TAAK', 'TERMIJN', 'ANTWOORD_ZORGAANBIEDER')),
    -- what makes it unique for its recipient (e.g. termijn:<clock>:<deadline>): a redelivered event or a
    -- second run of the daily job finds it and adds nothing
    sleutel       text        not null check (length(sleutel) between 1 and 200),
    -- the object's reference (Z-2026-000123) and the path of its page, if it has one
    kenmerk       text        not null check (length(kenmerk) between 1 and 100),
    pad           text check (pad ~ '^/[^/]' and length(pad) <= 300),
    -- the date the alert is about (a deadline), if any
    datum         date,
    aangemaakt_op timestamptz not null,
    gelezen_op    timestamptz,
    unique (ontvanger, sleutel)
);
-- one's alerts, newest first, and the unread count of the staff header on every page
create index bericht_ontvanger_idx on berichten.bericht (ontvanger, aangemaakt_op desc, id);
create index bericht_ongelezen_idx on berichten.bericht (ontvanger) where gelezen_op is null;

-- per person: alerts in the application only, or also by e-mail; no row means the default (also by e-mail)
create table berichten.voorkeur
(
    gebruikersnaam text    not null primary key,
    per_email      boolean not null
);

-- The e-mail outbox: a mail is stored in the transaction that stored its alert, and a db-scheduler job sends
-- it: a mail server outage delays mail, it loses none; one row per alert, so none is queued twice.
create table berichten.mail
(
    id              uuid        not null primary key,
    bericht         uuid        not null unique references berichten.bericht (id) on delete cascade,
    aan             text        not null,
    onderwerp       text        not null,
    tekst           text        not null,
    status          text        not null check (status in ('WACHTEND', 'VERZONDEN', 'OPGEGEVEN')),
    pogingen        int         not null default 0,
    volgende_poging timestamptz not null,
    -- the kind of the last failure (exception class), never the server's text
    laatste_fout    text,
    aangemaakt_op   timestamptz not null,
    verzonden_op    timestamptz
);
create index mail_wachtend_idx on berichten.mail (volgende_poging) where status = 'WACHTEND';

do
$$
begin
    if exists (select 1 from pg_roles where rolname = 'toezicht_app') then
        execute 'grant usage on schema berichten to toezicht_app';
        execute 'grant select, insert, update, delete on all tables in schema berichten to toezicht_app';
    end if;
end;
$$;
