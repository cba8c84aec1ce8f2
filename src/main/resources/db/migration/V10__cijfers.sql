-- Annual figures (module cijfers): daily counts kept beside the notifications and cases they count,
-- and the approved (frozen) sets of figures. See docs/cijfers.md and decision 0018.
create schema cijfers;

-- Received notifications per day and per combination of the properties the tables count.
create table cijfers.telling_ontvangen
(
    dag                      date    not null,
    sector                   text    not null,
    soort                    text    not null,
    kanaal                   text    not null,
    overleden                boolean not null,
    suicide                  boolean not null,
    suicidepoging            boolean not null,
    gesloten_jeugdinstelling boolean not null,
    sgg_soort                text,
    aantal                   bigint  not null
);
create index telling_ontvangen_dag_idx on cijfers.telling_ontvangen (dag);

-- Closed notifications (their case closed that day), per day and per sector and kind of the notification.
create table cijfers.telling_gesloten
(
    dag    date   not null,
    sector text   not null,
    soort  text   not null,
    aantal bigint not null
);
create index telling_gesloten_dag_idx on cijfers.telling_gesloten (dag);

-- The days before `tot` are in the counts above, except the dirty days; the rest is counted live.
create table cijfers.stand
(
    een boolean not null primary key default true check (een),
    tot date    not null
);
insert into cijfers.stand (tot) values (date '1900-01-01');

-- Days before the stand whose source rows changed after they were counted (a correction, a bulk import):
-- counted live until the next refresh recounts them.
create table cijfers.vuile_dag
(
    dag date not null primary key
);

create function cijfers.markeer(dagen date[]) returns void language sql as
$$
insert into cijfers.vuile_dag (dag)
select distinct d from unnest(dagen) d, cijfers.stand s where d is not null and d < s.tot
on conflict do nothing
$$;

create function cijfers.dag(t timestamptz) returns date language sql immutable as
$$ select (t at time zone 'Europe/Amsterdam')::date $$;

-- new notifications, also through COPY (bulk import): a row dated before the stand makes its day dirty
create function cijfers.melding_ingevoegd() returns trigger language plpgsql as
$$
begin
    perform cijfers.markeer(array(select distinct cijfers.dag(n.ontvangen_op) from nieuw n));
    return null;
end
$$;
create trigger cijfers_melding_ingevoegd
    after insert on meldingen.melding referencing new table as nieuw
    for each statement execute function cijfers.melding_ingevoegd();

-- a correction of a counted property: the day it was received and the day its case was closed
create function cijfers.melding_gewijzigd() returns trigger language plpgsql as
$$
begin
    perform cijfers.markeer(array[cijfers.dag(old.ontvangen_op), cijfers.dag(new.ontvangen_op)]
        || array(select cijfers.dag(z.gesloten_op) from zaken.zaak_melding zm join zaken.zaak z on z.id = zm.zaak
                 where zm.melding_id = old.id and z.gesloten_op is not null));
    return null;
end
$$;
create trigger cijfers_melding_gewijzigd
    after update on meldingen.melding for each row
    when (old.sector is distinct from new.sector or old.soort is distinct from new.soort
        or old.kanaal is distinct from new.kanaal or old.ontvangen_op is distinct from new.ontvangen_op
        or old.patient_overleden is distinct from new.patient_overleden or old.door_suicide is distinct from new.door_suicide
        or old.suicidepoging is distinct from new.suicidepoging
        or old.gesloten_jeugdinstelling is distinct from new.gesloten_jeugdinstelling
        or old.sgg_soort is distinct from new.sgg_soort)
    execute function cijfers.melding_gewijzigd();
create trigger cijfers_melding_verwijderd
    after delete on meldingen.melding for each row
    execute function cijfers.melding_gewijzigd();

-- cases inserted closed (bulk import of past cases)
create function cijfers.zaak_ingevoegd() returns trigger language plpgsql as
$$
begin
    perform cijfers.markeer(array(select distinct cijfers.dag(n.gesloten_op) from nieuw n where n.gesloten_op is not null));
    return null;
end
$$;
create trigger cijfers_zaak_ingevoegd
    after insert on zaken.zaak referencing new table as nieuw
    for each statement execute function cijfers.zaak_ingevoegd();

-- closing, reopening or redating a case
create function cijfers.zaak_gewijzigd() returns trigger language plpgsql as
$$
begin
    perform cijfers.markeer(array[cijfers.dag(old.gesloten_op), cijfers.dag(new.gesloten_op)]);
    return null;
end
$$;
create trigger cijfers_zaak_gewijzigd
    after update on zaken.zaak for each row
    when (old.gesloten_op is distinct from new.gesloten_op)
    execute function cijfers.zaak_gewijzigd();

-- a notification linked to, moved between or removed from cases that are closed
create function cijfers.koppeling_ingevoegd() returns trigger language plpgsql as
$$
begin
    perform cijfers.markeer(array(select distinct cijfers.dag(z.gesloten_op) from nieuw n join zaken.zaak z on z.id = n.zaak
                                  where z.gesloten_op is not null));
    return null;
end
$$;
create trigger cijfers_koppeling_ingevoegd
    after insert on zaken.zaak_melding referencing new table as nieuw
    for each statement execute function cijfers.koppeling_ingevoegd();

create function cijfers.koppeling_gewijzigd() returns trigger language plpgsql as
$$
begin
    perform cijfers.markeer(array(select cijfers.dag(z.gesloten_op) from zaken.zaak z
                                  where z.gesloten_op is not null and z.id in (old.zaak, new.zaak)));
    return null;
end
$$;
create function cijfers.koppeling_verwijderd() returns trigger language plpgsql as
$$
begin
    perform cijfers.markeer(array(select cijfers.dag(z.gesloten_op) from zaken.zaak z
                                  where z.gesloten_op is not null and z.id = old.zaak));
    return null;
end
$$;
create trigger cijfers_koppeling_gewijzigd
    after update on zaken.zaak_melding for each row
    when (old.zaak is distinct from new.zaak)
    execute function cijfers.koppeling_gewijzigd();
create trigger cijfers_koppeling_verwijderd
    after delete on zaken.zaak_melding for each row
    execute function cijfers.koppeling_verwijderd();

-- A year's figures through draft -> checked -> approved; an approved version is frozen: its content is
-- stored as the exact bytes that were checked, with their SHA-256, and is never changed.
create table cijfers.vaststelling
(
    jaar             int         not null check (jaar between 1990 and 2999),
    versie           int         not null check (versie > 0),
    status           text        not null check (status in ('CONCEPT', 'GECONTROLEERD', 'VASTGESTELD')),
    regels_versie    text        not null,
    peilmoment       timestamptz not null,
    inhoud           text        not null,
    checksum         text        not null,
    opgesteld_door   text        not null,
    opgesteld_op     timestamptz not null,
    gecontroleerd_op timestamptz,
    vastgesteld_door text,
    vastgesteld_op   timestamptz,
    primary key (jaar, versie),
    check ((status = 'VASTGESTELD') = (vastgesteld_op is not null))
);

create function cijfers.bevroren() returns trigger language plpgsql as
$$
begin
    if old.status = 'VASTGESTELD' and (new.inhoud <> old.inhoud or new.checksum <> old.checksum
        or new.status <> 'VASTGESTELD' or new.peilmoment <> old.peilmoment) then
        raise exception 'an approved set of figures is frozen (% version %)', old.jaar, old.versie;
    end if;
    return new;
end
$$;
create trigger cijfers_vaststelling_bevroren
    before update on cijfers.vaststelling for each row execute function cijfers.bevroren();
create function cijfers.niet_verwijderen() returns trigger language plpgsql as
$$
begin
    raise exception 'an approved set of figures is frozen (% version %)', old.jaar, old.versie;
end
$$;
create trigger cijfers_vaststelling_niet_verwijderen
    before delete on cijfers.vaststelling for each row
    when (old.status = 'VASTGESTELD')
    execute function cijfers.niet_verwijderen();

-- cases closed since the stand (the live part of the closed counts, and the nightly refresh)
create index zaak_gesloten_op_idx on zaken.zaak (gesloten_op) where gesloten_op is not null;
