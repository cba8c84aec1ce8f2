-- Issue 14, history import extended: the legacy ids of past framework versions and supervision activities
-- (the inspecties side, column and read views, is V196).
alter table historie.herkomst drop constraint herkomst_soort_check;
alter table historie.herkomst add constraint herkomst_soort_check
    check (soort in ('ZORGAANBIEDER', 'LOCATIE', 'MELDING', 'ZAAK', 'KADERVERSIE', 'TOEZICHTACTIVITEIT'));
