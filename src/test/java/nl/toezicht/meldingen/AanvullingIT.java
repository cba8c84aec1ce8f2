package nl.toezicht.meldingen;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.UUID;
import nl.toezicht.Api;
import nl.toezicht.IntegratieTest;
import nl.toezicht.Multipart;
import nl.toezicht.Sessie;
import nl.toezicht.Wachten;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The reporter adds information later through the private status link (issue 13 item 10): text and an
 * attachment land on the notification and on the case's timeline, the case's inspector gets an alert, the
 * reporter a Dutch acknowledgement, a retry stores nothing twice; too many or wrong files, an empty or too long
 * text are refused in Dutch with nothing stored; hostile text is kept as text; a handled notification takes
 * nothing more, and says so.
 */
@IntegratieTest
class AanvullingIT {

    static final String INSPECTEUR = "inspecteur.ggz";
    static final byte[] PNG = new byte[] {
        (byte) 0x89,
        'P',
        'N',
        'G',
        '\r',
        '\n',
        0x1a,
        '\n',
        0,
        0,
        0,
        0x0d,
        'I',
        'H',
        'D',
        'R',
        0,
        0,
        0,
        1,
        0,
        0,
        0,
        1,
        8,
        6,
        0,
        0,
        0,
        0x1f,
        0x15,
        (byte) 0xc4,
        (byte) 0x89
    };

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    UUID melding;
    UUID zaak;
    String statusPad;
    Sessie melder;

    @BeforeEach
    void eenMeldingVanEenBurger() {
        Api.Antwoord gemeld = Api.op(port).postJson("/api/v1/meldingen", """
                {"bron": "BURGER", "soort": "KLACHT_OF_SIGNAAL", "sector": "GGZ",
                 "datumGebeurtenis": "2026-02-10", "omschrijving": "Mijn moeder kreeg de verkeerde medicatie.",
                 "melder": {"naam": "Bea Burger", "email": "bea@example.nl"}}
                """);
        assertThat(gemeld.status()).as(gemeld.toString()).isEqualTo(201);
        melding = UUID.fromString(gemeld.json().get("id").asString());
        String statusUrl = gemeld.json().get("statusUrl").asString();
        statusPad = statusUrl.substring(statusUrl.indexOf("/status/"));
        Wachten.tot(
                () -> jdbc.sql("select count(*) from zaken.zaak_melding where melding_id = ?")
                                .param(melding)
                                .query(Integer.class)
                                .single()
                        == 1,
                Duration.ofSeconds(20),
                "the case");
        zaak = jdbc.sql("select zaak from zaken.zaak_melding where melding_id = ?")
                .param(melding)
                .query(UUID.class)
                .single();
        Api ggz = Api.op(port).als(INSPECTEUR);
        Api.Antwoord toegewezen = ggz.send(HttpRequest.newBuilder(ggz.uri("/api/v1/zaken/" + zaak + "/inspecteur"))
                .header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString("{\"inspecteur\":\"" + INSPECTEUR + "\"}")));
        assertThat(toegewezen.status()).as(toegewezen.toString()).isEqualTo(200);
        melder = Sessie.op(port);
    }

    @Test
    void textAndAnAttachmentLandOnTheCaseTimelineAlertTheInspectorAndARetryStoresNothingTwice() {
        Api.Antwoord status = melder.get(statusPad);
        assertThat(status.tekst()).contains("Informatie toevoegen aan uw melding");
        Api.Antwoord pagina = melder.get(statusPad + "/aanvullen");
        assertThat(pagina.status()).isEqualTo(200);
        String sleutel = melder.verborgen("sleutel");
        String tekst = "Ik vergat: het gebeurde twee keer. <script>alert('x')</script> & \"meer\"";

        Api.Antwoord verstuurd = stuur(sleutel, tekst, new Bestand("foto.png", "image/png", PNG));
        assertThat(verstuurd.status()).as(verstuurd.toString()).isEqualTo(302);
        assertThat(melder.get(verstuurd.header("Location")).tekst())
                .contains("Bedankt, uw aanvulling is ontvangen")
                .contains("De inspecteur die uw melding behandelt is op de hoogte gebracht.")
                .doesNotContain("Er is een probleem");
        Api.Antwoord nogmaals = stuur(sleutel, tekst, new Bestand("foto.png", "image/png", PNG));
        assertThat(nogmaals.status()).isEqualTo(302);

        assertThat(tel("select count(*) from meldingen.aanvulling where melding = ?"))
                .isEqualTo(1);
        assertThat(jdbc.sql("select tekst from meldingen.aanvulling where melding = ?")
                        .param(melding)
                        .query(String.class)
                        .single())
                .isEqualTo(tekst);
        assertThat(tel("select count(*) from meldingen.bijlage where melding_id = ? and aanvulling = 1"))
                .isEqualTo(1);

        Wachten.tot(
                () -> jdbc.sql("select count(*) from berichten.bericht where ontvanger = ? and soort ="
                                        + " 'AANVULLING_MELDER' and sleutel like ?")
                                .param(INSPECTEUR)
                                .param("aanvulling:" + melding + ":%")
                                .query(Integer.class)
                                .single()
                        == 1,
                Duration.ofSeconds(20),
                "the inspector's alert");
        assertThat(jdbc.sql("select toelichting from zaken.statuswijziging where zaak = ?"
                                + " and transitie = 'AANVULLING_ONTVANGEN'")
                        .param(zaak)
                        .query(String.class)
                        .list())
                .singleElement()
                .asString()
                .contains("het gebeurde twee keer")
                .contains("1 bijlage");
        // the inspector reads it on the case's timeline, as text
        String zaakpagina =
                Sessie.op(port).als(INSPECTEUR).get("/zaken/" + zaak).tekst();
        assertThat(zaakpagina)
                .contains("Aanvulling van de melder ontvangen")
                .contains("het gebeurde twee keer")
                .doesNotContain("<script>alert");
        // the reporter sees what they added, and the notification's status page stays as it was
        assertThat(melder.get(statusPad + "/aanvullen").tekst())
                .contains("Wat u al toevoegde")
                .contains("1 bijlage");
    }

    @Test
    void tooManyOrWrongFilesAndEmptyOrTooLongTextAreRefusedInDutchWithNothingStored() {
        melder.get(statusPad + "/aanvullen");
        String sleutel = melder.verborgen("sleutel");

        Api.Antwoord leeg = stuur(sleutel, "   ");
        assertThat(leeg.status()).isEqualTo(200);
        assertThat(leeg.tekst()).contains("Schrijf wat u wilt toevoegen, of kies een bijlage.");

        Api.Antwoord teLang = stuur(sleutel, "x".repeat(5001));
        assertThat(teLang.tekst()).contains("Uw tekst mag hoogstens 5000 tekens zijn.");
        assertThat(teLang.tekst()).as("the text is kept").contains("x".repeat(5001));

        Bestand[] zes = new Bestand[6];
        Arrays.fill(zes, new Bestand("foto.png", "image/png", PNG));
        assertThat(stuur(sleutel, "zes foto's", zes).tekst())
                .contains("U kunt hoogstens 5 bijlagen tegelijk toevoegen.");

        Api.Antwoord exe = stuur(
                sleutel,
                "een programma",
                new Bestand("foto.png", "image/png", "MZ\u0090\u0000binary".getBytes(StandardCharsets.ISO_8859_1)));
        assertThat(exe.tekst()).contains("foto.png: dit bestand is geen PDF, JPEG, PNG of Word-document");

        byte[] groot = Arrays.copyOf(PNG, 21 * 1024 * 1024);
        assertThat(stuur(sleutel, "groot", new Bestand("groot.png", "image/png", groot))
                        .tekst())
                .contains("groot.png: dit bestand is groter dan 20 MB");

        assertThat(tel("select count(*) from meldingen.aanvulling where melding = ?"))
                .isZero();
        assertThat(tel("select count(*) from meldingen.bijlage where melding_id = ?"))
                .isZero();
        // an unknown link finds nothing
        assertThat(Sessie.op(port)
                        .get("/status/onbekend-" + UUID.randomUUID() + "/aanvullen")
                        .status())
                .isEqualTo(404);
    }

    @Test
    void aHandledNotificationTakesNothingMoreAndSaysSo() {
        melder.get(statusPad + "/aanvullen");
        String sleutel = melder.verborgen("sleutel");
        jdbc.sql("update meldingen.melding set status = 'AFGEHANDELD' where id = ?")
                .param(melding)
                .update();

        assertThat(melder.get(statusPad).tekst()).doesNotContain("Informatie toevoegen aan uw melding");
        Api.Antwoord pagina = melder.get(statusPad + "/aanvullen");
        assertThat(pagina.tekst()).contains("is afgehandeld. U kunt er geen informatie meer aan toevoegen.");
        assertThat(pagina.tekst()).doesNotContain("name=\"tekst\"");

        Api.Antwoord geweigerd = stuur(sleutel, "Nog iets");
        assertThat(geweigerd.status()).isEqualTo(200);
        assertThat(geweigerd.tekst()).contains("is afgehandeld. U kunt er geen informatie meer aan toevoegen.");
        assertThat(tel("select count(*) from meldingen.aanvulling where melding = ?"))
                .isZero();
    }

    record Bestand(String naam, String type, byte[] inhoud) {}

    private Api.Antwoord stuur(String sleutel, String tekst, Bestand... bestanden) {
        Multipart m = new Multipart()
                .tekst("_csrf", melder.csrf())
                .tekst("sleutel", sleutel)
                .tekst("tekst", tekst);
        for (Bestand b : bestanden) {
            m.bestand("bijlagen", b.naam(), b.type(), b.inhoud());
        }
        return melder.post(statusPad + "/aanvullen", m.contentType(), m.bytes());
    }

    private long tel(String sql) {
        return jdbc.sql(sql).param(melding).query(Long.class).single();
    }
}
