-- The planning list asks for the activities of the user's departments that end on or after a week ago. Its only
-- index was (afdeling, begindatum): at 100,000 activities PostgreSQL read every activity of three departments
-- (30,905 rows) to keep the 3,950 not yet ended. On (afdeling, einddatum) it reads those 3,950 only
-- (docs/PERFORMANCE.md, "The inspector's list of activities"; decision 0102).
create index toezichtactiviteit_afdeling_einddatum_idx on inspecties.toezichtactiviteit (afdeling, einddatum);
