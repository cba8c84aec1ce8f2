package nl.toezicht.meldingen;

import static nl.toezicht.meldingen.Meldingfixtures.eenKlachtVanEenBurger;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.util.Map;
import java.util.UUID;
import nl.toezicht.Api;
import nl.toezicht.IntegratieTest;
import nl.toezicht.Multipart;
import nl.toezicht.Sessie;
import nl.toezicht.kern.Zorgsector;
import nl.toezicht.register.Registertestdata;
import nl.toezicht.register.Zorgaanbiederlader;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

@IntegratieTest
class MeldingViewIT {

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Zorgaanbiederlader zorgaanbiederlader;

    @Autowired
    TransactionTemplate transacties;

    @Autowired
    Clock klok;

    @Test
    void intakeStaffFindANotificationInTheListAndSeeAllItsDetailsEscaped() {
        String vijandig = "<img src=x onerror=alert(1)> " + UUID.randomUUID();
        Multipart multipart = new Multipart()
                .json(
                        "melding",
                        eenKlachtVanEenBurger()
                                .met("sector", "NETWERKZORG")
                                .met("omschrijving", vijandig)
                                .tekst())
                .bestand("bijlagen", "verslag.pdf", "application/pdf", Meldingfixtures.eenPdf());
        var ontvangen = Api.op(port).post("/api/v1/meldingen", multipart.contentType(), multipart.bytes());
        String id = ontvangen.json().get("id").asString();
        String referentie = ontvangen.json().get("referentie").asString();
        Sessie intake = Sessie.op(port).inloggen("intake");

        Api.Antwoord lijst = intake.get("/meldingen?sector=NETWERKZORG&ongekoppeld=true");
        assertThat(lijst.status()).isEqualTo(200);
        assertThat(lijst.tekst()).contains(referentie, "href=\"/meldingen/" + id + "\"", "Nog niet gekoppeld");
        assertThat(intake.get("/meldingen?sector=JEUGD&soort=CALAMITEIT").tekst())
                .doesNotContain(referentie);

        Api.Antwoord detail = intake.get("/meldingen/" + id);
        assertThat(detail.status()).isEqualTo(200);
        assertThat(detail.tekst())
                .contains("&lt;img src=x onerror=alert(1)&gt;")
                .doesNotContain("<img src=x")
                .contains("Verpleeghuis De Linde, Utrecht", "els@example.nl", "Netwerkzorg", "Klacht of signaal")
                .contains("/api/v1/meldingen/" + id + "/bijlagen/", "verslag.pdf")
                .contains("Koppelen aan een zorgaanbieder");
    }

    @Test
    void intakeLinksANotificationThroughTheDetailPage() {
        String id = Api.op(port)
                .postJson("/api/v1/meldingen", eenKlachtVanEenBurger().tekst())
                .json()
                .get("id")
                .asString();
        UUID zorgaanbieder = new Registertestdata(zorgaanbiederlader, transacties, klok)
                .zorgaanbieder("Thuiszorg Het Anker", Zorgsector.VERZORGING_EN_VERPLEGING)
                .zorgaanbieder()
                .waarde();
        Sessie intake = Sessie.op(port).inloggen("intake");

        intake.get("/meldingen/" + id);
        Api.Antwoord ongeldig =
                intake.post("/meldingen/" + id + "/zorgaanbieder", Map.of("zorgaanbiederId", "geen-id"));
        assertThat(ongeldig.status()).isEqualTo(200);
        assertThat(ongeldig.tekst())
                .contains("id=\"zorgaanbiederId-fout\"", "value=\"geen-id\"", "href=\"#zorgaanbiederId\"");

        Api.Antwoord onbekend = intake.post(
                "/meldingen/" + id + "/zorgaanbieder",
                Map.of("zorgaanbiederId", UUID.randomUUID().toString()));
        assertThat(onbekend.tekst()).contains("Deze zorgaanbieder staat niet in het register.");

        Api.Antwoord gekoppeld =
                intake.post("/meldingen/" + id + "/zorgaanbieder", Map.of("zorgaanbiederId", zorgaanbieder.toString()));
        assertThat(gekoppeld.status()).isEqualTo(302);
        assertThat(intake.get("/meldingen/" + id).tekst())
                .contains("De melding is gekoppeld aan de zorgaanbieder.", zorgaanbieder.toString());
        assertThat(jdbc.sql("select zorgaanbieder_id from meldingen.melding where id = ?")
                        .param(UUID.fromString(id))
                        .query(UUID.class)
                        .single())
                .isEqualTo(zorgaanbieder);
    }

    @Test
    void intakeFindsTheProviderInTheRegisterByAMistypedNameAndLinksItWithALocation() {
        String id = Api.op(port)
                .postJson("/api/v1/meldingen", eenKlachtVanEenBurger().tekst())
                .json()
                .get("id")
                .asString();
        String woord = "Zorgvilla" + Long.toString(System.nanoTime(), 36);
        String kvk = "9" + String.format("%07d", Math.floorMod(System.nanoTime(), 10_000_000L));
        Api.Antwoord geregistreerd =
                Api.op(port).als("intake").postJson("/api/v1/zorgaanbieders", """
                {"naam": "%s Oost", "kvkNummer": "%s", "sectoren": ["VERZORGING_EN_VERPLEGING"],
                 "locaties": [{"naam": "Huize Oost", "adres": "Dorpsstraat 4", "postcode": "7411 AB",
                               "plaats": "Deventer", "gemeente": "Deventer"}]}
                """.formatted(woord, kvk));
        assertThat(geregistreerd.status()).as(geregistreerd.toString()).isEqualTo(201);
        String zorgaanbieder = geregistreerd.json().get("id").asString();
        String locatie = geregistreerd.json().get("locaties").get(0).get("id").asString();
        Sessie intake = Sessie.op(port).inloggen("intake");

        String mistypt = woord.substring(0, woord.length() - 1) + " Ost";
        Api.Antwoord resultaten = intake.get("/meldingen/" + id + "?zoek="
                + java.net.URLEncoder.encode(mistypt, java.nio.charset.StandardCharsets.UTF_8));
        assertThat(resultaten.tekst())
                .contains(
                        "Koppelen aan " + woord + " Oost",
                        "KvK-nummer</dt><dd>" + kvk + "</dd>",
                        "Huize Oost, Dorpsstraat 4, Deventer")
                .contains("value=\"" + zorgaanbieder + "\"", "value=\"" + locatie + "\"");
        assertThat(intake.get("/meldingen/" + id + "?zoek=qqqqxxxxzzzz").tekst())
                .contains("Geen zorgaanbieder gevonden");

        Api.Antwoord gekoppeld = intake.post(
                "/meldingen/" + id + "/zorgaanbieder", Map.of("zorgaanbiederId", zorgaanbieder, "locatieId", locatie));
        assertThat(gekoppeld.status()).isEqualTo(302);
        assertThat(intake.get("/meldingen/" + id).tekst()).contains(woord + " Oost");
        assertThat(jdbc.sql("select locatie_id from meldingen.melding where id = ?")
                        .param(UUID.fromString(id))
                        .query(UUID.class)
                        .single())
                .isEqualTo(UUID.fromString(locatie));
    }

    @Test
    void anInspectorDoesNotGetTheLinkingForm() {
        String id = Api.op(port)
                .postJson(
                        "/api/v1/meldingen",
                        eenKlachtVanEenBurger().met("sector", "GGZ").tekst())
                .json()
                .get("id")
                .asString();
        Sessie inspecteur = Sessie.op(port).inloggen("inspecteur.ggz");
        Api.Antwoord detail = inspecteur.get("/meldingen/" + id);
        assertThat(detail.status()).isEqualTo(200);
        assertThat(detail.tekst()).doesNotContain("Koppelen aan een zorgaanbieder");
        Api.Antwoord poging = inspecteur.post(
                "/meldingen/" + id + "/zorgaanbieder",
                Map.of("zorgaanbiederId", UUID.randomUUID().toString()));
        assertThat(poging.status()).isEqualTo(403);
    }

    @Test
    void staffPagesNeedLoginAndUnknownNotificationsAreNotFound() {
        Api.Antwoord anoniem = Sessie.op(port).get("/meldingen");
        assertThat(anoniem.status()).isEqualTo(302);
        assertThat(anoniem.header("Location")).endsWith("/inloggen");
        assertThat(Sessie.op(port)
                        .inloggen("intake")
                        .get("/meldingen/" + UUID.randomUUID())
                        .status())
                .isEqualTo(404);
    }
}
