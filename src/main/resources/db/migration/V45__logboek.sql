-- The access log gets its own module, logboek, and its table moves into that module's schema (decision
-- 0037). ALTER TABLE ... SET SCHEMA keeps every row, index, grant and trigger: the hash chain does not name
-- the schema, so it stays valid across the move (ToegangslogIT verifies a chain written before and after).
create schema logboek;

alter table toegang.toegangslog set schema logboek;

-- The append-only guard of V9 moves along: the same refusal for UPDATE, DELETE and TRUNCATE, now from a
-- function of this schema. Dropped and created in one transaction, so the table is never unguarded.
create function logboek.toegangslog_alleen_toevoegen() returns trigger
    language plpgsql as
$$
begin
    raise exception 'logboek.toegangslog is alleen-toevoegen: % geweigerd', tg_op
        using errcode = 'insufficient_privilege';
end;
$$;

drop trigger toegangslog_geen_wijziging on logboek.toegangslog;
drop trigger toegangslog_geen_truncate on logboek.toegangslog;

create trigger toegangslog_geen_wijziging
    before update or delete on logboek.toegangslog
    for each row execute function logboek.toegangslog_alleen_toevoegen();

create trigger toegangslog_geen_truncate
    before truncate on logboek.toegangslog
    for each statement execute function logboek.toegangslog_alleen_toevoegen();

drop function toegang.toegangslog_alleen_toevoegen();

revoke update, delete, truncate, references, trigger on logboek.toegangslog from public;

do
$$
begin
    if exists (select 1 from pg_roles where rolname = 'toezicht_app') then
        execute 'grant usage on schema logboek to toezicht_app';
        execute 'revoke all on logboek.toegangslog from toezicht_app';
        execute 'grant select, insert on logboek.toegangslog to toezicht_app';
    end if;
end;
$$;
