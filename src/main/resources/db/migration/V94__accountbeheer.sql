-- Account administration (module toegang, docs/toegang.md "Account administration"): an e-mail address for
-- alerts (module berichten), and a password the administrator set, which its owner must change at the next
-- login before anything else.
alter table toegang.medewerker add column email text
    check (email ~ '^[^@\s]+@[^@\s]+\.[^@\s]+$' and length(email) <= 254);
alter table toegang.medewerker add column wachtwoord_wijzigen boolean not null default false;
