-- The framework owner (issue 14): a role of its own that keeps the assessment frameworks, no longer the
-- functional administrator's side job.
alter table toegang.medewerker drop constraint medewerker_rol_check;
alter table toegang.medewerker add constraint medewerker_rol_check
    check (rol in ('INTAKE', 'INSPECTEUR', 'JURIST', 'ANALIST', 'PRIVACYFUNCTIONARIS', 'BEHEERDER', 'KADEREIGENAAR',
                   'ZORGAANBIEDER'));
