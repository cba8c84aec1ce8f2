-- Issue 14: the processing of the provider's view point by point, as rows (docs/inspecties.md "The report").
-- Each point of the view: taken over or not, and why (required when not). The lead inspector edits the list
-- before the report becomes final; after that no point is added or changed (a delete only cascades).
create table inspecties.zienswijzepunt
(
    activiteit  uuid    not null references inspecties.rapport (activiteit) on delete cascade,
    volgnummer  int     not null check (volgnummer >= 1),
    punt        text    not null check (length(btrim(punt)) > 0),
    overgenomen boolean not null,
    reden       text,
    check (overgenomen or length(btrim(coalesce(reden, ''))) > 0),
    primary key (activiteit, volgnummer)
);

create function inspecties.zienswijzepunt_definitief_blijft() returns trigger
    language plpgsql as
$$
begin
    if exists (select 1 from inspecties.rapport r
               where r.activiteit = new.activiteit and r.pdf_sha256 is not null) then
        raise exception 'de verwerking van de zienswijze van een definitief rapport verandert niet'
            using errcode = 'integrity_constraint_violation';
    end if;
    return new;
end;
$$;

create trigger zienswijzepunt_definitief_blijft
    before insert or update
    on inspecties.zienswijzepunt
    for each row
execute function inspecties.zienswijzepunt_definitief_blijft();
