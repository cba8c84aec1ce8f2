-- A run whose instance stopped while it ran (killed, crashed) is ONDERBROKEN, not BEZIG for ever: marked at
-- the next start or when the next run begins (HistorieImport.markeerOnderbroken; nothing of it was stored).
alter table historie.importrun drop constraint importrun_status_check;
alter table historie.importrun add constraint importrun_status_check
    check (status in ('BEZIG', 'GESLAAGD', 'AFGEWEZEN', 'MISLUKT', 'GECONTROLEERD', 'ONDERBROKEN'));
