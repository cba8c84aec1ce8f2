-- Issue 14, history import extended (decision 0107): a past final report that the old system kept without its PDF
-- (only when it was made final and perhaps its reference there), and the read view for the reconciliation of a
-- case as the reason and of the findings' attachments. Module inspecties' own objects only (decision 0030).

-- A final report without PDF: made final at definitief_op, no file. Only the history import writes one (the live
-- flow makes a report final by storing its PDF); it is never published, since there is nothing to publish.
alter table inspecties.rapport
    add column pdf_ontbreekt boolean not null default false,
    add column kenmerk_vorig_systeem text check (length(kenmerk_vorig_systeem) between 1 and 200);

alter table inspecties.rapport drop constraint rapport_check;
alter table inspecties.rapport add constraint rapport_pdf_check
    check ((pdf_sleutel is null) = (pdf_sha256 is null)
        and (case when pdf_ontbreekt then pdf_sha256 is null and definitief_op is not null
                  else (pdf_sha256 is null) = (definitief_op is null) end));
alter table inspecties.rapport add constraint rapport_zonder_pdf_niet_openbaar
    check (not pdf_ontbreekt or gepubliceerd_op is null);

comment on column inspecties.rapport.pdf_ontbreekt is
    'final in the old system without a PDF (history import): shown as such, counted as a final report, never published';
comment on column inspecties.rapport.kenmerk_vorig_systeem is
    'the report''s reference in the old system, when the history import gave one';

-- The history's read view (decision 0030), with the columns it now reconciles appended: the reason, the case,
-- whether the final report came without PDF, and how many photos and documents the findings carry.
create or replace view inspecties.activiteit_telgegevens as
select a.id,
       a.referentie,
       a.soort,
       a.aankondiging,
       a.status,
       a.afdeling,
       a.begindatum,
       a.einddatum,
       a.geimporteerd,
       r.definitief_op as rapport_definitief_op,
       a.aanleiding,
       a.zaak_id,
       coalesce(r.pdf_ontbreekt, false) as rapport_zonder_pdf,
       (select count(*) from inspecties.bevindingbijlage b where b.activiteit = a.id) as bijlagen
from inspecties.toezichtactiviteit a
         left join inspecties.rapport r on r.activiteit = a.id;
