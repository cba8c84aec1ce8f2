package nl.toezicht.berichten;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.mail.internet.MimeMessage;
import java.net.http.HttpRequest;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import nl.toezicht.Api;
import nl.toezicht.Autorisatiematrix;
import nl.toezicht.IntegratieTest;
import nl.toezicht.Sessie;
import nl.toezicht.Testpost;
import nl.toezicht.Wachten;
import nl.toezicht.toegang.Toegangtestdata;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Alerts (issue 13.5, docs/berichten.md), one rule per test: an assigned case in the application and by e-mail
 * (to the in-test SMTP server) with a link and nothing of the case, once; in-app only; opening marks read and
 * only one's own; the deadline in three working days, once per deadline.
 */
@IntegratieTest
class BerichtenIT {

    static final String INSPECTEUR = "inspecteur.ggz";

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Berichten berichten;

    @Autowired
    java.time.Clock klok;

    @Autowired
    Mailbezorging bezorging;

    @Autowired
    Termijnherinnering herinnering;

    String adres;

    @BeforeEach
    void adres() {
        adres = "inspecteur.ggz." + UUID.randomUUID().toString().substring(0, 8) + "@inspectie.example";
        Toegangtestdata.emailadres(jdbc, INSPECTEUR, adres);
        jdbc.sql("delete from berichten.voorkeur where gebruikersnaam = ?")
                .param(INSPECTEUR)
                .update();
    }

    @Test
    void anAssignedCaseAlertsTheInspectorInTheAppAndOnceByMailWithALinkAndNothingOfTheCase() throws Exception {
        UUID zaak = zaak();
        String referentie = referentie(zaak);
        wijsToe(zaak);
        Wachten.tot(() -> aantal(INSPECTEUR, referentie) == 1, "the alert of the assignment");

        Sessie inspecteur = Sessie.op(port).als(INSPECTEUR);
        String kop = inspecteur.get("/mijn-werk").tekst();
        assertThat(kop).containsPattern("id=\"berichten-bel\"[^>]*aria-label=\"Berichten: [1-9][0-9]* ongelezen\"");
        String lijst = inspecteur.get("/berichten").tekst();
        assertThat(lijst).contains("Zaak " + referentie + " is aan u toegewezen.");

        bezorging.bezorg();
        List<MimeMessage> mails = aan(adres);
        assertThat(mails).hasSize(1);
        MimeMessage mail = mails.get(0);
        String tekst = mail.getContent().toString();
        assertThat(mail.getSubject()).isEqualTo("Toezicht: zaak " + referentie + " aan u toegewezen");
        assertThat(tekst)
                .contains("http://localhost:8080/zaken/" + zaak)
                .doesNotContain("Matrixtest", "val tijdens nachtdienst", "87654321");
        assertThat(mail.getMessageID()).endsWith("@toezicht>");

        // the same event delivered again, and the job run again: nothing more
        String sleutel = jdbc.sql("select sleutel from berichten.bericht where ontvanger = ? and kenmerk = ?")
                .params(INSPECTEUR, referentie)
                .query(String.class)
                .single();
        assertThat(berichten.meld(
                        new Melding(INSPECTEUR, Berichtsoort.TOEWIJZING, sleutel, referentie, "/zaken/" + zaak, null)))
                .isFalse();
        bezorging.bezorg();
        assertThat(aan(adres)).hasSize(1);
        assertThat(aantal(INSPECTEUR, referentie)).isEqualTo(1);
    }

    @Test
    void aTaskGivenToSomeoneElseAlertsThemOnceAndATaskForOneselfNot() {
        UUID zaak = zaak();
        String referentie = referentie(zaak);
        Api.Antwoord gegeven = Api.op(port)
                .als(INSPECTEUR)
                .postJson(
                        "/api/v1/zaken/" + zaak + "/taken",
                        "{\"omschrijving\":\"Locatie bezoeken\",\"medewerker\":\"inspecteur\",\"uiterlijk\":\""
                                + LocalDate.now(klok).plusDays(10) + "\"}");
        assertThat(gegeven.status()).as(gegeven.toString()).isEqualTo(201);
        Wachten.tot(() -> aantal("inspecteur", referentie) == 1, "the alert of the task");
        assertThat(Sessie.op(port).als("inspecteur").get("/berichten").tekst())
                .contains("U heeft een taak gekregen bij " + referentie + ".");

        Api.Antwoord zelf = Api.op(port)
                .als(INSPECTEUR)
                .postJson(
                        "/api/v1/zaken/" + zaak + "/taken",
                        "{\"omschrijving\":\"Zelf bellen\",\"medewerker\":\"" + INSPECTEUR + "\",\"uiterlijk\":\""
                                + LocalDate.now(klok).plusDays(10) + "\"}");
        assertThat(zelf.status()).as(zelf.toString()).isEqualTo(201);
        Wachten.tot(
                () -> jdbc.sql("select count(*) from event_publication where completion_date is null")
                                .query(Integer.class)
                                .single()
                        == 0,
                "the task events delivered");
        assertThat(aantal(INSPECTEUR, referentie)).isZero();
    }

    @Test
    void whoChoseInAppOnlyGetsNoMailAndAssigningToOneselfNoAlert() {
        Sessie inspecteur = Sessie.op(port).als(INSPECTEUR);
        inspecteur.get("/berichten");
        assertThat(inspecteur
                        .post("/berichten/voorkeur", Map.of("perEmail", "false"))
                        .status())
                .isEqualTo(302);
        assertThat(inspecteur.get("/berichten?voorkeur").tekst()).contains("Uw keuze is opgeslagen.");

        String kenmerk = "Z-TEST-" + UUID.randomUUID().toString().substring(0, 8);
        assertThat(berichten.meld(
                        new Melding(INSPECTEUR, Berichtsoort.TOEWIJZING, "t:" + kenmerk, kenmerk, null, null)))
                .isTrue();
        assertThat(jdbc.sql("select count(*) from berichten.mail m join berichten.bericht b on b.id = m.bericht"
                                + " where b.kenmerk = ?")
                        .param(kenmerk)
                        .query(Integer.class)
                        .single())
                .isZero();

        // the inspector takes a case themselves: no alert about what they did
        UUID zaak = zaak();
        Api.Antwoord zelf = Api.op(port)
                .als(INSPECTEUR)
                .send(HttpRequest.newBuilder(Api.op(port).uri("/api/v1/zaken/" + zaak + "/inspecteur"))
                        .header("Content-Type", "application/json")
                        .PUT(HttpRequest.BodyPublishers.ofString("{\"inspecteur\":\"" + INSPECTEUR + "\"}")));
        assertThat(zelf.status()).as(zelf.toString()).isEqualTo(200);
        String referentie = referentie(zaak);
        Wachten.tot(
                () -> jdbc.sql("select count(*) from event_publication where completion_date is null"
                                        + " and listener_id like '%Zaakberichten%'")
                                .query(Integer.class)
                                .single()
                        == 0,
                "the assignment event handled");
        assertThat(aantal(INSPECTEUR, referentie)).isZero();
    }

    @Test
    void openingAnAlertMarksItReadAndLeadsToItsPageAndAnothersAlertIsNotFound() {
        String kenmerk = "Z-OPEN-" + UUID.randomUUID().toString().substring(0, 8);
        berichten.meld(new Melding(INSPECTEUR, Berichtsoort.TOEWIJZING, "o:" + kenmerk, kenmerk, "/mijn-werk", null));
        UUID id = jdbc.sql("select id from berichten.bericht where kenmerk = ?")
                .param(kenmerk)
                .query(UUID.class)
                .single();

        Sessie ander = Sessie.op(port).als("inspecteur.jeugd");
        ander.get("/berichten");
        assertThat(ander.post("/berichten/" + id, Map.of()).status()).isEqualTo(404);
        assertThat(ander.get("/berichten").tekst()).doesNotContain(kenmerk);

        Sessie inspecteur = Sessie.op(port).als(INSPECTEUR);
        long voor = ongelezen(INSPECTEUR);
        inspecteur.get("/berichten");
        Api.Antwoord open = inspecteur.post("/berichten/" + id, Map.of());
        assertThat(open.status()).isEqualTo(302);
        assertThat(open.header("Location")).endsWith("/mijn-werk");
        assertThat(ongelezen(INSPECTEUR)).isEqualTo(voor - 1);

        inspecteur.get("/berichten");
        assertThat(inspecteur.post("/berichten/gelezen", Map.of()).status()).isEqualTo(302);
        assertThat(ongelezen(INSPECTEUR)).isZero();
        assertThat(inspecteur.get("/mijn-werk").tekst()).contains("aria-label=\"Berichten\"");
    }

    @Test
    void aDeadlineOfMyCaseInThreeWorkingDaysAlertsMeOncePerDeadline() {
        UUID zaak = zaak();
        wijsToe(zaak);
        String referentie = referentie(zaak);
        LocalDate uiterlijk = jdbc.sql("select uiterlijk from termijnen.klok where object_id = ? and status = 'LOPEND'")
                .param(zaak)
                .query(LocalDate.class)
                .single();
        Wachten.tot(
                () -> jdbc.sql("select behandelaar from termijnen.klok where object_id = ? and status = 'LOPEND'")
                        .param(zaak)
                        .query(String.class)
                        .optional()
                        .filter(INSPECTEUR::equals)
                        .isPresent(),
                "the clock assigned");

        // a month before: not yet
        herinnering.herinner(uiterlijk.minusDays(30));
        assertThat(termijnalerts(referentie)).isZero();

        herinnering.herinner(uiterlijk.minusDays(1));
        assertThat(termijnalerts(referentie)).isEqualTo(1);
        assertThat(berichtVoor(referentie)).isEqualTo("/zaken/" + zaak);
        herinnering.herinner(uiterlijk.minusDays(1));
        herinnering.herinner(uiterlijk);
        assertThat(termijnalerts(referentie))
                .as("once per deadline, and none on the day itself")
                .isEqualTo(1);
    }

    private UUID zaak() {
        Api.Antwoord gemeld = Api.op(port).postJson("/api/v1/meldingen", Autorisatiematrix.meldingJson());
        assertThat(gemeld.status()).as(gemeld.toString()).isEqualTo(201);
        UUID melding = UUID.fromString(gemeld.json().get("id").asString());
        Wachten.tot(
                () -> jdbc.sql("select count(*) from zaken.zaak_melding where melding_id = ?")
                                .param(melding)
                                .query(Integer.class)
                                .single()
                        > 0,
                "the case of the notification");
        return jdbc.sql("select zaak from zaken.zaak_melding where melding_id = ?")
                .param(melding)
                .query(UUID.class)
                .single();
    }

    private void wijsToe(UUID zaak) {
        Api.Antwoord toegewezen = Api.op(port)
                .als("intake")
                .send(HttpRequest.newBuilder(Api.op(port).uri("/api/v1/zaken/" + zaak + "/inspecteur"))
                        .header("Content-Type", "application/json")
                        .PUT(HttpRequest.BodyPublishers.ofString("{\"inspecteur\":\"" + INSPECTEUR + "\"}")));
        assertThat(toegewezen.status()).as(toegewezen.toString()).isEqualTo(200);
    }

    private String referentie(UUID zaak) {
        return jdbc.sql("select referentie from zaken.zaak where id = ?")
                .param(zaak)
                .query(String.class)
                .single();
    }

    private int aantal(String ontvanger, String kenmerk) {
        return jdbc.sql("select count(*) from berichten.bericht where ontvanger = ? and kenmerk = ?")
                .params(ontvanger, kenmerk)
                .query(Integer.class)
                .single();
    }

    private int termijnalerts(String kenmerk) {
        return jdbc.sql(
                        "select count(*) from berichten.bericht where soort = 'TERMIJN' and kenmerk = ? and ontvanger = ?")
                .params(kenmerk, INSPECTEUR)
                .query(Integer.class)
                .single();
    }

    private String berichtVoor(String kenmerk) {
        return jdbc.sql("select pad from berichten.bericht where soort = 'TERMIJN' and kenmerk = ?")
                .param(kenmerk)
                .query(String.class)
                .single();
    }

    private long ongelezen(String ontvanger) {
        return jdbc.sql("select count(*) from berichten.bericht where ontvanger = ? and gelezen_op is null")
                .param(ontvanger)
                .query(Long.class)
                .single();
    }

    private static List<MimeMessage> aan(String adres) {
        return Testpost.ontvangen().stream()
                .filter(m -> {
                    try {
                        return m.getAllRecipients()[0].toString().equals(adres);
                    } catch (jakarta.mail.MessagingException e) {
                        throw new IllegalStateException(e);
                    }
                })
                .toList();
    }
}
