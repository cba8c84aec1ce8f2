package nl.toezicht.zaken;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.toezicht.IntegratieTest;
import nl.toezicht.Sessie;
import nl.toezicht.Testklok;
import nl.toezicht.kern.Zorgsector;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The total above the work queue ("27 zaken"): counted on the first page of a filter, carried in the pager's
 * links to the pages after it so that paging on does not count the same cases again (docs/PERFORMANCE.md,
 * "Before and after issue 10/11").
 */
@IntegratieTest
class WerkbakTotaalIT {

    /** The page size of the work queue page. */
    private static final int PAGINAGROOTTE = 25;

    private static final Pattern VOLGENDE = Pattern.compile("href=\"([^\"]*)\" rel=\"next\"");
    private static final Pattern VORIGE = Pattern.compile("href=\"([^\"]*)\" rel=\"prev\"");
    private static final Pattern TOTAAL = Pattern.compile("id=\"werkbak-totaal\">([0-9.]+) zaken</p>");

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

    private long openInGgz() {
        return jdbc.sql("select count(*) from zaken.zaak where status <> 'GESLOTEN' and afdeling = 'GGZ'")
                .query(Long.class)
                .single();
    }

    private static String groep(Pattern patroon, String html) {
        Matcher m = patroon.matcher(html);
        assertThat(m.find()).as("%s in the page", patroon).isTrue();
        return m.group(1).replace("&amp;", "&");
    }

    private static long totaal(String html) {
        return Long.parseLong(groep(TOTAAL, html).replace(".", ""));
    }

    @Test
    void theFirstPageCountsAndThePagesAfterItCarryThatCountInsteadOfCountingAgain() {
        while (openInGgz() <= PAGINAGROOTTE) {
            fixtures.eenCalamiteit().inSector(Zorgsector.GGZ).opentZaak();
        }
        Sessie browser = Sessie.op(port).als("inspecteur.ggz");
        long geteld = openInGgz();

        String eerste = browser.get("/werkbak?weergave=GGZ").tekst();
        assertThat(totaal(eerste)).isEqualTo(geteld);
        String volgende = groep(VOLGENDE, eerste);
        assertThat(volgende).contains("totaal=" + geteld);

        // one more case after the count: the next page says what the first page counted, it does not count again
        fixtures.eenCalamiteit().inSector(Zorgsector.GGZ).opentZaak();
        String tweede = browser.get(volgende).tekst();
        assertThat(totaal(tweede)).isEqualTo(geteld);
        assertThat(groep(VORIGE, tweede)).contains("totaal=" + geteld);

        // the first page of the list (and every new filter) counts afresh
        assertThat(totaal(browser.get("/werkbak?weergave=GGZ").tekst())).isEqualTo(geteld + 1);
        // a link with a hand-edited count does not make the page say it: it counts again
        for (String onzin : new String[] {"-3", "abc", "99999999"}) {
            String pagina = browser.get(volgende.replace("totaal=" + geteld, "totaal=" + onzin))
                    .tekst();
            assertThat(totaal(pagina)).as(onzin).isEqualTo(geteld + 1);
        }
        // a link without a count (an old bookmark) counts too
        assertThat(totaal(browser.get(volgende.replace("&totaal=" + geteld, "")).tekst()))
                .isEqualTo(geteld + 1);
    }

    @Test
    void aFilterWithFewerCasesThanAPageShowsTheirNumberWithoutPagerLinks() {
        ZaakId id = fixtures.eenKlacht().inSector(Zorgsector.GGZ).opentZaak();
        Sessie browser = Sessie.op(port).als("inspecteur.ggz");
        long open = jdbc.sql("select count(*) from zaken.zaak where status <> 'GESLOTEN' and afdeling = 'GGZ'"
                        + " and soort = 'KLACHT_OF_SIGNAAL' and sector = 'GGZ'")
                .query(Long.class)
                .single();
        String html = browser.get("/werkbak?weergave=GGZ&soort=KLACHT_OF_SIGNAAL&sector=GGZ")
                .tekst();
        if (open <= PAGINAGROOTTE) {
            assertThat(html).doesNotContain("rel=\"next\"");
        }
        assertThat(html).contains("/zaken/" + id);
        assertThat(html).containsPattern("id=\"werkbak-totaal\">" + open + " zaa?ke?n?</p>");
    }
}
