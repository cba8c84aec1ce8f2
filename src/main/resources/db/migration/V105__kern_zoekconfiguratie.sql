-- The one text search configuration of every module's search (decision 0068): Dutch stemming (snowball
-- "dutch") over words with their accents taken off first, so that "cliënt", "client" and "cliënten" meet.
-- A configuration named by a constant is immutable, so owners may use it in generated columns and indexes.
create text search configuration public.nederlands (copy = pg_catalog.dutch);
alter text search configuration public.nederlands
    alter mapping for hword, hword_part, word with public.unaccent, dutch_stem;
