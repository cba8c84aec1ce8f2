package nl.toezicht.handhaving;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;
import nl.toezicht.Api;
import nl.toezicht.Autorisatiematrix;

/** Fixtures for the enforcement tests: a provider in the register, a measure through the API, a PDF as text. */
public final class Handhavingtestdata {

    private Handhavingtestdata() {}

    /** A new GGZ provider registered through the register's API. */
    public static UUID zorgaanbieder(int poort) {
        Api.Antwoord antwoord =
                Api.op(poort).als("intake").postJson("/api/v1/zorgaanbieders", Autorisatiematrix.zorgaanbiederJson());
        assertThat(antwoord.status()).as(antwoord.toString()).isEqualTo(201);
        return UUID.fromString(antwoord.json().get("id").asString());
    }

    /** The JSON of a measure of this kind for the provider, with extra fields (",\"bedrag\": 10") appended. */
    public static String maatregelJson(String soort, UUID zorgaanbieder, String extra) {
        return """
                {"soort": "%s", "afdeling": "GGZ", "zorgaanbieder": "%s", "aanleiding": "SIGNAAL",
                 "wet": "Wkkgz", "artikel": "art. 27 lid 1",
                 "omschrijving": "De zorgaanbieder laat medicatie toedienen door onbevoegd personeel."%s}
                """.formatted(soort, zorgaanbieder, extra);
    }

    /** Prepares a measure as the jurist; returns its id. */
    public static UUID maatregel(int poort, String soort, UUID zorgaanbieder, String extra) {
        Api.Antwoord antwoord =
                Api.op(poort).als("jurist").postJson("/api/v1/maatregelen", maatregelJson(soort, zorgaanbieder, extra));
        assertThat(antwoord.status()).as(antwoord.toString()).isEqualTo(201);
        return UUID.fromString(antwoord.json().get("id").asString());
    }

    /** A warning in preparation for the provider in this department, written as handhaving stores it. */
    public static UUID maatregel(
            org.springframework.jdbc.core.simple.JdbcClient jdbc, String afdeling, UUID zorgaanbieder) {
        UUID id = UUID.randomUUID();
        jdbc.sql("insert into handhaving.maatregel (id, referentie, soort, status, afdeling, zorgaanbieder_id,"
                        + " aanleiding, wet, artikel, omschrijving, aangemaakt_op, aangemaakt_door)"
                        + " values (?, ?, 'WAARSCHUWING', 'CONCEPT', ?, ?, 'SIGNAAL', 'Wkkgz', 'art. 27',"
                        + " 'Matrixtest', now(), 'test')")
                .params(id, "H-TEST-" + id.toString().substring(0, 8), afdeling, zorgaanbieder)
                .update();
        return id;
    }

    /** The PDF's text as pdftotext reads it (poppler-utils), whitespace folded. */
    public static String pdftotext(byte[] pdf) throws Exception {
        Path bestand = Files.createTempFile("maatregel", ".pdf");
        try {
            Files.write(bestand, pdf);
            Process p = new ProcessBuilder("pdftotext", bestand.toString(), "-")
                    .redirectErrorStream(true)
                    .start();
            String tekst = new String(p.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
            assertThat(p.waitFor()).isZero();
            return tekst.replaceAll("\\s+", " ");
        } finally {
            Files.deleteIfExists(bestand);
        }
    }
}
