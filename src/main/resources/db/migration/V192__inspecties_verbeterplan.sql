-- Issue 14, follow-up: the improvement plan (verbeterplan) the inspectorate asks of a provider after a final report
-- whose findings say what must improve (docs/inspecties.md "Follow-up"; decision 0098). One row per round: asked
-- with a deadline from the clock engine (kind VERBETERPLAN), answered by the provider in the portal (text and
-- documents, once per key), judged by the team: accepted, or not accepted with a reason (then a next round with
-- a new term). At most one open round per activity.
create table inspecties.verbeterplan
(
    id             uuid        not null primary key,
    activiteit     uuid        not null references inspecties.toezichtactiviteit (id) on delete cascade,
    ronde          int         not null check (ronde >= 1),
    gevraagd_door  text        not null,
    gevraagd_op    timestamptz not null,
    klok_id        uuid        not null,
    uiterlijk      date        not null,
    tekst          text,
    ingediend_door text,
    ingediend_op   timestamptz,
    -- the key of the submission (the portal's form carries one): a retried post stores nothing twice
    indien_sleutel text unique,
    oordeel        text check (oordeel in ('AANVAARD', 'NIET_AANVAARD')),
    oordeel_reden  text,
    beoordeeld_door text,
    beoordeeld_op  timestamptz,
    version        bigint      not null default 0,
    unique (activiteit, ronde),
    check ((tekst is null) = (ingediend_op is null) and (tekst is null) = (indien_sleutel is null)),
    check ((oordeel is null) = (beoordeeld_op is null)),
    check (oordeel is null or ingediend_op is not null),
    check (oordeel is distinct from 'NIET_AANVAARD' or length(btrim(coalesce(oordeel_reden, ''))) > 0)
);

create unique index verbeterplan_een_open on inspecties.verbeterplan (activiteit) where oordeel is null;

-- The provider's documents with its plan: judged by kern.Bestandskeuring, stored by kern.Bestandsopslag.
create table inspecties.verbeterplanbijlage
(
    id             uuid        not null primary key,
    verbeterplan   uuid        not null references inspecties.verbeterplan (id) on delete cascade,
    bestandsnaam   text        not null,
    mediatype      text        not null,
    grootte        bigint      not null check (grootte >= 0),
    sha256         text        not null check (sha256 ~ '^[0-9a-f]{64}$'),
    opslag_sleutel text        not null,
    op             timestamptz not null
);

create index verbeterplanbijlage_plan_idx on inspecties.verbeterplanbijlage (verbeterplan);
