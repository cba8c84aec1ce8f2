-- Staff accounts (module toegang). Departments are supervision sectors (see docs/decisions).
create schema toegang;

create table toegang.medewerker
(
    gebruikersnaam  text    not null primary key check (gebruikersnaam ~ '^[a-z0-9._-]{2,64}$'),
    naam            text    not null,
    wachtwoord_hash text    not null,
    rol             text    not null check (rol in ('INTAKE', 'INSPECTEUR', 'BEHEERDER')),
    afdelingen      text[]  not null default '{}',
    actief          boolean not null default true
);
