-- Letters to outside parties by e-mail (issue 15: a measure's signed letter to the provider) through the same
-- outbox as the alerts: a mail now belongs to an alert or carries a key of its own (once per key), and may
-- carry one PDF attachment. The sending job is the same (berichten.Mailbezorging).
alter table berichten.mail alter column bericht drop not null;
alter table berichten.mail add column sleutel text unique check (length(sleutel) between 1 and 200);
alter table berichten.mail add column bijlage_naam text check (bijlage_naam ~ '^[A-Za-z0-9._-]{1,100}$');
alter table berichten.mail add column bijlage bytea;
alter table berichten.mail add constraint mail_bericht_of_sleutel check ((bericht is null) <> (sleutel is null));
alter table berichten.mail add constraint mail_bijlage_met_naam check ((bijlage is null) = (bijlage_naam is null));
