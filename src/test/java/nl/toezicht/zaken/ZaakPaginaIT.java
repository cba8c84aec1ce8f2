package nl.toezicht.zaken;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest;
import java.time.Instant;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.toezicht.Api;
import nl.toezicht.IntegratieTest;
import nl.toezicht.Sessie;
import nl.toezicht.Testklok;
import nl.toezicht.kern.Zorgsector;
import nl.toezicht.meldingen.MeldingOntvangen;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/** The staff pages: the work queue and the case page with its forms, as a browser without script uses them. */
@IntegratieTest
class ZaakPaginaIT {

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    TransactionTemplate transacties;

    @Autowired
    ApplicationEventPublisher events;

    @Autowired
    Testklok klok;

    Zaakfixtures fixtures;

    @BeforeEach
    void setUp() {
        fixtures = new Zaakfixtures(jdbc, transacties, events, klok);
    }

    private String referentie(ZaakId id) {
        return jdbc.sql("select referentie from zaken.zaak where id = ?")
                .param(id.waarde())
                .query(String.class)
                .single();
    }

    @Test
    void theWorkQueueShowsMyOverdueCaseWithATextLabelAndLinksToIt() {
        klok.zet("2026-06-10T10:00");
        ZaakId id = fixtures.eenCalamiteit()
                .inSector(Zorgsector.GGZ)
                .ontvangenOp(Instant.parse("2026-05-11T08:00:00Z"))
                .opentZaak();
        Api.op(port)
                .als("intake")
                .send(HttpRequest.newBuilder(Api.op(port).uri("/api/v1/zaken/" + id + "/inspecteur"))
                        .header("Content-Type", "application/json")
                        .PUT(HttpRequest.BodyPublishers.ofString("{\"inspecteur\":\"inspecteur.ggz\"}")));
        Sessie browser = Sessie.op(port).als("inspecteur.ggz");

        Api.Antwoord mijn = browser.get("/werkbak");
        assertThat(mijn.status()).isEqualTo(200);
        String html = mijn.tekst();
        assertThat(html)
                .contains("Mijn zaken", "Afdeling GGZ", "/zaken/" + id, referentie(id), "Te laat", "Calamiteit");
        assertThat(html).contains("Gert Visser").doesNotContain("Afdeling Jeugd");

        String gefilterd = browser.get("/werkbak?weergave=GGZ&teLaat=true&soort=CALAMITEIT&status=ONTVANGEN")
                .tekst();
        assertThat(gefilterd).contains(referentie(id));
        String binnenkort = browser.get("/werkbak?weergave=GGZ&binnenkort=true").tekst();
        assertThat(binnenkort).doesNotContain(referentie(id));

        assertThat(browser.get("/werkbak?weergave=JEUGD").status()).isEqualTo(403);
        // a hand-edited link falls back to the first page of my cases
        Api.Antwoord onzin = browser.get("/werkbak?weergave=ONZIN&na=kapot");
        assertThat(onzin.status()).isEqualTo(200);
        assertThat(onzin.tekst()).contains(referentie(id));
    }

    @Test
    void theCasePageOffersOnlyTheStepsOfItsStateAndMovesTheCaseOn() {
        MeldingOntvangen melding = fixtures.eenCalamiteit()
                .inSector(Zorgsector.GGZ)
                .metOmschrijving("Val uit bed tijdens nachtdienst")
                .ontvangen();
        ZaakId id = fixtures.zaakVan(melding.melding());
        Sessie browser = Sessie.op(port).als("inspecteur.ggz");

        String pagina = browser.get("/zaken/" + id).tekst();
        assertThat(pagina).contains(referentie(id), "Val uit bed tijdens nachtdienst", melding.referentie());
        assertThat(pagina).contains("value=\"START_TRIAGE\"").doesNotContain("value=\"SLUIT\"", "name=\"sluitreden\"");
        assertThat(pagina).contains("Gert Visser"); // the inspectors of the department to assign
        assertThat(pagina).doesNotContain("name=\"meldingId\""); // joining is intake's work
        String versie = versie(pagina);

        Api.Antwoord gedaan = browser.post(
                "/zaken/" + id + "/statuswijzigingen",
                Map.of("transitie", "START_TRIAGE", "toelichting", "Ernstig, snel oppakken", "versie", versie));
        assertThat(gedaan.status()).isEqualTo(302);
        assertThat(gedaan.header("Location")).endsWith("/zaken/" + id);
        pagina = browser.get("/zaken/" + id).tekst();
        assertThat(pagina).contains("De wijziging is opgeslagen.", "In triage", "Ernstig, snel oppakken");
        assertThat(pagina).contains("/sluiten/aanvragen", "name=\"sluitreden\"", "value=\"VRAAG_ONDERZOEK_AAN\"");
        assertThat(pagina).doesNotContain("value=\"SLUIT\"");
        assertThat(pagina).doesNotContain("value=\"START_TRIAGE\"", "value=\"NEEM_IN_BEOORDELING\"");

        browser.post("/zaken/" + id + "/sluiten/aanvragen", Map.of("sluitreden", "", "versie", versie(pagina)));
        pagina = browser.get("/zaken/" + id).tekst();
        assertThat(pagina)
                .contains(
                        "Er is een probleem",
                        "Kies een reden om de zaak te sluiten.",
                        "href=\"#sluiten-sluitreden\"",
                        "id=\"sluiten-sluitreden\"");

        browser.post(
                "/zaken/" + id + "/statuswijzigingen",
                Map.of("transitie", "ONTVANG_ONDERZOEK", "versie", versie(pagina)));
        pagina = browser.get("/zaken/" + id).tekst();
        assertThat(pagina).contains("&#39;Onderzoek ontvangen&#39; kan niet");

        browser.post("/zaken/" + id + "/inspecteur", Map.of("inspecteur", "inspecteur.ggz", "versie", "0"));
        pagina = browser.get("/zaken/" + id).tekst();
        assertThat(pagina).contains("intussen door iemand anders gewijzigd");

        browser.post("/zaken/" + id + "/inspecteur", Map.of("inspecteur", "inspecteur.ggz", "versie", versie(pagina)));
        pagina = browser.get("/zaken/" + id).tekst();
        assertThat(pagina).contains("Toegewezen aan inspecteur");

        browser.post(
                "/zaken/" + id + "/sluiten/aanvragen", Map.of("sluitreden", "GEEN_VERVOLG", "versie", versie(pagina)));
        pagina = browser.get("/zaken/" + id).tekst();
        // four eyes: who asked sees that a second inspector reviews it, and no button to approve it
        assertThat(pagina).contains("Sluiten ter beoordeling", "Een tweede inspecteur beoordeelt het sluiten.");
        assertThat(pagina).doesNotContain("/sluiten/goedkeuren");
        Sessie tweede = Sessie.op(port).als("inspecteur");
        pagina = tweede.get("/zaken/" + id).tekst();
        browser.post("/zaken/" + id + "/sluiten/goedkeuren", Map.of("versie", versie(pagina)));
        assertThat(browser.get("/zaken/" + id).tekst())
                .contains("U vroeg zelf om het sluiten: een tweede inspecteur beoordeelt het (vier ogen).");
        tweede.post("/zaken/" + id + "/sluiten/goedkeuren", Map.of("versie", versie(pagina)));
        pagina = browser.get("/zaken/" + id).tekst();
        assertThat(pagina).contains("Gesloten", "Geen vervolg nodig", "Er zijn geen stappen mogelijk in deze status.");
        assertThat(fixtures.meldingstatus(melding.melding())).isEqualTo("AFGEHANDELD");
    }

    @Test
    void intakeJoinsANotificationFromTheCasePage() {
        MeldingOntvangen klacht = fixtures.eenKlacht().ontvangen();
        ZaakId bron = fixtures.zaakVan(klacht.melding());
        ZaakId doel = fixtures.eenCalamiteit().opentZaak();
        Sessie browser = Sessie.op(port).als("intake");

        String pagina = browser.get("/zaken/" + doel).tekst();
        assertThat(pagina).contains("name=\"meldingId\"");
        browser.post("/zaken/" + doel + "/meldingen", Map.of("meldingId", "geen-id", "versie", versie(pagina)));
        pagina = browser.get("/zaken/" + doel).tekst();
        assertThat(pagina)
                .contains("Vul het kenmerk van de melding in, bijvoorbeeld M-2026-000123.", "href=\"#meldingId\"");

        browser.post(
                "/zaken/" + doel + "/meldingen",
                // by the reference staff quote, as they type it
                Map.of(
                        "meldingId",
                        " " + klacht.referentie().toLowerCase(java.util.Locale.ROOT),
                        "versie",
                        versie(pagina)));
        pagina = browser.get("/zaken/" + doel).tekst();
        assertThat(pagina).contains("De wijziging is opgeslagen.", klacht.referentie());
        assertThat(browser.get("/zaken/" + bron).tekst()).contains("Samengevoegd met andere zaak");
    }

    private static void stap(Api inspecteur, ZaakId id, String transitie) {
        assertThat(inspecteur
                        .postJson("/api/v1/zaken/" + id + "/statuswijzigingen", "{\"transitie\":\"" + transitie + "\"}")
                        .status())
                .isEqualTo(201);
    }

    /** The row of the case in a list page: from its reference to the end of its table row. */
    private static String rij(String html, String referentie) {
        int begin = html.indexOf(referentie);
        assertThat(begin).as("%s in the list", referentie).isNotNegative();
        return html.substring(begin, html.indexOf("</tr>", begin));
    }

    @Test
    void aSuspendedDeadlineWithinAWeekSaysSuspendedNotSoonAndTheClocksHistoryNamesPeople() {
        klok.zet("2026-03-02T10:00");
        ZaakId id = fixtures.eenKlacht().inSector(Zorgsector.GGZ).opentZaak();
        Api inspecteur = Api.op(port).als("inspecteur.ggz");
        klok.zet("2026-03-03T10:00");
        stap(inspecteur, id, "START_TRIAGE");
        stap(inspecteur, id, "NEEM_IN_BEOORDELING");
        // the assessment is due 31 March; on 26 March that is within a week
        klok.zet("2026-03-26T10:00");
        Sessie browser = Sessie.op(port).als("inspecteur.ggz");
        assertThat(browser.get("/zaken/" + id).tekst()).contains(">Binnenkort<");
        assertThat(rij(browser.get("/werkbak?weergave=GGZ").tekst(), referentie(id)))
                .contains(">Binnenkort<");

        assertThat(inspecteur
                        .postJson("/api/v1/zaken/" + id + "/termijn/opschorting", "{\"grond\":\"WACHT_OP_INFORMATIE\"}")
                        .status())
                .isEqualTo(200);
        String pagina = browser.get("/zaken/" + id).tekst();
        assertThat(pagina).doesNotContain(">Binnenkort<").contains("Opgeschort sinds 26-03-2026");
        String regel = rij(browser.get("/werkbak?weergave=GGZ").tekst(), referentie(id));
        assertThat(regel).doesNotContain(">Binnenkort<").contains(">Opgeschort<");
        assertThat(browser.get("/werkbak?weergave=GGZ&binnenkort=true").tekst()).doesNotContain(referentie(id));

        // the clocks' history names the inspector and the system in words, not by login
        String geschiedenis = pagina.substring(pagina.indexOf("klokgeschiedenis"));
        geschiedenis = geschiedenis.substring(0, geschiedenis.indexOf("</table>"));
        assertThat(geschiedenis)
                .contains("Gert Visser", "Toezicht (automatisch)")
                .doesNotContain(">inspecteur.ggz<", ">systeem<");
    }

    @Test
    void afterTheOneAllowedExtensionTheCasePageSaysWhenInsteadOfOfferingTheForm() {
        klok.zet("2026-03-02T10:00");
        ZaakId id = fixtures.eenCalamiteit().inSector(Zorgsector.GGZ).opentZaak();
        Api inspecteur = Api.op(port).als("inspecteur.ggz");
        klok.zet("2026-03-04T10:00");
        stap(inspecteur, id, "START_TRIAGE");
        stap(inspecteur, id, "VRAAG_ONDERZOEK_AAN");
        Sessie browser = Sessie.op(port).als("inspecteur.ggz");
        assertThat(browser.get("/zaken/" + id).tekst())
                .contains("id=\"termijn-verlengen\"")
                .doesNotContain("id=\"termijn-al-verlengd\"");

        klok.zet("2026-04-20T10:00");
        assertThat(inspecteur
                        .postJson(
                                "/api/v1/zaken/" + id + "/termijn/verlenging",
                                "{\"regel\":\"UITSTEL_OP_VERZOEK\",\"lengte\":2,\"reden\":\"Extern advies\"}")
                        .status())
                .isEqualTo(200);
        browser = Sessie.op(port).als("inspecteur.ggz");
        assertThat(browser.get("/zaken/" + id).tekst())
                .doesNotContain("id=\"termijn-verlengen\"")
                .contains("id=\"termijn-al-verlengd\"", "al verlengd op 20-04-2026");
    }

    @Test
    void everyTextOnTheStaffPagesComesFromTheBundlesInBothLanguages() {
        klok.zet("2026-06-10T10:00");
        ZaakId id = fixtures.eenCalamiteit()
                .inSector(Zorgsector.GGZ)
                .vastgesteldOp(java.time.LocalDate.of(2026, 5, 11))
                .opentZaak();
        for (String taal : new String[] {"nl", "en"}) {
            Sessie browser = Sessie.op(port).als("intake");
            String werkbak = browser.get("/werkbak?lang=" + taal).tekst();
            String zaak = browser.get("/zaken/" + id + "?lang=" + taal).tekst();
            assertThat(werkbak).as(taal).doesNotContain("??").contains("lang=\"" + taal + "\"");
            assertThat(zaak).as(taal).doesNotContain("??");
        }
        Sessie engels = Sessie.op(port).als("intake");
        assertThat(engels.get("/zaken/" + id + "?lang=en").tekst())
                .contains("Start triage", "Received", "Reported late", "Add notification");
    }

    private static String versie(String pagina) {
        Matcher m = Pattern.compile("name=\"versie\" value=\"(\\d+)\"").matcher(pagina);
        assertThat(m.find()).isTrue();
        return m.group(1);
    }
}
