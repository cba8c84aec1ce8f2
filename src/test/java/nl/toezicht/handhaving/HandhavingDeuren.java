package nl.toezicht.handhaving;

import static nl.toezicht.Autorisatiematrix.deur;
import static nl.toezicht.toegang.Rol.BEHEERDER;
import static nl.toezicht.toegang.Rol.INSPECTEUR;
import static nl.toezicht.toegang.Rol.JURIST;
import static nl.toezicht.toegang.Rol.ZORGAANBIEDER;

import java.util.List;
import java.util.Map;
import nl.toezicht.Autorisatiematrix;
import nl.toezicht.Autorisatiematrix.Deur;
import nl.toezicht.Autorisatiematrix.Doel;

/**
 * The rows of the authorisation matrix for module handhaving (docs/toegang.md): measures are need-to-know per
 * department; legal staff prepare and sign (within the mandate), inspectors and the administrator read.
 */
class HandhavingDeuren implements Autorisatiematrix.Bijdrage {

    @Override
    public void deuren(List<Deur> d) {
        d.add(deur("GET /handhaving", Doel.GEEN).mag(INSPECTEUR, JURIST, BEHEERDER));
        d.add(deur("GET /api/v1/maatregelen", Doel.GEEN).mag(INSPECTEUR, JURIST, BEHEERDER));
        d.add(deur("GET /handhaving/nieuw", Doel.GEEN).mag(JURIST));
        // refused in words (the form lacks the department): the access check passed
        d.add(deur("POST /handhaving", Doel.GEEN).mag(JURIST).formulier(o -> Map.of("soort", "WAARSCHUWING")));
        d.add(deur("POST /api/v1/maatregelen", Doel.GEEN)
                .mag(JURIST)
                .body(o -> Handhavingtestdata.maatregelJson("WAARSCHUWING", o.zorgaanbieder(), "")));
        d.add(deur("GET /handhaving/{id}", Doel.MAATREGEL).mag(BEHEERDER).eigen(INSPECTEUR, JURIST));
        d.add(deur("GET /api/v1/maatregelen/{id}", Doel.MAATREGEL)
                .mag(BEHEERDER)
                .eigen(INSPECTEUR, JURIST));
        d.add(deur("POST /handhaving/{id}/stappen", Doel.MAATREGEL)
                .eigen(JURIST)
                .formulier(o -> Map.of("stap", "INTREKKEN")));
        d.add(deur("POST /handhaving/{id}/brieven", Doel.MAATREGEL)
                .eigen(JURIST)
                .formulier(o -> Map.of("stap", "BESLUIT_VERZENDEN", "aan", "matrix@zorg.example")));
        d.add(deur("POST /handhaving/{id}/gegevens", Doel.MAATREGEL)
                .eigen(JURIST)
                .formulier(o -> Map.of("stap", "BEZWAAR_ONTVANGEN", "ontvangen", "2026-01-01")));
        Map<String, String> bodies = Map.of(
                "stappen", "{\"stap\": \"INTREKKEN\"}",
                "brieven", "{\"stap\": \"BESLUIT_VERZENDEN\", \"aan\": \"matrix@zorg.example\"}",
                "verbeurte", "{\"aantal\": 1}",
                "betalingen", "{\"bedrag\": 1}",
                "afschrijvingen", "{\"bedrag\": 1}",
                "bezwaren", "{\"ontvangen\": \"2026-01-01\"}",
                "bezwaarbeslissingen", "{\"gegrond\": false}",
                "verlengingen", "{\"dagen\": 1}",
                "uitspraak", "{\"uitspraak\": \"Matrixtest\"}");
        // publication (decision 0103): the matrix's measure is a draft warning, refused in words
        Map<String, String> publicatie = Map.of(
                "publicatie/correctie", "{\"samenvatting\": \"Matrix\", \"tekst\": \"Matrix\"}",
                "publicatie/uitstel", "{\"tot\": \"2099-01-01\", \"reden\": \"Matrix\"}",
                "publicatie/afwijking", "{\"reden\": \"Matrix\"}",
                "publicatie/intrekking", "{\"reden\": \"Matrix\"}");
        // the bulk process for annual accounts (a dry run over a year no provider has: nothing changes)
        d.add(deur("GET /api/v1/maatregelen/jaarrekeningen/{jaar}", Doel.GEEN).mag(INSPECTEUR, JURIST, BEHEERDER));
        d.add(deur("GET /handhaving/jaarrekeningen", Doel.GEEN).mag(INSPECTEUR, JURIST, BEHEERDER));
        d.add(deur("GET /handhaving/jaarrekeningen/{jaar}/rondes", Doel.GEEN).mag(INSPECTEUR, JURIST, BEHEERDER));
        d.add(deur("POST /handhaving/jaarrekeningen/{jaar}/rondes", Doel.GEEN)
                .mag(JURIST)
                .formulier(o -> Map.of("fase", "VOORNEMENS", "droog", "true")));
        // no file: refused in words on the page (the door let the jurist through)
        d.add(deur("POST /handhaving/jaarrekeningen/deponeringen", Doel.GEEN)
                .mag(JURIST)
                .formulier(o -> Map.of("jaar", "1901")));
        // a run nobody started: 404 for who may read runs, 403 at the door for the others
        d.add(deur("GET /api/v1/maatregelen/jaarrekeningen/rondes/{ronde}", Doel.GEEN)
                .status(INSPECTEUR, 404)
                .status(JURIST, 404)
                .status(BEHEERDER, 404));
        d.add(deur("POST /api/v1/maatregelen/jaarrekeningen/{jaar}/rondes", Doel.GEEN)
                .mag(JURIST)
                .body(o -> "{\"fase\": \"VOORNEMENS\", \"droog\": true}"));
        d.add(deur("POST /api/v1/maatregelen/jaarrekeningen/deponeringen", Doel.GEEN)
                .mag(JURIST)
                .body(o -> "{}"));
        // the fine policy table (decision 0094): read by who reads measures, a new version only by the administrator
        // (a start day in the past: refused in words, nothing stored)
        d.add(deur("GET /handhaving/boetebeleid", Doel.GEEN).mag(INSPECTEUR, JURIST, BEHEERDER));
        d.add(deur("POST /handhaving/boetebeleid", Doel.GEEN)
                .mag(BEHEERDER)
                .formulier(o -> Map.of("geldigVanaf", "1901-01-01", "omschrijving", "Matrixtest")));
        // the mandate table (decision 0095): read by who reads measures, changed by the administrator (no reason:
        // refused in words, nothing changed)
        d.add(deur("GET /handhaving/mandaten", Doel.GEEN).mag(INSPECTEUR, JURIST, BEHEERDER));
        d.add(deur("POST /handhaving/mandaten", Doel.GEEN)
                .mag(BEHEERDER)
                .formulier(o -> Map.of("rol", "ANALIST", "soort", "TUCHTKLACHT")));
        // publication (decision 0103): the legal staff's form (a draft warning has none: refused in words); the
        // state for who reads the measure (none: 404); the public pages and API for everyone, without login
        d.add(deur("POST /handhaving/{id}/publicatie", Doel.MAATREGEL)
                .eigen(JURIST)
                .formulier(o -> Map.of("actie", "intrekken", "reden", "Matrix")));
        d.add(deur("GET /api/v1/maatregelen/{id}/publicatie", Doel.MAATREGEL)
                .status(BEHEERDER, 404)
                .status(INSPECTEUR, 404)
                .status(JURIST, 404));
        d.add(deur("GET /openbaar/maatregelen", Doel.GEEN).openbaar());
        d.add(deur("GET /openbaar/maatregelen/zorgaanbieders/{id}", Doel.ZORGAANBIEDER)
                .openbaar());
        d.add(deur("GET /openbaar/maatregelen/{id}.pdf", Doel.MAATREGEL).iedereen(404));
        d.add(deur("GET /api/v1/openbare-maatregelen", Doel.GEEN).openbaar());
        d.add(deur("GET /api/v1/openbare-maatregelen/{id}/pdf", Doel.MAATREGEL).iedereen(404));
        // the provider portal: its own list; the matrix's measure is another provider's (404, logged)
        d.add(deur("GET /mijn-maatregelen", Doel.GEEN).mag(ZORGAANBIEDER));
        d.add(deur("GET /mijn-maatregelen/{id}", Doel.MAATREGEL).status(ZORGAANBIEDER, 404));
        d.add(deur("GET /mijn-maatregelen/{id}/brieven/{brief}", Doel.MAATREGEL).status(ZORGAANBIEDER, 404));
        publicatie.forEach((pad, body) -> d.add(deur("POST /api/v1/maatregelen/{id}/" + pad, Doel.MAATREGEL)
                .eigen(JURIST)
                .body(o -> body)));
        bodies.forEach((pad, body) -> d.add(deur("POST /api/v1/maatregelen/{id}/" + pad, Doel.MAATREGEL)
                .eigen(JURIST)
                .body(o -> body)));
    }
}
