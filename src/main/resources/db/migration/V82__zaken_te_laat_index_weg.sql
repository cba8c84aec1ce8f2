-- zaak_te_laat_idx (V5) served the old overdue job, which looked for open cases past their deadline on this
-- table. Overdue is now decided on the clocks (termijnen.Klokbewaking over termijnen.klok); the case row is
-- marked by its id (Zaakklokken, the primary key), and no query filters on "not te_laat" with a deadline any
-- more. On the bench's 1,000,000 cases the index had 0 scans after a full run while every step that changes
-- a deadline or the flag still had to maintain it.
drop index zaken.zaak_te_laat_idx;
