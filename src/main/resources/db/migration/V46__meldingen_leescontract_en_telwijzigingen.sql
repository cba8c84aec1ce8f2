-- Module meldingen offers its data to other modules (decision 0030): a read view with a documented column
-- contract, and a journal of late changes, both in its own schema. The triggers that the figures module put
-- on meldingen.melding (V10) go: what they recorded is now kept here, by the owner, and read through a view.

drop trigger cijfers_melding_ingevoegd on meldingen.melding;
drop trigger cijfers_melding_gewijzigd on meldingen.melding;
drop trigger cijfers_melding_verwijderd on meldingen.melding;

-- What others may count and analyse of a notification (the annual figures today, risk selection next): no
-- personal data and no free text. Columns are only added, never renamed or redefined (docs/architecture.md).
create view meldingen.melding_telgegevens as
select id,
       referentie,
       ontvangen_op,
       bron,
       kanaal,
       soort,
       sector,
       zorgaanbieder_id,
       locatie_id,
       patient_overleden,
       door_suicide,
       suicidepoging,
       gesloten_jeugdinstelling,
       seksueel_grensoverschrijdend,
       sgg_soort,
       themas
from meldingen.melding;

-- What the history exchange format carries of a notification (module historie: export, reconciliation).
create view meldingen.melding_uitwisseling as
select id,
       ontvangen_op,
       bron,
       kanaal,
       soort,
       sector,
       zorgaanbieder_id,
       locatie_id,
       zorgaanbieder_omschrijving,
       melder_kvk_nummer,
       datum_gebeurtenis,
       datum_vastgesteld,
       omschrijving,
       patient_overleden,
       door_suicide,
       suicidepoging,
       gesloten_jeugdinstelling,
       seksueel_grensoverschrijdend,
       sgg_soort,
       themas
from meldingen.melding;

-- Late changes: a notification inserted, corrected in a counted column (sector, kind, channel, receipt, the
-- flags, the kind of sexual misconduct: what the annual figures count), or deleted after the day it was
-- received had ended (by the database's clock, Europe/Amsterdam). One row per day of receipt and writing
-- transaction; a correction or deletion also names the notification (its case's closing day is counted by
-- its sector and kind). Insert-only, so no writer ever waits for another here. Intake of today's
-- notifications writes nothing. A reader remembers the snapshot it last read in and takes as new the rows
-- not visible in it (pg_visible_in_snapshot): see decision 0031.
create table meldingen.telwijziging_journaal
(
    dag        date not null,
    melding_id uuid,
    transactie xid8 not null default pg_current_xact_id(),
    unique nulls not distinct (dag, melding_id, transactie)
);

-- a reader asks for the rows since its last snapshot: those at or above that snapshot's xmin
create index telwijziging_journaal_transactie_idx on meldingen.telwijziging_journaal (transactie);

create view meldingen.telwijziging as
select dag, melding_id, transactie
from meldingen.telwijziging_journaal;

create function meldingen.ontvangstdag(t timestamptz) returns date language sql immutable as
$$ select (t at time zone 'Europe/Amsterdam')::date $$;

-- inserts, also through COPY (bulk loads): the days of receipt before today
create function meldingen.telwijziging_ingevoegd() returns trigger language plpgsql as
$$
begin
    insert into meldingen.telwijziging_journaal (dag)
    select distinct meldingen.ontvangstdag(n.ontvangen_op) from nieuw n
    where meldingen.ontvangstdag(n.ontvangen_op) < meldingen.ontvangstdag(statement_timestamp())
    on conflict do nothing;
    return null;
end
$$;
create trigger telwijziging_ingevoegd
    after insert on meldingen.melding referencing new table as nieuw
    for each statement execute function meldingen.telwijziging_ingevoegd();

-- a correction of a counted column, or a deletion: the old and new day of receipt, and the notification
create function meldingen.telwijziging_gewijzigd() returns trigger language plpgsql as
$$
declare
    vandaag date := meldingen.ontvangstdag(statement_timestamp());
begin
    if meldingen.ontvangstdag(old.ontvangen_op) < vandaag then
        insert into meldingen.telwijziging_journaal (dag, melding_id)
        values (meldingen.ontvangstdag(old.ontvangen_op), old.id)
        on conflict do nothing;
    end if;
    if tg_op = 'UPDATE' and meldingen.ontvangstdag(new.ontvangen_op) < vandaag then
        insert into meldingen.telwijziging_journaal (dag, melding_id)
        values (meldingen.ontvangstdag(new.ontvangen_op), new.id)
        on conflict do nothing;
    end if;
    return null;
end
$$;
create trigger telwijziging_gewijzigd
    after update on meldingen.melding for each row
    when (old.sector is distinct from new.sector or old.soort is distinct from new.soort
        or old.kanaal is distinct from new.kanaal or old.ontvangen_op is distinct from new.ontvangen_op
        or old.patient_overleden is distinct from new.patient_overleden or old.door_suicide is distinct from new.door_suicide
        or old.suicidepoging is distinct from new.suicidepoging
        or old.gesloten_jeugdinstelling is distinct from new.gesloten_jeugdinstelling
        or old.sgg_soort is distinct from new.sgg_soort)
    execute function meldingen.telwijziging_gewijzigd();
create trigger telwijziging_verwijderd
    after delete on meldingen.melding for each row
    execute function meldingen.telwijziging_gewijzigd();
