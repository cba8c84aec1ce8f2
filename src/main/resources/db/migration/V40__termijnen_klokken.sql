-- Legal clocks (module termijnen, docs/termijnen.md, decision 0034): a clock per object of another module, its
-- current state, and its history, which is append-only like the access log (V9).
create schema termijnen;

create table termijnen.klok
(
    id                 uuid        not null primary key,
    soort              text        not null,
    -- the object of another module the clock runs for (type as the access log names it, and its id)
    object_type        text        not null,
    object_id          uuid        not null,
    -- who answers for it: a department code and, once assigned, a username
    afdeling           text        not null,
    behandelaar        text,
    status             text        not null check (status in ('LOPEND', 'OPGESCHORT', 'GESTOPT')),
    -- day 0 (the start day never counts) and the moment of the event that started it, if any
    startdatum         date        not null,
    startmoment        timestamptz,
    lengte_aantal      int         not null check (lengte_aantal >= 0),
    lengte_eenheid     text        not null check (lengte_eenheid in ('WERKDAGEN', 'KALENDERDAGEN', 'WEKEN', 'MAANDEN', 'JAREN')),
    -- the computed end (moved by extensions and suspensions) and the deadline users see (moved off days off)
    einde              date        not null,
    uiterlijk          date        not null,
    te_laat            boolean     not null default false,
    opgeschort_sinds   date,
    opschortingsgrond  text,
    gestopt_op         timestamptz,
    -- the moment and number of the last history line
    laatste_op         timestamptz not null,
    volgnummer         int         not null,
    check ((status = 'OPGESCHORT') = (opgeschort_sinds is not null)),
    check ((status = 'OPGESCHORT') = (opschortingsgrond is not null)),
    check ((status = 'GESTOPT') = (gestopt_op is not null))
);

-- the daily job: running clocks past their deadline not yet marked (set-based, see docs/PERFORMANCE.md)
create index klok_verstreken_idx on termijnen.klok (uiterlijk) where status = 'LOPEND' and not te_laat;
-- "due this week": running clocks of a department / of a person / of all departments, by deadline
create index klok_afdeling_idx on termijnen.klok (afdeling, uiterlijk, id) where status = 'LOPEND';
create index klok_behandelaar_idx on termijnen.klok (behandelaar, uiterlijk, id) where status = 'LOPEND';
create index klok_lopend_idx on termijnen.klok (uiterlijk, id) where status = 'LOPEND';
-- an object's clocks
create index klok_object_idx on termijnen.klok (object_id, object_type);

create table termijnen.klokgebeurtenis
(
    klok           uuid        not null references termijnen.klok (id),
    volgnummer     int         not null,
    soort          text        not null check (soort in ('GESTART', 'OPGESCHORT', 'HERVAT', 'VERLENGD', 'TOEGEWEZEN', 'GESTOPT', 'VERSTREKEN')),
    door           text        not null,
    op             timestamptz not null,
    -- the suspension ground or extension rule
    grond          text,
    lengte_aantal  int,
    lengte_eenheid text,
    uiterlijk_voor date,
    uiterlijk_na   date        not null,
    afdeling       text,
    behandelaar    text,
    toelichting    text,
    primary key (klok, volgnummer)
);

-- The history is append-only: a trigger refuses UPDATE, DELETE and TRUNCATE for every role (as long as it is
-- enabled, which only the owner or a superuser can change), and nobody but the owner gets those rights.
create function termijnen.klokgebeurtenis_alleen_toevoegen() returns trigger
    language plpgsql as
$$
begin
    raise exception 'termijnen.klokgebeurtenis is alleen-toevoegen: % geweigerd', tg_op
        using errcode = 'insufficient_privilege';
end;
$$;

create trigger klokgebeurtenis_geen_wijziging
    before update or delete on termijnen.klokgebeurtenis
    for each row execute function termijnen.klokgebeurtenis_alleen_toevoegen();

create trigger klokgebeurtenis_geen_truncate
    before truncate on termijnen.klokgebeurtenis
    for each statement execute function termijnen.klokgebeurtenis_alleen_toevoegen();

revoke update, delete, truncate, references, trigger on termijnen.klokgebeurtenis from public;

do
$$
begin
    if exists (select 1 from pg_roles where rolname = 'toezicht_app') then
        execute 'grant usage on schema termijnen to toezicht_app';
        execute 'grant select, insert, update on termijnen.klok to toezicht_app';
        execute 'revoke all on termijnen.klokgebeurtenis from toezicht_app';
        execute 'grant select, insert on termijnen.klokgebeurtenis to toezicht_app';
    end if;
end;
$$;
