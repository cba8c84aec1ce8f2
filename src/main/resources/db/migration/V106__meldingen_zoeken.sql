-- Search (issue 13.1, decision 0068): the owner keeps its notifications findable in its own schema.
-- The words of the description and of the provider as the reporter named it, in one generated column (kept
-- by PostgreSQL in the same transaction as every insert, the bulk writer's COPY included) with its GIN index.
alter table meldingen.melding
    add column zoektekst tsvector generated always as (
        to_tsvector('public.nederlands', coalesce(zorgaanbieder_omschrijving, '') || ' ' || omschrijving)) stored;
create index melding_zoektekst_idx on meldingen.melding using gin (zoektekst);
-- the number of a reference (M-2026-000123 -> 123), so that "m123", "M-123" and "123" find it
create index melding_referentienummer_idx on meldingen.melding ((substring(referentie from '[0-9]+$')::bigint));
-- related work and duplicates: notifications at one location, newest first
create index melding_locatie_idx on meldingen.melding (locatie_id, ontvangen_op) where locatie_id is not null;
