package nl.toezicht.cijfers.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import nl.toezicht.cijfers.Cel;
import nl.toezicht.cijfers.Cijferset;
import nl.toezicht.cijfers.Openbaarmakingsregels;
import nl.toezicht.cijfers.Rij;
import nl.toezicht.cijfers.Tabel;
import org.junit.jupiter.api.Test;
import org.springframework.context.support.ResourceBundleMessageSource;

/** The analyst's unrounded counts are written like the published ones, in the reader's format (issue 11). */
class CijferweergaveTest {

    private static Cijferweergave weergave(Locale taal) {
        ResourceBundleMessageSource berichten = new ResourceBundleMessageSource();
        berichten.setBasenames("messages", "i18n/cijfers");
        berichten.setDefaultEncoding(StandardCharsets.UTF_8.name());
        berichten.setFallbackToSystemLocale(false);
        return new Cijferweergave(berichten, taal, Openbaarmakingsregels.standaard());
    }

    private static Cijferset set() {
        Cel ggz = new Cel("ONTVANGEN", "GGZ", 2021, 1234L, "1.230", Cel.Markering.GETAL);
        Cel totaal = new Cel("ONTVANGEN", Cel.TOTAAL, 2021, 1234L, "1.230", Cel.Markering.GETAL);
        Tabel tabel = new Tabel(
                "ontvangen-meldingen",
                "Ontvangen meldingen per zorgsector",
                "SECTOREN",
                List.of("Ontvangen"),
                List.of(
                        new Rij("GGZ", "GGZ", false, List.of(ggz)),
                        new Rij(Cel.TOTAAL, "Totaal", true, List.of(totaal))),
                List.of(),
                "Regels versie afgerond/1.",
                "afgerond/1");
        return new Cijferset(
                2021,
                "kwartaal-1",
                "1e kwartaal 2021",
                List.of(2021),
                Instant.EPOCH,
                "afgerond/1, exact/1",
                Cijferset.ONGEAFROND,
                List.of(tabel),
                List.of(),
                List.of());
    }

    @Test
    void unroundedCountsHaveTheSameFormatAsThePublishedOnes() {
        Cijferweergave.Tabelweergave nl =
                weergave(Locale.forLanguageTag("nl")).tabellen(set(), true).get(0);
        assertThat(nl.rijen().get(0).cellen().get(0).tekst()).isEqualTo("1.230");
        assertThat(nl.rijen().get(0).cellen().get(0).ongeafrond()).isEqualTo("1.234");
        assertThat(nl.maten()).containsExactly(new Cijferweergave.Kop("Ontvangen", 1));
        assertThat(nl.kolommen()).containsExactly("2021");

        Cijferweergave.Tabelweergave en =
                weergave(Locale.ENGLISH).tabellen(set(), true).get(0);
        assertThat(en.titel()).isEqualTo("Notifications received per care sector");
        assertThat(en.rijen().get(0).label()).isEqualTo("Mental health care");
        assertThat(en.rijen().get(1).label()).isEqualTo("Total");
        assertThat(en.rijen().get(0).cellen().get(0).tekst()).isEqualTo("1,230");
        assertThat(en.rijen().get(0).cellen().get(0).ongeafrond()).isEqualTo("1,234");
        assertThat(en.maten()).containsExactly(new Cijferweergave.Kop("Received", 1));
        assertThat(en.regels()).startsWith("Rounded to multiples of 10").endsWith("Rules version afgerond/1.");
        assertThat(weergave(Locale.ENGLISH).periodeOmschrijving(set())).isEqualTo("Quarter 1 2021");
        assertThat(weergave(Locale.forLanguageTag("nl")).periodeOmschrijving(set()))
                .isEqualTo("1e kwartaal 2021");
    }
}
