-- Issue 12 item 7: a case imported as a summary (only its final state: received, closed, with the reason),
-- without the steps it went through. Marked, so the case page and the exchange format say so honestly; its
-- timeline holds one entry (transition SAMENVATTING_GEIMPORTEERD). Counted in the figures as every case is.
alter table zaken.zaak
    add column samenvatting boolean not null default false;

comment on column zaken.zaak.samenvatting is
    'imported as a summary: received, closed and why, without its steps (module historie, issue 12 item 7)';

-- The read view gains the marker as its last column (the contract of decision 0030 only grows).
create or replace view zaken.zaak_telgegevens as
select id,
       referentie,
       status,
       soort,
       sector,
       afdeling,
       zorgaanbieder_id,
       inspecteur,
       termijn_soort,
       termijn_datum,
       te_laat,
       te_laat_gemeld,
       ontvangen_op,
       geopend_op,
       gesloten_op,
       sluitreden,
       samenvatting
from zaken.zaak;
