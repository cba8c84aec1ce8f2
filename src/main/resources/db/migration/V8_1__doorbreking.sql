-- Break-the-glass grants (module toegang, issue 4): reading one object outside one's departments, for a
-- limited time, after stating a reason. The access log holds the DOORBREKEN entry with the same reason.
create table toegang.doorbreking
(
    id          uuid        not null primary key,
    gebruiker   text        not null references toegang.medewerker (gebruikersnaam),
    object_type text        not null,
    object_id   text        not null,
    doel        text        not null,
    tijdstip    timestamptz not null,
    geldig_tot  timestamptz not null,
    check (geldig_tot > tijdstip)
);
create index doorbreking_gebruiker_idx on toegang.doorbreking (gebruiker, object_id, geldig_tot);
