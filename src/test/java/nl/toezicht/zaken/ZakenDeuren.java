package nl.toezicht.zaken;

import static nl.toezicht.Autorisatiematrix.MEDEWERKERS;
import static nl.toezicht.Autorisatiematrix.deur;
import static nl.toezicht.toegang.Rol.ANALIST;
import static nl.toezicht.toegang.Rol.BEHEERDER;
import static nl.toezicht.toegang.Rol.INSPECTEUR;
import static nl.toezicht.toegang.Rol.INTAKE;
import static nl.toezicht.toegang.Rol.JURIST;
import static nl.toezicht.toegang.Rol.PRIVACYFUNCTIONARIS;
import static nl.toezicht.toegang.Rol.ZORGAANBIEDER;

import java.util.List;
import java.util.Map;
import nl.toezicht.Autorisatiematrix;
import nl.toezicht.Autorisatiematrix.Deur;
import nl.toezicht.Autorisatiematrix.Doel;
import nl.toezicht.toegang.Rol;

/** The rows of the authorisation matrix for module zaken: the work queue and cases (docs/toegang.md, "The authorisation matrix"). */
class ZakenDeuren implements Autorisatiematrix.Bijdrage {

    @Override
    public void deuren(List<Deur> d) {
        // cases: need-to-know per department; analysts read only; break-the-glass for inspectors and jurists
        // a role without cases is sent on to its own start page (issue 11, defect 16)
        d.add(deur("GET /werkbak", Doel.GEEN)
                .mag(MEDEWERKERS)
                .status(ZORGAANBIEDER, 302)
                .status(PRIVACYFUNCTIONARIS, 302)
                .status(nl.toezicht.toegang.Rol.KADEREIGENAAR, 302));
        d.add(deur("GET /mijn-werk", Doel.GEEN).mag(MEDEWERKERS));
        d.add(deur("GET /werkbak/zoeken", Doel.GEEN).mag(MEDEWERKERS));
        d.add(deur("GET /api/v1/zaken", Doel.GEEN).mag(MEDEWERKERS));
        // work-queue comfort (issue 13 item 7): the export reads as the list does; a saved filter is its owner's
        // alone, so one nobody has is not found for anyone
        d.add(deur("GET /api/v1/zaken/export", Doel.GEEN).mag(MEDEWERKERS));
        d.add(deur("GET /api/v1/werkbakfilters", Doel.GEEN).mag(MEDEWERKERS));
        d.add(deur("POST /api/v1/werkbakfilters", Doel.GEEN)
                .mag(MEDEWERKERS)
                .body(o -> "{\"naam\":\"Matrix\",\"zoekopdracht\":\"teLaat=true\"}"));
        d.add(nietGevonden(deur("GET /api/v1/werkbakfilters/{id}", Doel.VAST)));
        d.add(nietGevonden(deur("DELETE /api/v1/werkbakfilters/{id}", Doel.VAST)));
        d.add(deur("POST /werkbak/filters", Doel.GEEN).mag(MEDEWERKERS).formulier(o -> Map.of("naam", "Matrix")));
        d.add(nietGevonden(deur("POST /werkbak/filters/{id}/verwijderen", Doel.VAST)));
        d.add(deur("GET /zaken/{id}", Doel.ZAAK).mag(INTAKE, BEHEERDER, ANALIST).eigen(INSPECTEUR, JURIST));
        d.add(deur("GET /api/v1/zaken/{id}", Doel.ZAAK)
                .mag(INTAKE, BEHEERDER, ANALIST)
                .eigen(INSPECTEUR, JURIST));
        d.add(deur("POST /zaken/{id}/statuswijzigingen", Doel.ZAAK)
                .mag(INTAKE, BEHEERDER)
                .eigen(INSPECTEUR, JURIST)
                .formulier(o -> Map.of("transitie", "START_TRIAGE")));
        d.add(deur("POST /api/v1/zaken/{id}/statuswijzigingen", Doel.ZAAK)
                .mag(INTAKE, BEHEERDER)
                .eigen(INSPECTEUR, JURIST)
                .body(o -> "{\"transitie\":\"START_TRIAGE\"}"));
        d.add(deur("POST /zaken/{id}/inspecteur", Doel.ZAAK)
                .mag(INTAKE, BEHEERDER)
                .eigen(INSPECTEUR, JURIST)
                .formulier(o -> Map.of("inspecteur", "inspecteur.ggz")));
        d.add(deur("PUT /api/v1/zaken/{id}/inspecteur", Doel.ZAAK)
                .mag(INTAKE, BEHEERDER)
                .eigen(INSPECTEUR, JURIST)
                .body(o -> "{\"inspecteur\":\"inspecteur.ggz\"}"));
        d.add(deur("POST /zaken/{id}/meldingen", Doel.ZAAK)
                .mag(INTAKE, BEHEERDER)
                .formulier(o -> Map.of("meldingId", o.reserveMelding().toString())));
        d.add(deur("POST /api/v1/zaken/{id}/meldingen", Doel.ZAAK)
                .mag(INTAKE, BEHEERDER)
                .body(o -> "{\"meldingId\":\"" + o.reserveMelding() + "\"}"));
        // the case's clock: suspend and resume (inspectors, jurists), extend (inspectors), in their departments;
        // the fixture's case runs triage, which its kind neither suspends nor extends (422, nothing changes)
        d.add(deur("GET /api/v1/zaken/{id}/termijnen", Doel.ZAAK)
                .mag(INTAKE, BEHEERDER, ANALIST)
                .eigen(INSPECTEUR, JURIST));
        d.add(deur("POST /zaken/{id}/termijn/opschorten", Doel.ZAAK)
                .eigen(INSPECTEUR, JURIST)
                .formulier(o -> Map.of("grond", "WACHT_OP_INFORMATIE")));
        d.add(deur("POST /api/v1/zaken/{id}/termijn/opschorting", Doel.ZAAK)
                .eigen(INSPECTEUR, JURIST)
                .body(o -> "{\"grond\":\"WACHT_OP_INFORMATIE\"}"));
        d.add(deur("POST /zaken/{id}/termijn/hervatten", Doel.ZAAK)
                .eigen(INSPECTEUR, JURIST)
                .formulier(o -> Map.of("toelichting", "Matrixtest")));
        d.add(deur("POST /api/v1/zaken/{id}/termijn/hervatting", Doel.ZAAK)
                .eigen(INSPECTEUR, JURIST)
                .body(o -> "{}"));
        d.add(deur("POST /zaken/{id}/termijn/verlengen", Doel.ZAAK)
                .eigen(INSPECTEUR)
                .formulier(o -> Map.of("regel", "UITSTEL_OP_VERZOEK", "lengte", "1", "reden", "Matrixtest")));
        d.add(deur("POST /api/v1/zaken/{id}/termijn/verlenging", Doel.ZAAK)
                .eigen(INSPECTEUR)
                .body(o -> "{\"regel\":\"UITSTEL_OP_VERZOEK\",\"lengte\":1,\"reden\":\"Matrixtest\"}"));
        // notes and tasks (issue 13): read with the case; written by staff who handle cases, in their departments
        // (intake sees all); a task named in the body that is not the case's is refused on its field (422)
        d.add(deur("GET /api/v1/zaken/{id}/notities", Doel.ZAAK)
                .mag(INTAKE, BEHEERDER, ANALIST)
                .eigen(INSPECTEUR, JURIST));
        d.add(deur("POST /api/v1/zaken/{id}/notities", Doel.ZAAK)
                .mag(INTAKE)
                .eigen(INSPECTEUR, JURIST)
                .body(o -> "{\"tekst\":\"Matrixtest\"}"));
        d.add(deur("POST /zaken/{id}/notities", Doel.ZAAK)
                .mag(INTAKE)
                .eigen(INSPECTEUR, JURIST)
                .formulier(o -> Map.of("tekst", "Matrixtest")));
        d.add(deur("GET /api/v1/zaken/{id}/taken", Doel.ZAAK)
                .mag(INTAKE, BEHEERDER, ANALIST)
                .eigen(INSPECTEUR, JURIST));
        String uiterlijk = java.time.LocalDate.now(nl.toezicht.kern.Tijdzone.NEDERLAND)
                .plusDays(30)
                .toString();
        d.add(deur("POST /api/v1/zaken/{id}/taken", Doel.ZAAK)
                .mag(INTAKE)
                .eigen(INSPECTEUR, JURIST)
                .body(o ->
                        "{\"omschrijving\":\"Matrixtest\",\"afdeling\":\"GGZ\",\"uiterlijk\":\"" + uiterlijk + "\"}"));
        d.add(deur("POST /zaken/{id}/taken", Doel.ZAAK)
                .mag(INTAKE)
                .eigen(INSPECTEUR, JURIST)
                .formulier(o ->
                        Map.of("omschrijving", "Matrixtest", "toegewezenAan", "afdeling:GGZ", "uiterlijk", uiterlijk)));
        for (String pad : List.of("/api/v1/zaken/{id}/taken/afronding", "/api/v1/zaken/{id}/taken/annulering")) {
            d.add(deur("POST " + pad, Doel.ZAAK)
                    .mag(INTAKE)
                    .eigen(INSPECTEUR, JURIST)
                    .body(o -> "{\"taak\":\"" + java.util.UUID.randomUUID() + "\"}"));
        }
        for (String pad : List.of("/zaken/{id}/taken/afronden", "/zaken/{id}/taken/annuleren")) {
            d.add(deur("POST " + pad, Doel.ZAAK)
                    .mag(INTAKE)
                    .eigen(INSPECTEUR, JURIST)
                    .formulier(o -> Map.of("taak", java.util.UUID.randomUUID().toString())));
        }
        // four eyes: asking to close is a step of case handling; reviewing is for inspectors of the department
        // (the fixture's case waits for nothing: 409); reopening for inspectors and jurists (it is open: 409)
        d.add(deur("POST /api/v1/zaken/{id}/sluitverzoek", Doel.ZAAK)
                .mag(INTAKE, BEHEERDER)
                .eigen(INSPECTEUR, JURIST)
                .body(o -> "{\"sluitreden\":\"GEEN_VERVOLG\"}"));
        d.add(deur("POST /zaken/{id}/sluiten/aanvragen", Doel.ZAAK)
                .mag(INTAKE, BEHEERDER)
                .eigen(INSPECTEUR, JURIST)
                .formulier(o -> Map.of("sluitreden", "GEEN_VERVOLG")));
        d.add(deur("POST /api/v1/zaken/{id}/sluitverzoek/goedkeuring", Doel.ZAAK)
                .eigen(INSPECTEUR));
        d.add(deur("POST /zaken/{id}/sluiten/goedkeuren", Doel.ZAAK).eigen(INSPECTEUR));
        d.add(deur("POST /api/v1/zaken/{id}/sluitverzoek/terugsturing", Doel.ZAAK)
                .eigen(INSPECTEUR)
                .body(o -> "{\"reden\":\"Matrixtest\"}"));
        d.add(deur("POST /zaken/{id}/sluiten/terugsturen", Doel.ZAAK)
                .eigen(INSPECTEUR)
                .formulier(o -> Map.of("reden", "Matrixtest")));
        d.add(deur("POST /api/v1/zaken/{id}/heropening", Doel.ZAAK)
                .eigen(INSPECTEUR, JURIST)
                .body(o -> "{\"reden\":\"Matrixtest\"}"));
        d.add(deur("POST /zaken/{id}/heropenen", Doel.ZAAK)
                .eigen(INSPECTEUR, JURIST)
                .formulier(o -> Map.of("reden", "Matrixtest")));
        // bulk actions from the work queue (issue 13 item 7): for roles with the action's right (here: notes); each
        // case
        // is then checked on its own, a case out of reach is refused in the report, not by the status
        d.add(deur("POST /api/v1/zaken/bulk", Doel.GEEN)
                .mag(INTAKE, INSPECTEUR, JURIST)
                .body(o -> "{\"sleutel\":\"" + java.util.UUID.randomUUID() + "\",\"actie\":\"NOTEREN\",\"zaken\":[\""
                        + o.zaak() + "\"],\"tekst\":\"Matrixtest\"}"));
        d.add(deur("POST /werkbak/bulk/bevestigen", Doel.GEEN)
                .mag(INTAKE, INSPECTEUR, JURIST)
                .formulier(o -> Map.of("actie", "NOTEREN", "zaak", o.zaak().toString(), "tekst", "Matrixtest")));
        d.add(deur("POST /werkbak/bulk", Doel.GEEN)
                .mag(INTAKE, INSPECTEUR, JURIST)
                .formulier(o -> Map.of(
                        "sleutel",
                        java.util.UUID.randomUUID().toString(),
                        "actie",
                        "NOTEREN",
                        "zaak",
                        o.zaak().toString(),
                        "tekst",
                        "Matrixtest")));
        // moving a case (to a department that does not exist: after need-to-know it is refused on the field, so
        // neither fixture case moves)
        d.add(deur("PUT /api/v1/zaken/{id}/afdeling", Doel.ZAAK)
                .mag(INTAKE, BEHEERDER)
                .eigen(INSPECTEUR)
                .body(o -> "{\"afdeling\":\"NERGENS\"}"));
        // splitting a notification off (issue 13 item 8): intake on any case; an inspector of the department reaches
        // the rules (the fixture's case is not theirs: 422), another department's case is not found
        d.add(deur("POST /api/v1/zaken/{id}/afsplitsingen", Doel.ZAAK)
                .mag(INTAKE, BEHEERDER)
                .eigen(INSPECTEUR)
                .body(o -> "{\"melding\":\"M-1900-000001\",\"reden\":\"Matrixtest\"}"));
        d.add(deur("POST /zaken/{id}/afsplitsingen", Doel.ZAAK)
                .mag(INTAKE, BEHEERDER)
                .eigen(INSPECTEUR)
                .formulier(o -> Map.of("melding", "M-1900-000001", "reden", "Matrixtest")));
        // for one's own department nothing is needed (a redirect to the case); elsewhere the glass breaks
        d.add(deur("POST /zaken/doorbreken", Doel.ZAAK)
                .mag(INSPECTEUR, JURIST)
                .formulier(o -> Map.of("kenmerk", o.zaak().toString(), "reden", "Matrixtest: reden voor inzage")));
    }

    private static Deur nietGevonden(Deur deur) {
        for (Rol rol : Autorisatiematrix.IEDEREEN) {
            deur.status(rol, 404);
        }
        return deur;
    }
}
