-- Timelines are append-only (decision 0033, docs/stroom.md). Each module keeps the timeline of its own
-- aggregate in a table of its own schema, (aggregate id, volgnummer, the entry's columns), and attaches this
-- trigger function to it in its own migration:
--
--   create trigger <tabel>_alleen_toevoegen before update or delete on <schema>.<tabel>
--       for each row execute function tijdlijn_alleen_toevoegen('<schema>.<aggregaattabel>', 'id', '<sleutelkolom>');
--   create trigger <tabel>_geen_truncate before truncate on <schema>.<tabel>
--       for each statement execute function tijdlijn_alleen_toevoegen();
--
-- UPDATE and TRUNCATE are always refused, for every role, as the access log's are (V9). DELETE is refused
-- while the aggregate exists: an entry leaves only together with its aggregate, through the foreign key's
-- ON DELETE CASCADE (the destruction of a whole file after its retention period; a test cleaning up its own
-- aggregates). The product never deletes aggregates that have a timeline.

create function tijdlijn_alleen_toevoegen() returns trigger
    language plpgsql as
$$
declare
    aggregaat_bestaat boolean;
begin
    if tg_op = 'DELETE' and tg_nargs = 3 then
        execute format('select exists (select 1 from %s a where a.%I = ($1).%I)', tg_argv[0], tg_argv[1], tg_argv[2])
            into aggregaat_bestaat using old;
        if not aggregaat_bestaat then
            return old;
        end if;
    end if;
    raise exception '%.% is alleen-toevoegen: % geweigerd', tg_table_schema, tg_table_name, tg_op
        using errcode = 'insufficient_privilege',
              hint = 'Een regel van een tijdlijn verdwijnt alleen met zijn aggregaat (docs/stroom.md).';
end;
$$;
