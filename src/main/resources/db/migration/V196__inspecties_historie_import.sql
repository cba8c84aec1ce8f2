-- Issue 14, history import extended (docs/historie-import.md, "Inspections"): past framework versions and
-- supervision activities with their findings, effect and final report come in through module historie, written
-- by module inspecties' bulk writer (decision 0030).

-- The constraint of historie.herkomst on the new record kinds is in V197 (its own module's migration).

-- An activity imported from the history: not replayed through the flow; its timeline is one entry (step
-- GEIMPORTEERD), as a case imported as a summary (V171). It counts in the figures as a live one.
alter table inspecties.toezichtactiviteit
    add column geimporteerd boolean not null default false;

comment on column inspecties.toezichtactiviteit.geimporteerd is
    'imported from the history (module historie): its state as the old system had it, its timeline one entry';

-- The read view for the history's reconciliation and export (decision 0030): what the figures count of an
-- activity, and whether it has a final report.
create view inspecties.activiteit_telgegevens as
select a.id,
       a.referentie,
       a.soort,
       a.aankondiging,
       a.status,
       a.afdeling,
       a.begindatum,
       a.einddatum,
       a.geimporteerd,
       r.definitief_op as rapport_definitief_op
from inspecties.toezichtactiviteit a
         left join inspecties.rapport r on r.activiteit = a.id;

-- The framework versions, for the history's reconciliation (decision 0030).
create view inspecties.kaderversie_uitwisseling as
select v.id, k.code, v.versie, v.status, v.gepubliceerd_op
from inspecties.kaderversie v
         join inspecties.toetsingskader k on k.id = v.kader_id;
