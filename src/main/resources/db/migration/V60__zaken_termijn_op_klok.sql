-- The case deadline runs on the legal-clock engine of module termijnen (docs/termijnen.md, "Cases on the
-- engine", decision 0050). The case keeps the id of its clock and copies the clock's deadline into
-- termijn_datum, so the work-queue indexes of V5 stay as they are; termijn_opgeschort copies whether the clock
-- stands still (a suspended deadline is never overdue).
alter table zaken.zaak
    add column klok_id            uuid,
    add column termijn_opgeschort boolean not null default false;

-- Open cases still without a clock (stored before this version, or loaded in bulk): the start-up step and the
-- bulk loaders give them one (zaken.Zaakklokken.vulAan). Empty once that has run.
create index zaak_zonder_klok_idx on zaken.zaak (id) where klok_id is null and status <> 'GESLOTEN';

-- zaken.Termijnbewaking is gone: the engine's one daily job (klokken-bewaken) marks overdue clocks and zaken
-- listens. db-scheduler keeps the row of a recurring task it no longer knows; remove it.
delete from scheduled_tasks where task_name = 'termijnen-bewaken';
