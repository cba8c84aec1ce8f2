-- The case page's related work (Meldingzoeker.verwant): the newest notifications about the same provider, and
-- possible duplicates at the same provider within a window, read in date order from one index instead of all of a
-- provider's notifications sorted (docs/PERFORMANCE.md, "Mixed load"). It serves every lookup by provider the old
-- index served, so that one goes: one index less for each notification filed.
create index melding_zorgaanbieder_ontvangen_idx on meldingen.melding (zorgaanbieder_id, ontvangen_op)
    where zorgaanbieder_id is not null;
drop index meldingen.melding_zorgaanbieder_idx;
