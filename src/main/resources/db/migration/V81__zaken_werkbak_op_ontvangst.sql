-- The work queue sorted by receipt (newest or oldest first, issue 11): keyset pages read these indexes of
-- open cases in that order, as the deadline order reads zaak_werkbak_idx and zaak_werkbak_afdeling_idx.
create index zaak_werkbak_ontvangen_idx on zaken.zaak (ontvangen_op, id) where status <> 'GESLOTEN';
create index zaak_werkbak_afdeling_ontvangen_idx on zaken.zaak (afdeling, ontvangen_op, id) where status <> 'GESLOTEN';
