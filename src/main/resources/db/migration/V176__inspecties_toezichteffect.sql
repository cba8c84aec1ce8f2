-- "Toezicht met effect" (module inspecties, docs/inspecties.md "Effect"): at the start of a supervision activity
-- the team records what it should achieve, at the end whether it did (achieved / partly / not, with an
-- explanation). Counted by the figures registry in table toezichtproductie.
create table inspecties.toezichteffect
(
    activiteit      uuid        not null primary key references inspecties.toezichtactiviteit (id) on delete cascade,
    beoogd          text        not null check (length(btrim(beoogd)) > 0),
    beoogd_door     text        not null,
    beoogd_op       timestamptz not null,
    uitkomst        text check (uitkomst in ('BEREIKT', 'DEELS_BEREIKT', 'NIET_BEREIKT')),
    toelichting     text,
    beoordeeld_door text,
    beoordeeld_op   timestamptz,
    version         bigint      not null default 0,
    check ((uitkomst is null) = (beoordeeld_op is null)),
    check (uitkomst is null or length(btrim(coalesce(toelichting, ''))) > 0)
);
create index toezichteffect_beoordeeld_idx on inspecties.toezichteffect (beoordeeld_op) where beoordeeld_op is not null;
