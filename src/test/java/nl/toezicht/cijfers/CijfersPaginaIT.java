package nl.toezicht.cijfers;

import static org.assertj.core.api.Assertions.assertThat;

import nl.toezicht.Api;
import nl.toezicht.IntegratieTest;
import nl.toezicht.kern.Zorgsector;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The figures page: public approved figures, provisional ones for staff, charts as SVG under the strict CSP. */
@IntegratieTest
class CijfersPaginaIT {

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Cijferdata data;

    private Api.Antwoord pagina(Api als, String pad) {
        Api.Antwoord antwoord = als.met("Accept", "text/html").get(pad);
        assertThat(antwoord.status()).as(antwoord.toString()).isEqualTo(200);
        assertThat(antwoord.header("Content-Security-Policy")).contains("script-src 'self'", "style-src 'self'");
        assertThat(antwoord.tekst()).doesNotContain("style=").doesNotContainPattern("<script>[^<]");
        return antwoord;
    }

    @Test
    void thePublicSeesTheApprovedFiguresWithChartsAndDownloads() {
        int jaar = 2017;
        data.meldingen(jaar, Zorgsector.GGZ, "CALAMITEIT", 2, 57);
        Api analist = Api.op(port).als("analist");
        String pad = "/api/v1/statistieken/vaststellingen/" + jaar;
        int versie = analist.postJson(pad, "{}").json().get("versie").asInt();
        assertThat(analist.postJson(pad + "/" + versie + "/controle", "{}").status())
                .isEqualTo(200);
        assertThat(Api.op(port)
                        .als("beheerder")
                        .postJson(pad + "/" + versie + "/vaststelling", "{}")
                        .status())
                .isEqualTo(200);

        String html = pagina(Api.op(port), "/cijfers?jaar=" + jaar).tekst();

        assertThat(html)
                .contains("Vastgestelde cijfers " + jaar + ", versie " + versie)
                .contains("/api/v1/statistieken/jaren/" + jaar + "/cijfers.pdf?versie=" + versie)
                .contains("<svg", "class=\"staaf\"", "<polyline class=\"lijn lijn-0\"")
                .contains("Ontvangen meldingen per zorgsector – " + jaar)
                .contains("<span>60</span>")
                .doesNotContain("id=\"vorm\"")
                .doesNotContain("id=\"periode\"");
    }

    @Test
    void aYearWithoutApprovedFiguresSaysSo() {
        assertThat(pagina(Api.op(port), "/cijfers?jaar=2006").tekst())
                .contains("Voor 2006 zijn nog geen cijfers vastgesteld.")
                .doesNotContain("<svg");
        // a care provider's user is not staff: the public view
        assertThat(pagina(Api.op(port).als("zorgaanbieder"), "/cijfers?jaar=2006")
                        .tekst())
                .contains("Voor 2006 zijn nog geen cijfers vastgesteld.")
                .doesNotContain("Voorlopige cijfers");
    }

    @Test
    void staffSeeProvisionalFiguresOfAnyPeriodAndAnalystsTheUnroundedCounts() {
        int jaar = 2015;
        data.meldingen(jaar, Zorgsector.PREVENTIE, "OVERIG", 5, 13);

        String intake = pagina(
                        Api.op(port).als("intake"), "/cijfers?jaar=" + jaar + "&periode=kwartaal-2&vorm=ONGEAFROND")
                .tekst();
        assertThat(intake)
                .contains("Voorlopige cijfers")
                .contains("2e kwartaal " + jaar)
                .contains("id=\"periode\"")
                .doesNotContain("id=\"vorm\"")
                .doesNotContain("class=\"ongeafrond\"");

        String analist = pagina(
                        Api.op(port).als("analist"), "/cijfers?jaar=" + jaar + "&vorm=ONGEAFROND&sector=PREVENTIE")
                .tekst();
        assertThat(analist).contains("id=\"vorm\"").contains("<span class=\"ongeafrond\">(13)</span>");
    }

    @Test
    void badFiltersAreExplainedOnThePage() {
        assertThat(pagina(Api.op(port).als("intake"), "/cijfers?jaar=twintig&sector=TANDARTS")
                        .tekst())
                .contains("class=\"foutsamenvatting\"")
                .contains("Onbekend jaar twintig");
        assertThat(pagina(Api.op(port).als("intake"), "/cijfers?periode=week-2").tekst())
                .contains("Onbekende periode");
    }
}
