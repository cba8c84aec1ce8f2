-- The access log (NEN 7513) is append-only (module toegang, docs/toegangslog.md).
--
-- 1. A trigger refuses UPDATE, DELETE and TRUNCATE for every role, the table's owner and superusers
--    included, as long as the trigger is enabled (only the owner or a superuser can disable it: in
--    production that is the Flyway owner role, not the application's role).
-- 2. Grants: nobody but the owner gets UPDATE, DELETE or TRUNCATE. In production the application connects
--    as its own role (docs/toegangslog.md, "Production"): if a role named toezicht_app exists, it gets
--    exactly USAGE on the schema and INSERT and SELECT on the log.

create function toegang.toegangslog_alleen_toevoegen() returns trigger
    language plpgsql as
$$
begin
    raise exception 'toegang.toegangslog is alleen-toevoegen: % geweigerd', tg_op
        using errcode = 'insufficient_privilege';
end;
$$;

create trigger toegangslog_geen_wijziging
    before update or delete on toegang.toegangslog
    for each row execute function toegang.toegangslog_alleen_toevoegen();

create trigger toegangslog_geen_truncate
    before truncate on toegang.toegangslog
    for each statement execute function toegang.toegangslog_alleen_toevoegen();

revoke update, delete, truncate, references, trigger on toegang.toegangslog from public;

do
$$
begin
    if exists (select 1 from pg_roles where rolname = 'toezicht_app') then
        execute 'grant usage on schema toegang to toezicht_app';
        execute 'revoke all on toegang.toegangslog from toezicht_app';
        execute 'grant select, insert on toegang.toegangslog to toezicht_app';
    end if;
end;
$$;

-- The privacy officer's searches: by patient pseudonym and object go through the GIN index of V6; by
-- action (break-the-glass review) and outcome:
create index toegangslog_handeling_idx on toegang.toegangslog (handeling, volgnummer);
