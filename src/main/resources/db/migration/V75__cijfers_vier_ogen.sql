-- Four eyes on the annual figures (issue 11, defect 18): who checked a version is recorded, and the one who
-- approves it neither drew it up nor checked it. Versions approved before this rule are left as they were
-- (not valid: the constraint holds for every row written from now on).
alter table cijfers.vaststelling add column gecontroleerd_door text;

alter table cijfers.vaststelling
    add constraint vaststelling_vier_ogen
        check (vastgesteld_door is null
            or (vastgesteld_door <> opgesteld_door and vastgesteld_door is distinct from gecontroleerd_door))
        not valid;
