-- Issue 13 items 2 and 4 (decision 0060): notes and tasks on a case, the four-eyes step before closing and
-- reopening a closed case.

-- A closing asked for waits for a second person (state SLUITEN_TER_BEOORDELING): who asked, from which state
-- (a case sent back returns there) and the reason that closes it when approved. A reopened case is open again:
-- its closing moment and reason are cleared, as the existing checks demand.
alter table zaken.zaak drop constraint zaak_status_check;
alter table zaken.zaak add constraint zaak_status_check
    check (status in ('ONTVANGEN', 'IN_TRIAGE', 'WACHT_OP_ONDERZOEK_ZORGAANBIEDER', 'IN_BEOORDELING',
                      'SLUITEN_TER_BEOORDELING', 'GESLOTEN'));
alter table zaken.zaak
    add column sluiten_gevraagd_door   text,
    add column sluiten_gevraagd_vanuit text check (sluiten_gevraagd_vanuit in ('IN_TRIAGE', 'IN_BEOORDELING')),
    add column voorgestelde_sluitreden text check (voorgestelde_sluitreden in
        ('GEEN_VERVOLG', 'ONDERZOEK_VOLDOENDE', 'MAATREGEL_VOORGESTELD', 'DOORVERWEZEN')),
    add constraint zaak_sluiten_ter_beoordeling_check
        check ((status = 'SLUITEN_TER_BEOORDELING') = (sluiten_gevraagd_door is not null
            and sluiten_gevraagd_vanuit is not null and voorgestelde_sluitreden is not null));

-- Notes: internal, never changed or removed (what an inspector wrote stays as written), newest first on the page.
create table zaken.notitie
(
    zaak       uuid        not null references zaken.zaak (id) on delete cascade,
    volgnummer int         not null,
    tekst      text        not null check (length(tekst) between 1 and 4000),
    door       text        not null,
    op         timestamptz not null,
    primary key (zaak, volgnummer)
);
create trigger notitie_alleen_toevoegen
    before update or delete on zaken.notitie
    for each row execute function tijdlijn_alleen_toevoegen('zaken.zaak', 'id', 'zaak');
create trigger notitie_geen_truncate
    before truncate on zaken.notitie
    for each statement execute function tijdlijn_alleen_toevoegen();

-- Tasks: to one person or to a department, with a due date; done or cancelled once, with who and when.
create table zaken.taak
(
    id                uuid        not null primary key,
    zaak              uuid        not null references zaken.zaak (id) on delete cascade,
    omschrijving      text        not null check (length(omschrijving) between 1 and 2000),
    medewerker        text,
    afdeling          text,
    uiterlijk         date        not null,
    status            text        not null check (status in ('OPEN', 'AFGEROND', 'GEANNULEERD')),
    aangemaakt_door   text        not null,
    aangemaakt_op     timestamptz not null,
    afgehandeld_door  text,
    afgehandeld_op    timestamptz,
    version           bigint      not null default 0,
    check ((medewerker is null) <> (afdeling is null)),
    check ((status = 'OPEN') = (afgehandeld_op is null)),
    check ((afgehandeld_op is null) = (afgehandeld_door is null))
);
create index taak_zaak_idx on zaken.taak (zaak, aangemaakt_op);
-- Mijn werk: one's open tasks, and those of one's departments, by due date
create index taak_medewerker_open_idx on zaken.taak (medewerker, uiterlijk) where status = 'OPEN';
create index taak_afdeling_open_idx on zaken.taak (afdeling, uiterlijk) where status = 'OPEN';
-- the reviewers' list: closings waiting for a second person, per department
create index zaak_sluiten_ter_beoordeling_idx on zaken.zaak (afdeling, id) where status = 'SLUITEN_TER_BEOORDELING';

do
$$
begin
    if exists (select 1 from pg_roles where rolname = 'toezicht_app') then
        execute 'revoke update, delete, truncate on zaken.notitie from toezicht_app';
        execute 'grant select, insert on zaken.notitie to toezicht_app';
        execute 'grant select, insert, update on zaken.taak to toezicht_app';
    end if;
end;
$$;
