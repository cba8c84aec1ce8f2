-- The case timeline is append-only (decision 0033): every step of a case is one INSERT into
-- zaken.statuswijziging; no entry is ever changed, and one leaves only with its case (V35).
create trigger statuswijziging_alleen_toevoegen
    before update or delete on zaken.statuswijziging
    for each row execute function tijdlijn_alleen_toevoegen('zaken.zaak', 'id', 'zaak');

create trigger statuswijziging_geen_truncate
    before truncate on zaken.statuswijziging
    for each statement execute function tijdlijn_alleen_toevoegen();

-- Reading a case's timeline in order, and appending after its last entry, use the primary key
-- (zaak, volgnummer); nothing else reads it by another column.

-- Production grants (docs/toegangslog.md, "Production"): the application's own role may read and append to
-- the timeline and never change it; it deletes no case (cases are never deleted in the product).
do
$$
begin
    if exists (select 1 from pg_roles where rolname = 'toezicht_app') then
        execute 'revoke update, delete, truncate on zaken.statuswijziging from toezicht_app';
        execute 'grant select, insert on zaken.statuswijziging to toezicht_app';
        execute 'revoke delete, truncate on zaken.zaak from toezicht_app';
    end if;
end;
$$;
