-- Issue 12: figures Toezicht does not count itself (calls to the front office, e-mails to the desk, complaints
-- about the inspectorate, ...), entered by an analyst with source and note and checked by a second person.
-- Every change is a new version; a draft of a year takes the latest checked version of each figure.
create table cijfers.handmatig_cijfer
(
    jaar               int         not null,
    grootheid          text        not null,
    versie             int         not null check (versie >= 1),
    waarde             bigint      not null check (waarde >= 0),
    bron               text        not null check (length(trim(bron)) > 0),
    toelichting        text        not null default '',
    ingevoerd_door     text        not null,
    ingevoerd_op       timestamptz not null,
    gecontroleerd_door text,
    gecontroleerd_op   timestamptz,
    primary key (jaar, grootheid, versie),
    -- four eyes: never checked by the one who entered it
    constraint handmatig_cijfer_vier_ogen check (gecontroleerd_door is null or gecontroleerd_door <> ingevoerd_door),
    constraint handmatig_cijfer_controle_compleet check ((gecontroleerd_door is null) = (gecontroleerd_op is null))
);

-- a figure, once entered, only gets its check; a checked figure is frozen (a correction is a new version)
create function cijfers.handmatig_cijfer_alleen_controle() returns trigger
    language plpgsql as
$$
begin
    if tg_op = 'DELETE' then
        raise exception 'cijfers.handmatig_cijfer: a manual figure is never deleted (add a version)';
    end if;
    if old.gecontroleerd_door is not null
        or (new.jaar, new.grootheid, new.versie, new.waarde, new.bron, new.toelichting, new.ingevoerd_door,
            new.ingevoerd_op) is distinct from
           (old.jaar, old.grootheid, old.versie, old.waarde, old.bron, old.toelichting, old.ingevoerd_door,
            old.ingevoerd_op) then
        raise exception 'cijfers.handmatig_cijfer: only the check of an unchecked figure may be added';
    end if;
    return new;
end;
$$;

create trigger handmatig_cijfer_alleen_controle
    before update or delete on cijfers.handmatig_cijfer
    for each row execute function cijfers.handmatig_cijfer_alleen_controle();
