-- Attachments of a public form that came back with errors: kept (content in the attachment store) under the
-- form's one-time key, so the reporter need not choose them again; forgotten when the notification is taken
-- in, or after a day.
create table meldingen.formulier_bijlage
(
    id                uuid        not null primary key,
    formulier_sleutel text        not null,
    bestandsnaam      text        not null,
    grootte           bigint      not null check (grootte > 0),
    sha256            text        not null,
    opslag_sleutel    text        not null unique,
    bewaard_op        timestamptz not null
);
create index formulier_bijlage_sleutel_idx on meldingen.formulier_bijlage (formulier_sleutel);
create index formulier_bijlage_bewaard_idx on meldingen.formulier_bijlage (bewaard_op);
