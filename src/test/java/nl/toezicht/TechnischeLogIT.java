package nl.toezicht;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.spi.IThrowableProxy;
import ch.qos.logback.core.read.ListAppender;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * No personal data in the application's own technical log (issue 4, ASVS 16.2.5 / 14.2.x): everything the
 * application logs while a notification with a known patient, BSN, e-mail address and phone number is
 * taken in (API and form, valid and refused), read, searched and handled is captured and scanned.
 */
@IntegratieTest
class TechnischeLogIT {

    private static final String NAAM = "Zacharias Logvermijder";
    private static final String BSN = "123456782";
    private static final String EMAIL = "zacharias.logvermijder@example.nl";
    private static final String TELEFOON = "0687654321";
    private static final String MELDER = "Melanie Meldster";

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Test
    void theTechnicalLogHoldsNoPatientOrReporterData() {
        Logger root = (Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
        Logger toezicht = (Logger) LoggerFactory.getLogger("nl.toezicht");
        Level was = toezicht.getLevel();
        ListAppender<ILoggingEvent> opgevangen = new ListAppender<>();
        opgevangen.start();
        root.addAppender(opgevangen);
        // everything our own code could say, down to debug (frameworks at their configured level, as in production)
        toezicht.setLevel(Level.DEBUG);
        try {
            // proves the capture works: this line must be among what is scanned
            LoggerFactory.getLogger("nl.toezicht.TechnischeLogIT").info("scan begint");
            doeAlles();
        } finally {
            root.detachAppender(opgevangen);
            toezicht.setLevel(was);
        }

        List<String> regels =
                opgevangen.list.stream().map(TechnischeLogIT::alsTekst).toList();
        assertThat(regels).as("captured log lines").contains("scan begint");
        for (String gevoelig : List.of(NAAM, "Logvermijder", BSN, EMAIL, TELEFOON, MELDER, "1961-07-04")) {
            assertThat(regels).as("log lines containing " + gevoelig).noneMatch(r -> r.contains(gevoelig));
        }
    }

    private void doeAlles() {
        String melding = """
                {"bron": "ZORGAANBIEDER", "soort": "CALAMITEIT", "sector": "GGZ", "kvkNummer": "90000001",
                 "datumGebeurtenis": "2026-02-10", "omschrijving": "Val in de badkamer.",
                 "patient": {"naam": "%s", "geboortedatum": "1961-07-04", "bsn": "%s"},
                 "melder": {"naam": "%s", "email": "%s", "telefoon": "%s"}}
                """.formatted(NAAM, BSN, MELDER, EMAIL, TELEFOON);
        Api.Antwoord gemeld = Api.op(port).postJson("/api/v1/meldingen", melding);
        assertThat(gemeld.status()).as(gemeld.toString()).isEqualTo(201);
        UUID id = UUID.fromString(gemeld.json().get("id").asString());
        // refused input: a wrong BSN, an unknown field that quotes the data, broken JSON
        Api.op(port).postJson("/api/v1/meldingen", melding.replace(BSN, "123456789"));
        Api.op(port).postJson("/api/v1/meldingen", melding.replace("\"bron\"", "\"" + EMAIL + "\": 1, \"bron\""));
        Api.op(port).postJson("/api/v1/meldingen", melding.substring(0, 120));

        Sessie burger = Sessie.op(port);
        burger.get("/melden/burger");
        burger.post(
                "/melden/burger",
                Map.of(
                        "formulierSleutel",
                        burger.verborgen("formulierSleutel"),
                        "sector",
                        "GGZ",
                        "soort",
                        "KLACHT_OF_SIGNAAL",
                        "zorgaanbieder",
                        "Kliniek",
                        "omschrijving",
                        "Klacht.",
                        "naam",
                        MELDER,
                        "email",
                        EMAIL,
                        "telefoon",
                        TELEFOON,
                        "patientBsn",
                        BSN));

        UUID zaak = zaakVan(id);
        Api intake = Api.op(port).als("intake");
        intake.get("/api/v1/meldingen/" + id);
        intake.get("/api/v1/meldingen?sector=GGZ");
        Sessie.op(port).als("intake").get("/meldingen/" + id);
        Sessie.op(port).als("inspecteur.ggz").get("/zaken/" + zaak);
        Api.op(port).als("inspecteur.ggz").postJson("/api/v1/zaken/" + zaak + "/statuswijzigingen", """
                {"transitie": "START_TRIAGE", "toelichting": "Gebeld met %s"}""".formatted(
                        MELDER));
        Api.op(port).als("inspecteur.jeugd").get("/api/v1/meldingen/" + id);
        Api.op(port).als("analist").get("/api/v1/meldingen/" + id);
        Api.op(port).als("zorgaanbieder").get("/api/v1/mijn-meldingen");
    }

    private UUID zaakVan(UUID melding) {
        return Wachten.opZaakVan(jdbc, melding);
    }

    private static String alsTekst(ILoggingEvent e) {
        StringBuilder tekst = new StringBuilder(e.getFormattedMessage());
        e.getMDCPropertyMap()
                .forEach((k, v) -> tekst.append(' ').append(k).append('=').append(v));
        for (IThrowableProxy t = e.getThrowableProxy(); t != null; t = t.getCause()) {
            tekst.append(' ').append(t.getClassName()).append(": ").append(t.getMessage());
        }
        return tekst.toString();
    }
}
