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

/** The rows of the authorisation matrix for module zaken: the work queue and cases (docs/toegang.md, "The authorisation matrix"). */
class ZakenDeuren implements Autorisatiematrix.Bijdrage {

    @Override
    public void deuren(List<Deur> d) {
        // cases: need-to-know per department; analysts read only; break-the-glass for inspectors and jurists
        // a role without cases is sent on to its own start page (issue 11, defect 16)
        d.add(deur("GET /werkbak", Doel.GEEN)
                .mag(MEDEWERKERS)
                .status(ZORGAANBIEDER, 302)
                .status(PRIVACYFUNCTIONARIS, 302));
        d.add(deur("GET /mijn-werk", Doel.GEEN).mag(MEDEWERKERS));
        d.add(deur("GET /werkbak/zoeken", Doel.GEEN).mag(MEDEWERKERS));
        d.add(deur("GET /api/v1/zaken", Doel.GEEN).mag(MEDEWERKERS));
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
        // for one's own department nothing is needed (a redirect to the case); elsewhere the glass breaks
        d.add(deur("POST /zaken/doorbreken", Doel.ZAAK)
                .mag(INSPECTEUR, JURIST)
                .formulier(o -> Map.of("kenmerk", o.zaak().toString(), "reden", "Matrixtest: reden voor inzage")));
    }
}
