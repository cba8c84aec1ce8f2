-- Edits of the mandate table on its page (issue 15, docs/handhaving.md, decision 0095): every change of a row of
-- handhaving.mandaat is kept, append-only, with who made it, when, what it was, what it became and why.
create table handhaving.mandaatwijziging
(
    id             bigint generated always as identity primary key,
    rol            text           not null,
    soort          text           not null,
    -- before and after: whether the row existed and its maximum (null with the row: any amount)
    had_mandaat    boolean        not null,
    oud_maximum    numeric(12, 2),
    heeft_mandaat  boolean        not null,
    nieuw_maximum  numeric(12, 2),
    reden          text           not null check (length(reden) between 1 and 500),
    door           text           not null,
    op             timestamptz    not null
);
create index mandaatwijziging_op_idx on handhaving.mandaatwijziging (op desc, id desc);

create function handhaving.mandaatwijziging_alleen_toevoegen() returns trigger
    language plpgsql as
$$
begin
    raise exception 'De geschiedenis van het mandaat wordt alleen aangevuld, nooit gewijzigd' using errcode = 'P0001';
end;
$$;

create trigger mandaatwijziging_alleen_toevoegen before update or delete on handhaving.mandaatwijziging
    for each row execute function handhaving.mandaatwijziging_alleen_toevoegen();
create trigger mandaatwijziging_geen_truncate before truncate on handhaving.mandaatwijziging
    for each statement execute function handhaving.mandaatwijziging_alleen_toevoegen();

do
$$
begin
    if exists (select 1 from pg_roles where rolname = 'toezicht_app') then
        execute 'grant select, insert on handhaving.mandaatwijziging to toezicht_app';
        execute 'revoke update, delete, truncate on handhaving.mandaatwijziging from toezicht_app';
    end if;
end;
$$;
