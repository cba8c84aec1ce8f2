package nl.toezicht.handhaving;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;
import nl.toezicht.Api;
import nl.toezicht.IntegratieTest;
import nl.toezicht.Sessie;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The mandate table's page (decision 0095): the administrator grants, changes and withdraws a mandate with a reason,
 * each change kept with who and why (append-only); bad input is refused in words with what was typed kept; legal
 * staff read but do not change it. Works on the analyst's mandate for disciplinary complaints, which no other test
 * uses, and leaves it as it found it (none).
 */
@IntegratieTest
class MandaatIT {

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    private Map<String, String> formulier(String actie, String maximum, String reden) {
        Map<String, String> f = new HashMap<>();
        f.put("actie", actie);
        f.put("rol", "ANALIST");
        f.put("soort", "TUCHTKLACHT");
        f.put("maximum", maximum);
        f.put("reden", reden);
        return f;
    }

    private String mandaat() {
        return jdbc.sql("select coalesce(max(coalesce(maximum_bedrag::text, 'elk')), 'geen') from handhaving.mandaat"
                        + " where rol = 'ANALIST' and soort = 'TUCHTKLACHT'")
                .query(String.class)
                .single();
    }

    @Test
    void theAdministratorChangesTheMandateWithAReasonAndEveryChangeIsKept() {
        Sessie beheerder = Sessie.op(port).als("beheerder");
        assertThat(beheerder.get("/handhaving/mandaten").tekst()).contains("id=\"mandaat-JURIST-BESTUURLIJKE_BOETE\"");
        assertThat(beheerder
                        .post("/handhaving/mandaten", formulier("ZETTEN", "2500,00", "Mandaatbesluit zebra-1"))
                        .status())
                .isEqualTo(302);
        assertThat(mandaat()).isEqualTo("2500.00");
        beheerder.post("/handhaving/mandaten", formulier("ZETTEN", "", "Mandaatbesluit zebra-2"));
        assertThat(mandaat()).isEqualTo("elk");
        beheerder.post("/handhaving/mandaten", formulier("INTREKKEN", "", "Mandaatbesluit zebra-3"));
        assertThat(mandaat()).isEqualTo("geen");

        assertThat(jdbc.sql("select string_agg(had_mandaat || '/' || coalesce(oud_maximum::text, '-') || '>'"
                                + " || heeft_mandaat || '/' || coalesce(nieuw_maximum::text, '-') || ' ' || door,"
                                + " ', ' order by id) from handhaving.mandaatwijziging where reden like"
                                + " 'Mandaatbesluit zebra-%'")
                        .query(String.class)
                        .single())
                .isEqualTo("false/->true/2500.00 beheerder, true/2500.00>true/- beheerder, true/->false/- beheerder");
        String pagina = beheerder.get("/handhaving/mandaten").tekst();
        assertThat(pagina).contains("Mandaatbesluit zebra-3").contains("Mandaatbesluit zebra-1");
        // the history is append-only
        assertThat(jdbc.sql(
                                "select count(*) from handhaving.mandaatwijziging where reden like 'Mandaatbesluit zebra-%'")
                        .query(Integer.class)
                        .single())
                .isEqualTo(3);
        try {
            jdbc.sql("delete from handhaving.mandaatwijziging where reden like 'Mandaatbesluit zebra-%'")
                    .update();
            throw new AssertionError("a change of the mandate was deleted");
        } catch (org.springframework.dao.DataAccessException verwacht) {
            assertThat(verwacht).hasMessageContaining("alleen aangevuld");
        }
    }

    @Test
    void badInputIsRefusedInWordsWithWhatWasTypedAndChangesNothing() {
        Sessie beheerder = Sessie.op(port).als("beheerder");
        beheerder.get("/handhaving/mandaten");
        Map<String, String> geenReden = formulier("ZETTEN", "100", "");
        Map<String, String> aanbieder = formulier("ZETTEN", "100", "Mandaatbesluit kiwi-1");
        aanbieder.put("rol", "ZORGAANBIEDER");
        Map<String, String> negatief = formulier("ZETTEN", "-5", "Mandaatbesluit kiwi-2");
        Map<String, String> niets = formulier("INTREKKEN", "", "Mandaatbesluit kiwi-3");
        for (var geval : Map.of(
                        geenReden, "Geef de reden",
                        aanbieder, "een zorgaanbieder ondertekent niets",
                        negatief, "nul of meer",
                        niets, "verandert niets")
                .entrySet()) {
            assertThat(beheerder.post("/handhaving/mandaten", geval.getKey()).status())
                    .isEqualTo(302);
            String pagina = beheerder.get("/handhaving/mandaten").tekst();
            assertThat(pagina).as(geval.getValue()).contains(geval.getValue());
            assertThat(pagina).contains("value=\"" + geval.getKey().get("reden") + "\"");
        }
        assertThat(mandaat()).isEqualTo("geen");
        assertThat(jdbc.sql("select count(*) from handhaving.mandaatwijziging where reden like 'Mandaatbesluit kiwi-%'")
                        .query(Integer.class)
                        .single())
                .isZero();

        // legal staff read the table but do not change their own mandate
        Sessie jurist = Sessie.op(port).als("jurist");
        assertThat(jurist.get("/handhaving/mandaten").status()).isEqualTo(200);
        assertThat(jurist.post("/handhaving/mandaten", formulier("ZETTEN", "", "Mandaatbesluit kiwi-4"))
                        .status())
                .isEqualTo(403);
        assertThat(Api.op(port)
                        .als("inspecteur.ggz")
                        .get("/handhaving/mandaten")
                        .status())
                .isEqualTo(200);
        assertThat(mandaat()).isEqualTo("geen");
    }
}
