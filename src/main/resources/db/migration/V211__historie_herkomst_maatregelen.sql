-- Issue 15: past measures in the history import (the handhaving side, column and read views, is V210).
-- The legacy ids of measures are kept like those of the other records.
alter table historie.herkomst drop constraint herkomst_soort_check;
alter table historie.herkomst add constraint herkomst_soort_check
    check (soort in ('ZORGAANBIEDER', 'LOCATIE', 'MELDING', 'ZAAK', 'KADERVERSIE', 'TOEZICHTACTIVITEIT', 'MAATREGEL'));

