-- Roles of issue 4 and the NEN 7513 access log (module toegang).
alter table toegang.medewerker drop constraint medewerker_rol_check;
alter table toegang.medewerker add constraint medewerker_rol_check
    check (rol in ('INTAKE', 'INSPECTEUR', 'JURIST', 'ANALIST', 'PRIVACYFUNCTIONARIS', 'BEHEERDER', 'ZORGAANBIEDER'));
-- KvK numbers of the providers a care-provider user acts for
alter table toegang.medewerker add column kvk_nummers text[] not null default '{}';

create table toegang.toegangslog
(
    volgnummer      bigint      not null primary key,
    id              uuid        not null unique,
    handeling       text        not null,
    tijdstip        timestamptz not null,
    toegestaan      boolean     not null,
    gebruiker       text        not null,
    gebruiker_naam  text,
    rol             text,
    afdelingen      text[]      not null default '{}',
    -- the responsible user where someone acts on another's behalf
    namens          text,
    -- the stated purpose (required for break-the-glass)
    doel            text,
    ip              text,
    user_agent      text,
    request_id      text,
    -- exactly the JSON that was hashed: [{"type": "MELDING", "id": "...", "patient": "<pseudonym>"}]
    objecten        text        not null default '[]',
    objecten_json   jsonb       generated always as (objecten::jsonb) stored,
    vorige_hash     text        not null,
    hash            text        not null
);
create index toegangslog_tijdstip_idx on toegang.toegangslog (tijdstip);
create index toegangslog_gebruiker_idx on toegang.toegangslog (gebruiker, tijdstip);
create index toegangslog_objecten_idx on toegang.toegangslog using gin (objecten_json jsonb_path_ops);
