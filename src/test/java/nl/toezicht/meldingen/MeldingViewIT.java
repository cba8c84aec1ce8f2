package nl.toezicht.meldingen;

import static nl.toezicht.meldingen.Meldingfixtures.eenKlachtVanEenBurger;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.Map;
import java.util.UUID;
import nl.toezicht.Api;
import nl.toezicht.IntegratieTest;
import nl.toezicht.meldingen.Meldingfixtures.Multipart;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

@IntegratieTest
class MeldingViewIT {

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

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
        Browser intake = new Browser(port).inloggen("intake");

        HttpResponse<String> lijst = intake.get("/meldingen?sector=NETWERKZORG&ongekoppeld=true");
        assertThat(lijst.statusCode()).isEqualTo(200);
        assertThat(lijst.body()).contains(referentie, "href=\"/meldingen/" + id + "\"", "Niet gekoppeld");
        assertThat(intake.get("/meldingen?sector=JEUGD&soort=CALAMITEIT").body())
                .doesNotContain(referentie);

        HttpResponse<String> detail = intake.get("/meldingen/" + id);
        assertThat(detail.statusCode()).isEqualTo(200);
        assertThat(detail.body())
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
        UUID zorgaanbieder = UUID.randomUUID();
        jdbc.sql("insert into register.zorgaanbieder (id, naam, kvk_nummer, sectoren, aangemaakt_op, gewijzigd_op) "
                        + "values (?, 'Thuiszorg Het Anker', ?, '{VERZORGING_EN_VERPLEGING}', now(), now())")
                .params(
                        zorgaanbieder,
                        String.format("%08d", Math.floorMod(zorgaanbieder.getLeastSignificantBits(), 100_000_000L)))
                .update();
        Browser intake = new Browser(port).inloggen("intake");

        intake.get("/meldingen/" + id);
        HttpResponse<String> ongeldig =
                intake.post("/meldingen/" + id + "/zorgaanbieder", Map.of("zorgaanbiederId", "geen-id"));
        assertThat(ongeldig.statusCode()).isEqualTo(200);
        assertThat(ongeldig.body())
                .contains("id=\"zorgaanbiederId-fout\"", "value=\"geen-id\"", "href=\"#zorgaanbiederId\"");

        HttpResponse<String> onbekend = intake.post(
                "/meldingen/" + id + "/zorgaanbieder",
                Map.of("zorgaanbiederId", UUID.randomUUID().toString()));
        assertThat(onbekend.body()).contains("Deze zorgaanbieder staat niet in het register.");

        HttpResponse<String> gekoppeld =
                intake.post("/meldingen/" + id + "/zorgaanbieder", Map.of("zorgaanbiederId", zorgaanbieder.toString()));
        assertThat(gekoppeld.statusCode()).isEqualTo(302);
        assertThat(intake.get("/meldingen/" + id).body())
                .contains("De melding is gekoppeld aan de zorgaanbieder.", zorgaanbieder.toString());
        assertThat(jdbc.sql("select zorgaanbieder_id from meldingen.melding where id = ?")
                        .param(UUID.fromString(id))
                        .query(UUID.class)
                        .single())
                .isEqualTo(zorgaanbieder);
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
        Browser inspecteur = new Browser(port).inloggen("inspecteur.ggz");
        HttpResponse<String> detail = inspecteur.get("/meldingen/" + id);
        assertThat(detail.statusCode()).isEqualTo(200);
        assertThat(detail.body()).doesNotContain("Koppelen aan een zorgaanbieder");
        HttpResponse<String> poging = inspecteur.post(
                "/meldingen/" + id + "/zorgaanbieder",
                Map.of("zorgaanbiederId", UUID.randomUUID().toString()));
        assertThat(poging.statusCode()).isEqualTo(403);
    }

    @Test
    void staffPagesNeedLoginAndUnknownNotificationsAreNotFound() {
        HttpResponse<String> anoniem = new Browser(port).get("/meldingen");
        assertThat(anoniem.statusCode()).isEqualTo(302);
        assertThat(anoniem.headers().firstValue("Location").orElseThrow()).endsWith("/inloggen");
        assertThat(new Browser(port)
                        .inloggen("intake")
                        .get("/meldingen/" + UUID.randomUUID())
                        .statusCode())
                .isEqualTo(404);
    }
}
