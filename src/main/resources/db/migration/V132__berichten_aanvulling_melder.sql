-- A reporter's later addition alerts the case's inspector too (issue 13 item 10).
alter table berichten.bericht drop constraint bericht_soort_check;
alter table berichten.bericht add constraint bericht_soort_check
    check (soort in ('TOEWIJZING', 'TAAK', 'TERMIJN', 'ANTWOORD_ZORGAANBIEDER', 'AANVULLING_MELDER'));
