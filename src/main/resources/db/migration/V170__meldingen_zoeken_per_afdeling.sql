-- Search (issue 13.1, decision 0068): one GIN index over department and words together (btree_gin gives GIN the
-- text equality of "sector"), replacing the index over the words alone. A search is always limited to the
-- departments the user may see; a word common in one department and absent from the others (the planner
-- assumes the two independent) made it expect early matches under the count's LIMIT and read the whole table
-- (4-8 s at 1,000,000 notifications). With both in one index the bitmap answers word and department at once
-- and the planner takes it: a rare word costs tens of milliseconds (docs/PERFORMANCE.md, "Search").
create extension if not exists btree_gin;
create index melding_sector_zoektekst_idx on meldingen.melding using gin (sector, zoektekst)
    with (gin_pending_list_limit = 512);
drop index meldingen.melding_zoektekst_idx;
