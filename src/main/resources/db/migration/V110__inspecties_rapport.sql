-- The inspection report (module inspecties, docs/inspecties.md "The report"): a draft made from the findings,
-- edited per norm, reviewed by a second inspector (four eyes), sent to the provider for its view (zienswijze)
-- under a legal clock, made final as a PDF kept with its SHA-256, and published after an anonymisation check.
-- Where the report is in its flow is the activity's status; this row holds what each step recorded.
create table inspecties.rapport
(
    activiteit           uuid        not null primary key references inspecties.toezichtactiviteit (id) on delete cascade,
    -- the letter template (documenten.Brieven) chosen by the framework's kind when the draft was made
    sjabloon             text        not null check (sjabloon ~ '^[a-z][a-z0-9-]{0,60}$'),
    inleiding            text        not null default '',
    opgesteld_door       text        not null,
    opgesteld_op         timestamptz not null,
    -- four eyes: who offered the draft for review cannot approve it
    aangeboden_door      text,
    beoordeeld_door      text,
    beoordeeld_op        timestamptz,
    -- the provider's view, and the clock (termijnen, kind ZIENSWIJZE) it is due under
    klok_id              uuid,
    zienswijze_uiterlijk date,
    zienswijze           text,
    zienswijze_door      text,
    zienswijze_op        timestamptz,
    -- how the inspectorate processed the view, in words, when it made the report final
    verwerking           text,
    definitief_door      text,
    definitief_op        timestamptz,
    pdf_sleutel          text check (pdf_sleutel ~ '^[0-9a-f]{64}$'),
    pdf_sha256           text check (pdf_sha256 ~ '^[0-9a-f]{64}$'),
    pdf_grootte          bigint,
    gepubliceerd_door    text,
    gepubliceerd_op      timestamptz,
    version              bigint      not null default 0,
    check ((pdf_sleutel is null) = (pdf_sha256 is null) and (pdf_sha256 is null) = (definitief_op is null)),
    check (gepubliceerd_op is null or definitief_op is not null)
);

-- Once final, the report's PDF and checksum never change: the archived document is the published one.
create function inspecties.definitief_rapport_blijft() returns trigger
    language plpgsql as
$$
begin
    if old.pdf_sha256 is not null and (new.pdf_sha256 is distinct from old.pdf_sha256
        or new.pdf_sleutel is distinct from old.pdf_sleutel or new.pdf_grootte is distinct from old.pdf_grootte) then
        raise exception 'het definitieve rapport van activiteit % verandert niet', old.activiteit
            using errcode = 'integrity_constraint_violation';
    end if;
    return new;
end;
$$;

create trigger rapport_definitief_blijft
    before update on inspecties.rapport
    for each row execute function inspecties.definitief_rapport_blijft();

-- The draft text per norm: generated from the finding, edited by the inspector until it goes for review.
create table inspecties.rapporttekst
(
    activiteit uuid not null references inspecties.rapport (activiteit) on delete cascade,
    norm_code  text not null,
    tekst      text not null,
    primary key (activiteit, norm_code)
);

-- Documents the provider sends with its view, stored by kern.Bestandsopslag under the key.
create table inspecties.zienswijzebijlage
(
    id             uuid        not null primary key,
    activiteit     uuid        not null references inspecties.rapport (activiteit) on delete cascade,
    bestandsnaam   text        not null,
    mediatype      text        not null,
    grootte        bigint      not null check (grootte > 0),
    sha256         text        not null check (sha256 ~ '^[0-9a-f]{64}$'),
    opslag_sleutel text        not null unique check (opslag_sleutel ~ '^[0-9a-f]{64}$'),
    door           text        not null,
    op             timestamptz not null
);
create index zienswijzebijlage_activiteit_idx on inspecties.zienswijzebijlage (activiteit);
create index rapport_gepubliceerd_idx on inspecties.rapport (gepubliceerd_op) where gepubliceerd_op is not null;
create index toezichtactiviteit_zorgaanbieder_idx on inspecties.toezichtactiviteit (zorgaanbieder_id);
