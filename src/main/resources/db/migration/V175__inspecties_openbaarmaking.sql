-- Publication of a final inspection report (module inspecties, docs/inspecties.md "Publication", decision 0092):
-- the lead inspector releases it after the anonymisation check (or overrides the check with a reason), the
-- report becomes public once the waiting period after the final date has passed, and the job that publishes
-- it sets inspecties.rapport.gepubliceerd_op once. A final PDF never changes (V110): when the check found
-- something in a final report, the inspector corrects a public version of its texts, rendered as a PDF of
-- its own with its SHA-256; the archived final PDF stays as it was.
create table inspecties.openbaarmaking
(
    activiteit          uuid        not null primary key references inspecties.rapport (activiteit) on delete cascade,
    -- the corrected public version: the introduction, the text per norm (by norm code), the processing of the view
    inleiding           text,
    teksten             jsonb,
    verwerking          text,
    gecorrigeerd_door   text,
    gecorrigeerd_op     timestamptz,
    -- the release: from which day it is public (final date + the waiting period), and an override's reason
    vrijgegeven_door    text,
    vrijgegeven_op      timestamptz,
    openbaar_vanaf      date,
    afwijking_reden     text check (afwijking_reden is null or length(btrim(afwijking_reden)) > 0),
    -- the PDF of the corrected public version (absent when the final PDF is published as it is)
    pdf_sleutel         text check (pdf_sleutel ~ '^[0-9a-f]{64}$'),
    pdf_sha256          text check (pdf_sha256 ~ '^[0-9a-f]{64}$'),
    pdf_grootte         bigint,
    version             bigint      not null default 0,
    check ((vrijgegeven_op is null) = (openbaar_vanaf is null)),
    check ((pdf_sleutel is null) = (pdf_sha256 is null))
);
-- what the publication job looks for: released, not yet public (it checks rapport.gepubliceerd_op itself)
create index openbaarmaking_vanaf_idx on inspecties.openbaarmaking (openbaar_vanaf) where vrijgegeven_op is not null;
