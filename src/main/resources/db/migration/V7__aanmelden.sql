-- Authentication (module toegang): lock-out state, TOTP second factor, accounts from the identity
-- provider (OpenID Connect) and API keys of machine clients.

-- accounts from the identity provider have no local password
alter table toegang.medewerker alter column wachtwoord_hash drop not null;
alter table toegang.medewerker add column herkomst text not null default 'LOKAAL'
    check (herkomst in ('LOKAAL', 'OIDC'));
-- an identity provider's account is bound to its issuer and subject: another provider (or a new person
-- given the same user name) cannot take it over
alter table toegang.medewerker add column oidc_id text unique;
-- failed logins in a row and until when the account refuses logins (docs/security.md: lock-out rule)
alter table toegang.medewerker add column mislukte_pogingen integer not null default 0;
alter table toegang.medewerker add column geblokkeerd_tot timestamptz;
-- TOTP secret, encrypted (AES-GCM, key id:base64), set once the user confirmed a first code
alter table toegang.medewerker add column totp_geheim text;
-- last accepted TOTP time step: a code is accepted once (no replay within its 30 s window)
alter table toegang.medewerker add column totp_laatste_stap bigint;
alter table toegang.medewerker add column wachtwoord_gewijzigd timestamptz;
alter table toegang.medewerker add column laatst_ingelogd timestamptz;

-- API keys of machine clients (a hospital system sending notifications), bound to one care provider
create table toegang.api_sleutel
(
    id            uuid        not null primary key,
    -- the first characters of the key, to recognise it in lists; never enough to use it
    prefix        text        not null,
    -- SHA-256 of the whole key (hex): the key has 256 random bits, so a fast hash suffices
    hash          text        not null unique,
    kvk_nummer    text        not null check (kvk_nummer ~ '^[0-9]{8}$'),
    omschrijving  text        not null check (length(omschrijving) between 1 and 200),
    aangemaakt    timestamptz not null,
    aangemaakt_door text      not null,
    ingetrokken   timestamptz,
    laatst_gebruikt timestamptz
);
create index api_sleutel_kvk_idx on toegang.api_sleutel (kvk_nummer);
