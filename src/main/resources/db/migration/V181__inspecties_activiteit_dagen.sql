-- The planning list marks an activity whose team is on another activity on one of its days. At 100,000 activities
-- that check walked the whole table for every row of the list (a sequential scan per row: 10.8 s for 300 rows;
-- docs/PERFORMANCE.md, "Activiteiten"). The days of an activity as a range in a GiST index let it read only the
-- activities on those days; cancelled ones never clash.
create index toezichtactiviteit_dagen_idx on inspecties.toezichtactiviteit
    using gist (daterange(begindatum, einddatum, '[]'))
    where status <> 'GEANNULEERD';
