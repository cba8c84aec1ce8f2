package nl.toezicht.inspecties;

import static nl.toezicht.Autorisatiematrix.MEDEWERKERS;
import static nl.toezicht.Autorisatiematrix.deur;
import static nl.toezicht.toegang.Rol.ANALIST;
import static nl.toezicht.toegang.Rol.BEHEERDER;
import static nl.toezicht.toegang.Rol.INSPECTEUR;
import static nl.toezicht.toegang.Rol.JURIST;
import static nl.toezicht.toegang.Rol.KADEREIGENAAR;
import static nl.toezicht.toegang.Rol.ZORGAANBIEDER;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import nl.toezicht.Autorisatiematrix;
import nl.toezicht.Autorisatiematrix.Deur;
import nl.toezicht.Autorisatiematrix.Doel;

/**
 * The rows of the authorisation matrix for module inspecties (docs/toegang.md): frameworks are read by all
 * staff and kept by the framework owner; activities are need-to-know per department and planned by inspectors.
 */
class InspectiesDeuren implements Autorisatiematrix.Bijdrage {

    @Override
    public void deuren(List<Deur> d) {
        // assessment frameworks: not of a department; read by staff and the framework owner, changed by the owner only
        d.add(deur("GET /inspecties/kaders", Doel.GEEN).mag(MEDEWERKERS).mag(KADEREIGENAAR));
        d.add(deur("GET /inspecties/kaders/{id}", Doel.KADERVERSIE)
                .mag(MEDEWERKERS)
                .mag(KADEREIGENAAR));
        d.add(deur("GET /inspecties/kaders/{id}/verschil", Doel.KADERVERSIE)
                .mag(MEDEWERKERS)
                .mag(KADEREIGENAAR));
        d.add(deur("GET /api/v1/toetsingskaders/versies/{id}", Doel.KADERVERSIE)
                .mag(MEDEWERKERS)
                .mag(KADEREIGENAAR));
        d.add(deur("POST /inspecties/kaders/import", Doel.GEEN).mag(KADEREIGENAAR));
        d.add(deur("POST /api/v1/toetsingskaders", Doel.GEEN)
                .mag(KADEREIGENAAR)
                .body(o -> KaderdocumentTest.goed()
                        .replace(
                                "\"test-kader\"",
                                "\"matrix-" + UUID.randomUUID().toString().substring(0, 8) + "\"")));
        d.add(deur("POST /inspecties/kaders/{id}/normen", Doel.KADERVERSIE)
                .mag(KADEREIGENAAR)
                .formulier(o -> Map.of("thema", "1", "code", "1.7", "titel", "Matrix", "tekst", "Matrixtest.")));
        d.add(deur("POST /inspecties/kaders/{id}/normen/verwijderen", Doel.KADERVERSIE)
                .mag(KADEREIGENAAR)
                .formulier(o -> Map.of("code", "1.7")));
        d.add(deur("POST /inspecties/kaders/{id}/themas", Doel.KADERVERSIE)
                .mag(KADEREIGENAAR)
                .formulier(o -> Map.of(
                        "themaCode", "9", "themaTitel", "Matrix", "code", "9.1", "titel", "Matrix", "tekst", "Test.")));
        d.add(deur("POST /inspecties/kaders/{id}/publiceren", Doel.KADERVERSIE).mag(KADEREIGENAAR));
        d.add(deur("POST /inspecties/kaders/{id}/nieuwe-versie", Doel.KADERVERSIE)
                .mag(KADEREIGENAAR));
        // supervision activities: need-to-know per department; inspectors plan and take the steps
        d.add(deur("GET /inspecties", Doel.GEEN).mag(INSPECTEUR, JURIST, ANALIST, BEHEERDER));
        d.add(deur("GET /inspecties/gemeenten", Doel.GEEN).mag(INSPECTEUR, JURIST, ANALIST, BEHEERDER));
        d.add(deur("GET /inspecties/bezochte-locaties", Doel.GEEN).mag(INSPECTEUR, JURIST, ANALIST, BEHEERDER));
        d.add(deur("GET /inspecties/activiteiten/nieuw", Doel.GEEN).mag(INSPECTEUR));
        d.add(deur("POST /inspecties/activiteiten", Doel.GEEN).mag(INSPECTEUR));
        d.add(deur("GET /inspecties/activiteiten/{id}", Doel.ACTIVITEIT)
                .mag(ANALIST, BEHEERDER)
                .eigen(INSPECTEUR, JURIST));
        d.add(deur("POST /inspecties/activiteiten/{id}/stappen", Doel.ACTIVITEIT)
                .eigen(INSPECTEUR)
                .formulier(o -> Map.of("stap", "STARTEN")));
        // findings: the team records them during the fieldwork (the fixture is planned: refused in words)
        d.add(deur("GET /inspecties/activiteiten/{id}/veldwerk", Doel.ACTIVITEIT)
                .mag(ANALIST, BEHEERDER)
                .eigen(INSPECTEUR, JURIST));
        d.add(deur("GET /api/v1/toezichtactiviteiten/{id}/bevindingen", Doel.ACTIVITEIT)
                .mag(ANALIST, BEHEERDER)
                .eigen(INSPECTEUR, JURIST));
        d.add(deur("POST /inspecties/activiteiten/{id}/bevindingen", Doel.ACTIVITEIT)
                .eigen(INSPECTEUR)
                .formulier(
                        o -> Map.of("sleutel", UUID.randomUUID().toString(), "normCode", "1.1", "score", "VOLDOET")));
        d.add(deur("PUT /api/v1/toezichtactiviteiten/{id}/bevindingen/{normCode}", Doel.ACTIVITEIT)
                .eigen(INSPECTEUR)
                .body(o -> "{\"score\": \"VOLDOET\", \"onderbouwing\": \"Matrixtest\"}"));
        // photos and documents with a finding (no file and no key: refused in words after the right and need-to-know)
        d.add(deur("POST /inspecties/activiteiten/{id}/bevindingen/bijlagen", Doel.ACTIVITEIT)
                .eigen(INSPECTEUR)
                .formulier(o -> Map.of("sleutel", UUID.randomUUID().toString(), "normCode", "1.1")));
        d.add(deur("POST /api/v1/toezichtactiviteiten/{id}/bevindingen/{normCode}/bijlagen", Doel.ACTIVITEIT)
                .eigen(INSPECTEUR)
                .body(o -> "{}"));
        d.add(deur("GET /api/v1/toezichtactiviteiten/{id}/bevindingbijlagen", Doel.ACTIVITEIT)
                .mag(ANALIST, BEHEERDER)
                .eigen(INSPECTEUR, JURIST));
        d.add(deur("GET /api/v1/toezichtactiviteiten/{id}/bevindingbijlagen/{bijlage}", Doel.ACTIVITEIT)
                .status(ANALIST, 404)
                .status(BEHEERDER, 404)
                .status(INSPECTEUR, 404)
                .status(JURIST, 404));
        d.add(deur("GET /inspecties/activiteiten/{id}/bevindingbijlagen/{bijlage}", Doel.ACTIVITEIT)
                .status(ANALIST, 404)
                .status(BEHEERDER, 404)
                .status(INSPECTEUR, 404)
                .status(JURIST, 404));
        // the report: the team writes it, a second inspector reviews it (the fixture is planned: refused in words)
        d.add(deur("GET /inspecties/activiteiten/{id}/rapport", Doel.ACTIVITEIT)
                .mag(ANALIST, BEHEERDER)
                .eigen(INSPECTEUR, JURIST));
        d.add(deur("GET /inspecties/activiteiten/{id}/rapport.pdf", Doel.ACTIVITEIT)
                .status(ANALIST, 404)
                .status(BEHEERDER, 404)
                .status(INSPECTEUR, 404)
                .status(JURIST, 404));
        // the steps need the report's rights: inspectors only (the others with a read right get 403)
        for (String actie : List.of("opstellen", "aanbieden", "goedkeuren", "vaststellen", "publiceren")) {
            d.add(deur("POST /inspecties/activiteiten/{id}/rapport/" + actie, Doel.ACTIVITEIT)
                    .eigen(INSPECTEUR));
        }
        d.add(deur("POST /inspecties/activiteiten/{id}/rapport", Doel.ACTIVITEIT)
                .eigen(INSPECTEUR)
                .formulier(o -> Map.of("inleiding", "Matrix")));
        d.add(deur("POST /inspecties/activiteiten/{id}/rapport/terugsturen", Doel.ACTIVITEIT)
                .eigen(INSPECTEUR)
                .formulier(o -> Map.of("reden", "Matrix")));
        // checking the final PDF against its checksum is a read
        d.add(deur("POST /inspecties/activiteiten/{id}/rapport/controleren", Doel.ACTIVITEIT)
                .mag(ANALIST, BEHEERDER)
                .eigen(INSPECTEUR, JURIST));
        d.add(deur("GET /inspecties/activiteiten/{id}/rapport/bijlagen/{bijlage}", Doel.ACTIVITEIT)
                .status(ANALIST, 404)
                .status(BEHEERDER, 404)
                .status(INSPECTEUR, 404)
                .status(JURIST, 404));
        d.add(deur("GET /api/v1/toezichtactiviteiten/{id}/rapport", Doel.ACTIVITEIT)
                .status(ANALIST, 404)
                .status(BEHEERDER, 404)
                .status(INSPECTEUR, 404)
                .status(JURIST, 404));
        d.add(deur("POST /api/v1/toezichtactiviteiten/{id}/rapport/goedkeuring", Doel.ACTIVITEIT)
                .eigen(INSPECTEUR)
                .body(o -> "{}"));
        d.add(deur("POST /api/v1/toezichtactiviteiten/{id}/rapport/publicatie", Doel.ACTIVITEIT)
                .eigen(INSPECTEUR)
                .body(o -> "{}"));
        // the provider portal: a provider's own reports once sent to it (the fixture's provider is none of the
        // demo account's: not found)
        d.add(deur("GET /mijn-rapporten", Doel.GEEN).mag(ZORGAANBIEDER));
        d.add(deur("GET /mijn-rapporten/{id}", Doel.ACTIVITEIT).status(ZORGAANBIEDER, 404));
        d.add(deur("GET /mijn-rapporten/{id}/rapport.pdf", Doel.ACTIVITEIT).status(ZORGAANBIEDER, 404));
        d.add(deur("GET /mijn-rapporten/{id}/bijlagen/{bijlage}", Doel.ACTIVITEIT)
                .status(ZORGAANBIEDER, 404));
        d.add(deur("POST /mijn-rapporten/{id}/zienswijze", Doel.ACTIVITEIT)
                .status(ZORGAANBIEDER, 404)
                .formulier(o -> Map.of("zienswijze", "Matrix")));
        // the view processed point by point (V191), the improvement plan and the re-visit (decision 0098): the team
        // (the fixture is planned: refused in words after the right and need-to-know)
        d.add(deur("POST /inspecties/activiteiten/{id}/rapport/punten", Doel.ACTIVITEIT)
                .eigen(INSPECTEUR)
                .formulier(o -> Map.of("punt", "Matrix", "overgenomen", "true")));
        d.add(deur("POST /inspecties/activiteiten/{id}/rapport/punten/verwijderen", Doel.ACTIVITEIT)
                .eigen(INSPECTEUR)
                .formulier(o -> Map.of("nummer", "1")));
        d.add(deur("PUT /api/v1/toezichtactiviteiten/{id}/rapport/zienswijzepunten", Doel.ACTIVITEIT)
                .eigen(INSPECTEUR)
                .body(o -> "{\"punten\": []}"));
        d.add(deur("POST /inspecties/activiteiten/{id}/verbeterplan", Doel.ACTIVITEIT)
                .eigen(INSPECTEUR)
                .formulier(o -> Map.of("weken", "6")));
        d.add(deur("POST /inspecties/activiteiten/{id}/verbeterplan/beoordeling", Doel.ACTIVITEIT)
                .eigen(INSPECTEUR)
                .formulier(o -> Map.of("oordeel", "AANVAARD")));
        d.add(deur("GET /inspecties/activiteiten/{id}/verbeterplan/bijlagen/{bijlage}", Doel.ACTIVITEIT)
                .status(ANALIST, 404)
                .status(BEHEERDER, 404)
                .status(INSPECTEUR, 404)
                .status(JURIST, 404));
        d.add(deur("POST /inspecties/activiteiten/{id}/hercontrole", Doel.ACTIVITEIT)
                .eigen(INSPECTEUR)
                .formulier(o -> Map.of("soort", "BEZOEK")));
        d.add(deur("POST /mijn-rapporten/{id}/verbeterplan", Doel.ACTIVITEIT)
                .status(ZORGAANBIEDER, 404)
                .formulier(o -> Map.of("sleutel", UUID.randomUUID().toString(), "tekst", "Matrix")));
        d.add(deur("GET /mijn-rapporten/{id}/verbeterplan/bijlagen/{bijlage}", Doel.ACTIVITEIT)
                .status(ZORGAANBIEDER, 404));
        // the improvement plan and the re-visit over the API (issue 14): the same rules as the pages (the fixture is
        // planned: no plan to read, refused in words after the right and need-to-know)
        d.add(deur("GET /api/v1/toezichtactiviteiten/{id}/verbeterplan", Doel.ACTIVITEIT)
                .status(ANALIST, 404)
                .status(BEHEERDER, 404)
                .status(INSPECTEUR, 404)
                .status(JURIST, 404));
        d.add(deur("POST /api/v1/toezichtactiviteiten/{id}/verbeterplan", Doel.ACTIVITEIT)
                .eigen(INSPECTEUR)
                .body(o -> "{\"weken\": 6}"));
        d.add(deur("POST /api/v1/toezichtactiviteiten/{id}/verbeterplan/beoordeling", Doel.ACTIVITEIT)
                .eigen(INSPECTEUR)
                .body(o -> "{\"oordeel\": \"AANVAARD\"}"));
        d.add(deur("GET /api/v1/toezichtactiviteiten/{id}/verbeterplan/bijlagen/{bijlage}", Doel.ACTIVITEIT)
                .status(ANALIST, 404)
                .status(BEHEERDER, 404)
                .status(INSPECTEUR, 404)
                .status(JURIST, 404));
        d.add(deur("POST /api/v1/toezichtactiviteiten/{id}/hercontrole", Doel.ACTIVITEIT)
                .eigen(INSPECTEUR)
                .body(o -> "{\"soort\": \"BEZOEK\"}"));
        // the provider's side: its own reports only (the fixture's provider is none of the demo account's)
        d.add(deur("GET /api/v1/mijn-rapporten/{id}/verbeterplan", Doel.ACTIVITEIT)
                .status(ZORGAANBIEDER, 404));
        d.add(deur("POST /api/v1/mijn-rapporten/{id}/verbeterplan", Doel.ACTIVITEIT)
                .status(ZORGAANBIEDER, 404)
                .body(o -> "{}"));
        d.add(deur("GET /api/v1/mijn-rapporten/{id}/verbeterplan/bijlagen/{bijlage}", Doel.ACTIVITEIT)
                .status(ZORGAANBIEDER, 404));
        // the public page: everyone, without login; a provider's page lists only what is published
        d.add(deur("GET /openbaar/inspectierapporten/{id}", Doel.ZORGAANBIEDER).openbaar());
        d.add(deur("GET /openbaar/inspectierapporten/{id}/{activiteit}.pdf", Doel.ZORGAANBIEDER)
                .iedereen(404));
        // the API of activities (need-to-know per department) and of published reports (public)
        d.add(deur("GET /api/v1/toezichtactiviteiten", Doel.GEEN).mag(INSPECTEUR, JURIST, ANALIST, BEHEERDER));
        d.add(deur("GET /api/v1/toezichtactiviteiten/{id}", Doel.ACTIVITEIT)
                .mag(ANALIST, BEHEERDER)
                .eigen(INSPECTEUR, JURIST));
        d.add(deur("GET /api/v1/openbare-inspectierapporten/{id}", Doel.ZORGAANBIEDER)
                .openbaar());
        d.add(deur("GET /api/v1/openbare-inspectierapporten/{id}/{activiteit}/pdf", Doel.ZORGAANBIEDER)
                .iedereen(404));
        // publication (decision 0092): the team corrects the public version of a final report (the fixture is
        // planned: refused in words); the public search is for everyone
        d.add(deur("POST /inspecties/activiteiten/{id}/rapport/openbare-versie", Doel.ACTIVITEIT)
                .eigen(INSPECTEUR)
                .formulier(o -> Map.of("inleiding", "Matrix")));
        d.add(deur("GET /openbaar/inspectierapporten", Doel.GEEN).openbaar());
        // toezicht met effect: the team of the activity (the fixture is planned: the outcome is refused in words)
        d.add(deur("POST /inspecties/activiteiten/{id}/effect/beoogd", Doel.ACTIVITEIT)
                .eigen(INSPECTEUR)
                .formulier(o -> Map.of("beoogd", "Matrix")));
        d.add(deur("POST /inspecties/activiteiten/{id}/effect/uitkomst", Doel.ACTIVITEIT)
                .eigen(INSPECTEUR)
                .formulier(o -> Map.of("uitkomst", "BEREIKT", "toelichting", "Matrix")));
    }
}
