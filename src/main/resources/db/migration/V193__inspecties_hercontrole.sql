-- Issue 14, follow-up: the re-visit (hercontrole) planned from an activity whose improvement plan was accepted or
-- is overdue (docs/inspecties.md "Follow-up", decision 0098). The new activity's reason is HERCONTROLE; this
-- table links it to the activity it checks again, with the norms that scored below "meets" there as its focus.
alter table inspecties.toezichtactiviteit drop constraint toezichtactiviteit_aanleiding_check;
alter table inspecties.toezichtactiviteit
    add constraint toezichtactiviteit_aanleiding_check
        check (aanleiding in ('ZAAK', 'SIGNAAL', 'THEMA', 'PROGRAMMA', 'HERCONTROLE'));

create table inspecties.hercontrole
(
    activiteit uuid        not null primary key references inspecties.toezichtactiviteit (id) on delete cascade,
    -- one re-visit per activity: a second one is planned from the re-visit itself
    van        uuid        not null unique references inspecties.toezichtactiviteit (id) on delete cascade,
    normen     text[]      not null,
    door       text        not null,
    op         timestamptz not null,
    check (activiteit <> van)
);
