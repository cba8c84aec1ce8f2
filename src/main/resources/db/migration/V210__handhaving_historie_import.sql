-- Issue 15: past measures come in through the history import (module historie, written by handhaving's bulk
-- writer). A measure of the import is marked, as a case imported as a summary is (decision 0091): its page says
-- it came in with its steps from the old system, which sent its letters. (The legacy ids' kinds: V211.)
alter table handhaving.maatregel add column geimporteerd boolean not null default false;

-- What the history export and reconciliation read of measures (decision 0030: through the owner's views).
create view handhaving.maatregel_uitwisseling as
select m.id, m.referentie, m.soort, m.status, m.afdeling, m.zorgaanbieder_id, m.locatie_id, m.beroepsbeoefenaar,
       m.aanleiding, m.aanleiding_kenmerk, m.wet, m.artikel, m.omschrijving, m.bedrag, m.dwangsom_eenheid, m.maximum,
       m.verbeurd, m.gefactureerd, m.betaald, m.afgeschreven, m.rapportdatum, m.besluit_op, m.termijn_tot,
       m.geimporteerd, m.aangemaakt_op,
       (select (s.op at time zone 'Europe/Amsterdam')::date from handhaving.maatregelstap s
        where s.maatregel = m.id and s.volgnummer = 0) as opgesteld_op
from handhaving.maatregel m;

create view handhaving.maatregelstap_uitwisseling as
select maatregel, volgnummer, stap, (op at time zone 'Europe/Amsterdam')::date as dag, toelichting, bedrag
from handhaving.maatregelstap;
