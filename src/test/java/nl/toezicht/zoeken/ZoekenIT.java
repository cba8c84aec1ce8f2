package nl.toezicht.zoeken;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import nl.toezicht.Api;
import nl.toezicht.IntegratieTest;
import nl.toezicht.kern.Zorgsector;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.JsonNode;

/**
 * Search across everything (issue 13.1, decision 0068) through {@code /api/v1/zoeken} and {@code /zoeken}: Dutch
 * stemming and accents, references typed loosely, facets, need-to-know before counting, the analyst who may not
 * search free text, and bad input. Each test searches for a word of its own, so other tests' data do not count.
 */
@IntegratieTest
class ZoekenIT {

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    TransactionTemplate transacties;

    @Autowired
    ApplicationEventPublisher events;

    @Autowired
    java.time.Clock klok;

    Api api;
    String woord;
    Zoekfixtures fixtures;

    @BeforeEach
    void setUp() {
        api = Api.op(port);
        woord = Zoekfixtures.uniekWoord();
        fixtures = new Zoekfixtures(jdbc, transacties, events, klok);
    }

    private Zoekfixtures.Gemeld meld(Zorgsector sector, String omschrijving) {
        return fixtures.meld(sector, omschrijving);
    }

    private JsonNode zoek(String wie, String query) {
        Api.Antwoord antwoord = api.als(wie).get("/api/v1/zoeken?" + query);
        assertThat(antwoord.status()).as(antwoord.tekst()).isEqualTo(200);
        return antwoord.json();
    }

    private static String q(String tekst) {
        return "q=" + java.net.URLEncoder.encode(tekst, java.nio.charset.StandardCharsets.UTF_8);
    }

    private String referentie(UUID zaak) {
        return fixtures.referentie(zaak);
    }

    @Test
    void findsNotificationsByDutchStemsWithoutAccentsAndFacetsThem() {
        Zoekfixtures.Gemeld ggz = meld(Zorgsector.GGZ, "Twee cliënten vielen bij valpartijen op de gang " + woord);
        meld(Zorgsector.GGZ, "Een client is gevallen, " + woord + " trap");

        // stem: "valpartij" finds "valpartijen"; accent: "client" finds "cliënten"
        JsonNode r = zoek("jurist", q(woord + " valpartij") + "&soort=MELDING");
        assertThat(r.get("pagina").get("totaal").asLong()).isEqualTo(1);
        assertThat(r.get("pagina").get("items").get(0).get("kenmerk").asString())
                .isEqualTo(ggz.referentie());
        assertThat(r.get("pagina").get("items").get(0).get("url").asString())
                .isEqualTo("/meldingen/" + ggz.melding().waarde());

        r = zoek("jurist", q(woord + " client") + "&soort=MELDING");
        assertThat(r.get("pagina").get("totaal").asLong()).isEqualTo(2);
        assertThat(r.get("afdelingen").get("GGZ").asLong()).isEqualTo(2);
        assertThat(r.get("statussen").get("ONTVANGEN").asLong()).isEqualTo(2);
        assertThat(r.get("jaren").size()).isEqualTo(1);

        // a facet narrows: there are none in another sector
        r = zoek("jurist", q(woord + " client") + "&soort=MELDING&afdeling=JEUGD");
        assertThat(r.get("pagina").get("totaal").asLong()).isZero();
        // "gevallen" and "vielen" do not share a stem, "gevallen" does with itself
        r = zoek("jurist", q(woord + " gevallen") + "&soort=MELDING");
        assertThat(r.get("pagina").get("totaal").asLong()).isEqualTo(1);
    }

    @Test
    void needToKnowIsAppliedBeforeCountingAndFaceting() {
        meld(Zorgsector.GGZ, "Medicatiefout op de afdeling " + woord);
        meld(Zorgsector.GGZ, "Nog een medicatiefout " + woord);
        Zoekfixtures.Gemeld jeugd = meld(Zorgsector.JEUGD, "Medicatiefout in de jeugdzorg " + woord);
        api.als("jurist")
                .postJson("/api/v1/zaken/" + jeugd.zaak() + "/notities", "{\"tekst\":\"Gebeld over " + woord + "\"}");

        // the GGZ inspector: the JEUGD notification and case are neither shown nor counted nor in a facet
        JsonNode ggz = zoek("inspecteur.ggz", q(woord) + "&soort=MELDING");
        assertThat(ggz.get("pagina").get("totaal").asLong()).isEqualTo(2);
        assertThat(ggz.get("afdelingen").has("JEUGD")).isFalse();
        assertThat(ggz.get("aantallen").get("ZAAK").asLong()).isZero();
        assertThat(ggz.toString()).doesNotContain(jeugd.referentie());
        // asking for the other department's facet answers nothing, not a count
        JsonNode buiten = zoek("inspecteur.ggz", q(woord) + "&soort=MELDING&afdeling=JEUGD");
        assertThat(buiten.get("pagina").get("totaal").asLong()).isZero();
        assertThat(buiten.get("afdelingen").size()).isZero();

        // who may see every department counts all three, and the case by its note
        JsonNode alle = zoek("jurist", q(woord) + "&soort=MELDING");
        assertThat(alle.get("pagina").get("totaal").asLong()).isEqualTo(3);
        assertThat(alle.get("afdelingen").get("JEUGD").asLong()).isEqualTo(1);
        assertThat(alle.get("aantallen").get("ZAAK").asLong()).isEqualTo(1);
        JsonNode zaken = zoek("inspecteur.jeugd", q(woord) + "&soort=ZAAK");
        assertThat(zaken.get("pagina").get("items").get(0).get("kenmerk").asString())
                .isEqualTo(referentie(jeugd.zaak()));

        // the cases shown are in the access log as a search
        assertThat(jdbc.sql("select count(*) from logboek.toegangslog where gebruiker = 'inspecteur.jeugd'"
                                + " and handeling = 'ZOEKEN' and objecten like ?")
                        .param("%" + jeugd.zaak() + "%")
                        .query(Long.class)
                        .single())
                .isPositive();
    }

    @Test
    void findsACaseByItsReferenceTypedLoosely() {
        Zoekfixtures.Gemeld gemeld = meld(Zorgsector.GGZ, "Iets " + woord);
        String referentie = referentie(gemeld.zaak());
        long nummer = Long.parseLong(referentie.substring(referentie.lastIndexOf('-') + 1));
        String jaar = referentie.substring(2, 6);
        for (String getypt : new String[] {
            referentie,
            referentie.toLowerCase(),
            "z" + nummer,
            "Z-" + nummer,
            "Z " + nummer,
            Long.toString(nummer),
            jaar + "-" + nummer,
            "Z-000000" + nummer
        }) {
            JsonNode r = zoek("inspecteur.ggz", q(getypt) + "&soort=ZAAK");
            assertThat(r.get("pagina").get("items").toString()).as(getypt).contains(referentie);
        }
        // a notification's letter does not find the case by its number
        JsonNode m = zoek("inspecteur.ggz", q("M-" + nummer) + "&soort=ZAAK");
        assertThat(m.get("pagina").get("items").toString()).doesNotContain(referentie);
        // the inspector of another department does not find it, not even by its exact reference
        JsonNode ander = zoek("inspecteur.jeugd", q(referentie) + "&soort=ZAAK");
        assertThat(ander.get("pagina").get("totaal").asLong()).isZero();
    }

    @Test
    void theAnalystDoesNotSearchFreeTextButFindsByReference() {
        Zoekfixtures.Gemeld gemeld = meld(Zorgsector.GGZ, "Mevrouw viel " + woord);
        JsonNode tekst = zoek("analist", q(woord));
        assertThat(tekst.get("afgeschermd").asBoolean()).isTrue();
        assertThat(tekst.get("aantallen").get("MELDING").asLong()).isZero();
        assertThat(tekst.get("pagina").get("totaal").asLong()).isZero();
        // the test's references are M-TEST-<number>: typed as a reference, M-<number>
        String nummer = gemeld.referentie().substring(gemeld.referentie().lastIndexOf('-') + 1);
        JsonNode referentie = zoek("analist", q("M-" + nummer) + "&soort=MELDING");
        assertThat(referentie.get("afgeschermd").asBoolean()).isFalse();
        assertThat(referentie.get("pagina").get("items").toString()).contains(gemeld.referentie());
        // the inspector reads free text and finds it
        assertThat(zoek("inspecteur.ggz", q(woord))
                        .get("aantallen")
                        .get("MELDING")
                        .asLong())
                .isEqualTo(1);
    }

    @Test
    void refusesBadInputWithAProblemOnTheField() {
        String[][] gevallen = {
            {"q=a", "q"},
            {"", "q"},
            {q("x".repeat(201)), "q"},
            {q("valpartij") + "&soort=KLACHT", "soort"},
            {q("valpartij") + "&soort=ZAAK&status=KWIJT", "status"},
            {q("valpartij") + "&status=ONTVANGEN", "status"},
            {q("valpartij") + "&afdeling=MARS", "afdeling"},
            {q("valpartij") + "&jaar=twintig", "jaar"},
            {q("valpartij") + "&jaar=12", "jaar"},
            {q("valpartij") + "&pagina=0", "pagina"},
            {q("valpartij") + "&grootte=500", "grootte"},
        };
        for (String[] geval : gevallen) {
            Api.Antwoord antwoord = api.als("inspecteur.ggz").get("/api/v1/zoeken?" + geval[0]);
            assertThat(antwoord.status()).as(geval[0]).isEqualTo(422);
            assertThat(antwoord.header("Content-Type")).startsWith("application/problem+json");
            assertThat(antwoord.json().get("errors").get(0).get("field").asString())
                    .as(geval[0])
                    .isEqualTo(geval[1]);
        }
        // the page shows the refusal beside the box, not an error page
        String pagina = nl.toezicht.Sessie.op(port)
                .als("inspecteur.ggz")
                .get("/zoeken?q=a")
                .tekst();
        assertThat(pagina).contains("foutsamenvatting").contains("minstens 2 tekens");
    }

    @Test
    void roleWithoutTheRightIsRefusedAndThePageShowsTabsAndResults() {
        assertThat(api.als("privacy").get("/api/v1/zoeken?q=valpartij").status())
                .isEqualTo(403);
        Zoekfixtures.Gemeld gemeld = meld(Zorgsector.GGZ, "Valpartij " + woord);
        String html = nl.toezicht.Sessie.op(port)
                .als("inspecteur.ggz")
                .get("/zoeken?q=" + woord)
                .tekst();
        assertThat(html)
                .contains("/meldingen/" + gemeld.melding().waarde())
                .contains("Meldingen (1)")
                .contains("id=\"facet-afdeling\"");
    }
}
