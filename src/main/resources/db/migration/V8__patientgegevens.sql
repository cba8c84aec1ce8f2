-- Patient data encrypted at rest (module meldingen, issue 4; docs/toegang.md). Each *_versleuteld column
-- holds "keyId:base64(iv || ciphertext || tag)" (AES-256-GCM, toegang.Patientgegevens); the pseudonym
-- (HMAC-SHA-256) is the only searchable key. The plaintext columns patient_naam and patient_geboortedatum
-- of V4 are emptied by the application on start (meldingen.Herversleuteling), which cannot be done in
-- SQL because the key is not in the database.
alter table meldingen.melding add column patient_bsn_versleuteld text;
alter table meldingen.melding add column patient_naam_versleuteld text;
alter table meldingen.melding add column patient_geboortedatum_versleuteld text;
alter table meldingen.melding add column patient_pseudoniem text check (patient_pseudoniem ~ '^[0-9a-f]{64}$');
create index melding_patient_pseudoniem_idx on meldingen.melding (patient_pseudoniem)
    where patient_pseudoniem is not null;
-- still to encrypt: plaintext left by V4, or made with a key that is no longer the active one
create index melding_patient_klaar_idx on meldingen.melding (id)
    where patient_naam is not null or patient_geboortedatum is not null;
-- the provider portal (/mijn-meldingen) finds a care-provider user's notifications by the KvK number given
create index melding_melder_kvk_idx on meldingen.melding (melder_kvk_nummer, ontvangen_op desc)
    where melder_kvk_nummer is not null;
