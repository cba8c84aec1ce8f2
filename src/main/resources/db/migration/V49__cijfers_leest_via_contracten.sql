-- The figures read notifications and cases through the owners' views and journals (V46, V47; decisions
-- 0030, 0031) instead of their tables and triggers. The owners' migrations dropped the triggers of V10;
-- their functions and the list of dirty days go here.

drop function cijfers.melding_ingevoegd();
drop function cijfers.melding_gewijzigd();
drop function cijfers.zaak_ingevoegd();
drop function cijfers.zaak_gewijzigd();
drop function cijfers.koppeling_ingevoegd();
drop function cijfers.koppeling_gewijzigd();
drop function cijfers.koppeling_verwijderd();
drop function cijfers.markeer(date[]);

-- Days that were dirty are counted live again from the earliest of them, until the next refresh recounts.
delete from cijfers.telling_ontvangen where dag >= (select min(dag) from cijfers.vuile_dag);
delete from cijfers.telling_gesloten where dag >= (select min(dag) from cijfers.vuile_dag);
update cijfers.stand set tot = least(tot, (select min(dag) from cijfers.vuile_dag))
where exists (select 1 from cijfers.vuile_dag);
drop table cijfers.vuile_dag;

-- The snapshot in which the last refresh read the owners' journals: their rows not visible in it are the
-- changes since (null: none read yet, every row is new).
alter table cijfers.stand add column gelezen pg_snapshot;
