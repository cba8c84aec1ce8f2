-- Module zaken offers its data to other modules (decision 0030): read views with a documented column
-- contract and a journal of late changes, in its own schema. The triggers the figures module put on the
-- tables of zaken (V10) go; the index it made on zaken.zaak stays, owned here from now on.

drop trigger cijfers_zaak_ingevoegd on zaken.zaak;
drop trigger cijfers_zaak_gewijzigd on zaken.zaak;
drop trigger cijfers_koppeling_ingevoegd on zaken.zaak_melding;
drop trigger cijfers_koppeling_gewijzigd on zaken.zaak_melding;
drop trigger cijfers_koppeling_verwijderd on zaken.zaak_melding;

comment on index zaken.zaak_gesloten_op_idx is
    'cases closed in a period (module zaken; read by the figures through zaken.zaak_melding_telgegevens)';

-- What others may count and analyse of a case: no free text (explanations stay in the timeline).
create view zaken.zaak_telgegevens as
select id,
       referentie,
       status,
       soort,
       sector,
       afdeling,
       zorgaanbieder_id,
       inspecteur,
       termijn_soort,
       termijn_datum,
       te_laat,
       te_laat_gemeld,
       ontvangen_op,
       geopend_op,
       gesloten_op,
       sluitreden
from zaken.zaak;

-- One row per notification in a case, with what the case did with it: the closed counts of the figures
-- (by the notification's sector and kind), and which notifications are taken by a case.
create view zaken.zaak_melding_telgegevens as
select zm.melding_id,
       zm.zaak       as zaak_id,
       zm.gekoppeld_op,
       zm.gekoppeld_door,
       z.status,
       z.geopend_op,
       z.gesloten_op,
       z.sluitreden
from zaken.zaak_melding zm
         join zaken.zaak z on z.id = zm.zaak;

-- What the history exchange format carries of a case's timeline (module historie: export).
create view zaken.statuswijziging_uitwisseling as
select zaak as zaak_id,
       volgnummer,
       van,
       naar,
       transitie,
       door,
       op,
       toelichting
from zaken.statuswijziging;

-- Late changes to what was closed on a day: a case inserted closed, closed, reopened or redated, or a
-- notification linked to, moved between or removed from closed cases, after the day of closing had ended
-- (database clock, Europe/Amsterdam). One row per closing day and writing transaction, insert-only; read
-- as meldingen.telwijziging is (decision 0031). Closing a case today writes nothing.
create table zaken.telwijziging_journaal
(
    dag        date not null,
    transactie xid8 not null default pg_current_xact_id(),
    primary key (dag, transactie)
);

-- a reader asks for the rows since its last snapshot: those at or above that snapshot's xmin
create index telwijziging_journaal_transactie_idx on zaken.telwijziging_journaal (transactie);

create view zaken.telwijziging as
select dag, transactie
from zaken.telwijziging_journaal;

create function zaken.sluitdag(t timestamptz) returns date language sql immutable as
$$ select (t at time zone 'Europe/Amsterdam')::date $$;

create function zaken.telwijziging_markeer(dagen date[]) returns void language sql as
$$
insert into zaken.telwijziging_journaal (dag)
select distinct d from unnest(dagen) d
where d is not null and d < zaken.sluitdag(statement_timestamp())
on conflict do nothing
$$;

-- cases inserted closed (bulk loads of past cases)
create function zaken.telwijziging_zaak_ingevoegd() returns trigger language plpgsql as
$$
begin
    perform zaken.telwijziging_markeer(array(select zaken.sluitdag(n.gesloten_op) from nieuw n
                                             where n.gesloten_op is not null));
    return null;
end
$$;
create trigger telwijziging_zaak_ingevoegd
    after insert on zaken.zaak referencing new table as nieuw
    for each statement execute function zaken.telwijziging_zaak_ingevoegd();

-- closing, reopening, redating or deleting a case
create function zaken.telwijziging_zaak_gewijzigd() returns trigger language plpgsql as
$$
begin
    if tg_op = 'DELETE' then
        perform zaken.telwijziging_markeer(array[zaken.sluitdag(old.gesloten_op)]);
    else
        perform zaken.telwijziging_markeer(array[zaken.sluitdag(old.gesloten_op), zaken.sluitdag(new.gesloten_op)]);
    end if;
    return null;
end
$$;
create trigger telwijziging_zaak_gewijzigd
    after update on zaken.zaak for each row
    when (old.gesloten_op is distinct from new.gesloten_op)
    execute function zaken.telwijziging_zaak_gewijzigd();
create trigger telwijziging_zaak_verwijderd
    after delete on zaken.zaak for each row
    when (old.gesloten_op is not null)
    execute function zaken.telwijziging_zaak_gewijzigd();

-- a notification linked to, moved between or removed from cases that are closed
create function zaken.telwijziging_koppeling_ingevoegd() returns trigger language plpgsql as
$$
begin
    perform zaken.telwijziging_markeer(array(select zaken.sluitdag(z.gesloten_op) from nieuw n
                                             join zaken.zaak z on z.id = n.zaak where z.gesloten_op is not null));
    return null;
end
$$;
create trigger telwijziging_koppeling_ingevoegd
    after insert on zaken.zaak_melding referencing new table as nieuw
    for each statement execute function zaken.telwijziging_koppeling_ingevoegd();

create function zaken.telwijziging_koppeling_gewijzigd() returns trigger language plpgsql as
$$
begin
    perform zaken.telwijziging_markeer(array(select zaken.sluitdag(z.gesloten_op) from zaken.zaak z
                                             where z.gesloten_op is not null and z.id = old.zaak));
    if tg_op = 'UPDATE' then
        perform zaken.telwijziging_markeer(array(select zaken.sluitdag(z.gesloten_op) from zaken.zaak z
                                                 where z.gesloten_op is not null and z.id = new.zaak));
    end if;
    return null;
end
$$;
create trigger telwijziging_koppeling_gewijzigd
    after update on zaken.zaak_melding for each row
    when (old.zaak is distinct from new.zaak)
    execute function zaken.telwijziging_koppeling_gewijzigd();
create trigger telwijziging_koppeling_verwijderd
    after delete on zaken.zaak_melding for each row
    execute function zaken.telwijziging_koppeling_gewijzigd();
