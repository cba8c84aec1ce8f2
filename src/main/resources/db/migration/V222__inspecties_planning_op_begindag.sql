-- The planning list in two parts (docs/PERFORMANCE.md, "The list on a quiet machine", seventh session): the
-- activities that begin on or after the list's first day, read in page order from (begindatum, referentie) and
-- stopped after one page; and those that began earlier and still run on that day, read from the day-range index.
-- Before, it read every activity of the departments not ended before that day (about 5,000 rows at 100,000
-- activities) and sorted them for a page of 50.
create index toezichtactiviteit_begindatum_idx on inspecties.toezichtactiviteit (begindatum, referentie);

-- The day-range index of V181 left out cancelled activities; the list shows them too, so the index
-- covers all, and the clash check keeps "not cancelled" as a filter on the few rows of the same days.
drop index inspecties.toezichtactiviteit_dagen_idx;
create index toezichtactiviteit_dagen_idx on inspecties.toezichtactiviteit
    using gist (daterange(begindatum, einddatum, '[]'));
