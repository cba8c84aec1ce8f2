-- Search (issue 13.1, decision 0068): cases by the number of their reference (Z-2026-004711 -> 4711) and by
-- the words of their notes; related work: cases of one provider.
create index zaak_referentienummer_idx on zaken.zaak ((substring(referentie from '[0-9]+$')::bigint));
create index notitie_zoektekst_idx on zaken.notitie using gin (to_tsvector('public.nederlands', tekst));
create index zaak_zorgaanbieder_idx on zaken.zaak (zorgaanbieder_id, ontvangen_op) where zorgaanbieder_id is not null;
