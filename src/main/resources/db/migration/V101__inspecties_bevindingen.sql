-- Findings per norm (module inspecties, docs/inspecties.md "Fieldwork"): the inspector's score on the
-- framework's scale and the evidence, saved as they go. One row per activity and norm, the latest save.
create table inspecties.bevinding
(
    activiteit      uuid        not null references inspecties.toezichtactiviteit (id) on delete cascade,
    norm_code       text        not null,
    -- a code of the scale of the activity's framework version; null while not scored yet
    score           text,
    onderbouwing    text        not null default '',
    opgeslagen_op   timestamptz not null,
    opgeslagen_door text        not null,
    aantal_opslagen int         not null default 1 check (aantal_opslagen >= 1),
    primary key (activiteit, norm_code)
);

-- Every save carries a key the client made (a header of the API, a hidden field of the page). A save whose
-- key is here was done: a retry after a dropped connection changes nothing and gets the same answer.
create table inspecties.bevinding_opslag
(
    sleutel    uuid        not null primary key,
    activiteit uuid        not null references inspecties.toezichtactiviteit (id) on delete cascade,
    norm_code  text        not null,
    door       text        not null,
    op         timestamptz not null
);
create index bevinding_opslag_op_idx on inspecties.bevinding_opslag (op);
