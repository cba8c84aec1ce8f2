package nl.toezicht.cijfers;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.context.support.ResourceBundleMessageSource;

/** The engine on the golden data set, without a database: published tables known to the digit. */
class CijfersGoudenTest {

    static final Instant PEIL = Instant.parse("2020-02-01T00:00:00Z");

    static Tabellenregister register() {
        return register(java.util.function.UnaryOperator.identity());
    }

    static ResourceBundleMessageSource berichten() {
        ResourceBundleMessageSource berichten = new ResourceBundleMessageSource();
        berichten.setBasenames("messages");
        berichten.setDefaultEncoding(StandardCharsets.UTF_8.name());
        berichten.setFallbackToSystemLocale(false);
        return berichten;
    }

    /** The standard tables, each changed by {@code wijziging} (e.g. another rule set). */
    static Tabellenregister register(java.util.function.UnaryOperator<StandaardTabellen.Definitie> wijziging) {
        StandaardTabellen standaard = new StandaardTabellen();
        return new Tabellenregister(
                java.util.stream.Stream.of(
                                standaard.productie(),
                                standaard.ontvangenMeldingen(),
                                standaard.afgeslotenMeldingen(),
                                standaard.overlijden(),
                                standaard.seksueelGrensoverschrijdendGedrag(),
                                standaard.jeugd())
                        .map(d -> (Tabeldefinitie) wijziging.apply((StandaardTabellen.Definitie) d))
                        .toList(),
                List.of(),
                berichten());
    }

    static Cijferset gouden() {
        return register().samenstellen(List.of(Periode.jaar(2019)), Gouden.telling(2019), PEIL);
    }

    static List<List<String>> teksten(Tabel tabel) {
        List<List<String>> rijen = new ArrayList<>();
        for (Rij rij : tabel.rijen()) {
            List<String> regel = new ArrayList<>();
            regel.add(rij.label());
            rij.cellen().forEach(c -> regel.add(c.tekst()));
            rijen.add(regel);
        }
        return rijen;
    }

    @Test
    void publishesTheReceivedTableToTheDigit() {
        Tabel ontvangen = gouden().tabel("ontvangen-meldingen");

        assertThat(teksten(ontvangen)).containsExactlyElementsOf(Gouden.ONTVANGEN);
        assertThat(ontvangen.kolomkoppen())
                .containsExactly("Ontvangen", "Waarvan calamiteit", "Waarvan ontslag wegens disfunctioneren");
    }

    @Test
    void totalsAreRoundedFromUnroundedCountsAndAFootnoteSaysWhereCellsDoNotAddUp() {
        Tabel ontvangen = gouden().tabel("ontvangen-meldingen");
        Rij totaal = ontvangen.rijen().get(12);

        assertThat(totaal.cellen().get(0).waarde()).isEqualTo(1282L);
        assertThat(totaal.cellen().get(2).waarde()).isEqualTo(15L);
        // 10 + 10 + 10 published, 15 rounds to 20
        assertThat(ontvangen.voetnoten())
                .containsExactly("De afgeronde cijfers van kolom 'Waarvan ontslag wegens disfunctioneren' tellen niet"
                        + " op tot het afgeronde totaal: het totaal is afgerond uit de niet-afgeronde aantallen.");
        assertThat(ontvangen.regels())
                .startsWith("Regelset 'Afgerond op tientallen': ")
                .contains("Afgerond op tientallen (half naar boven)", "als <5", "versie afgerond/1")
                .doesNotContain("niet getoond omdat");
        assertThat(ontvangen.regelset()).isEqualTo("afgerond/1");
    }

    /** Issue 12: the report's rule set rounds to tens and shows 1–4 as <5, and hides nothing else. */
    @Test
    void underTheReportsRuleSetNoCellIsHiddenBesidesTheSmallOnes() {
        Cijferset set = gouden();
        assertThat(set.tabellen())
                .allSatisfy(t -> assertThat(t.rijen())
                        .allSatisfy(
                                r -> assertThat(r.cellen()).noneMatch(c -> c.markering() == Cel.Markering.ONDERDRUKT)));
        List<List<String>> sgg = teksten(set.tabel("seksueel-grensoverschrijdend-gedrag"));
        assertThat(sgg.get(7).subList(1, 5)).containsExactlyElementsOf(Gouden.SGG_GEHANDICAPTENZORG);
        assertThat(sgg.get(12).subList(1, 5)).containsExactlyElementsOf(Gouden.SGG_TOTAAL);
    }

    @Test
    void aLoneSmallCellIsProtectedBySecondarySuppressionOfTheSmallestOtherCell() {
        Cijferset set = register(d -> d.met(Regelset.AFGEROND_MET_ONDERDRUKKING))
                .samenstellen(List.of(Periode.jaar(2019)), Gouden.telling(2019), PEIL);
        assertThat(set.tabel("ontvangen-meldingen").regels()).contains("niet getoond omdat", "afgerond-onderdrukt/1");
        Rij eerstelijn = set.tabel("ontvangen-meldingen").rijen().get(5);
        assertThat(eerstelijn.cellen().get(1).markering()).isEqualTo(Cel.Markering.ONDERDRUKT);
        assertThat(eerstelijn.cellen().get(1).waarde()).isEqualTo(7L);

        Tabel sgg = set.tabel("seksueel-grensoverschrijdend-gedrag");
        List<List<String>> rijen = teksten(sgg);
        // between clients 2 is alone in its row: professional 6 hidden too; then alone in its column: the total
        assertThat(rijen.get(7).subList(1, 5)).containsExactlyElementsOf(Gouden.SGG_GEHANDICAPTENZORG_ONDERDRUKT);
        assertThat(rijen.get(12).subList(1, 5)).containsExactlyElementsOf(Gouden.SGG_TOTAAL_ONDERDRUKT);
    }

    @Test
    void theSameDataGiveTheSamePattern() {
        assertThat(gouden()).isEqualTo(gouden());
    }

    @Test
    void theOtherTablesOfTheSet() {
        Cijferset set = gouden();
        // eleven sectors, no Jeugd; the total over those
        assertThat(teksten(set.tabel("overlijden")))
                .hasSize(12)
                .noneMatch(r -> r.get(0).equals("Jeugd"));
        assertThat(teksten(set.tabel("overlijden")).get(10)).containsExactly("Sectoroverstijgend", "30", "10");
        assertThat(teksten(set.tabel("overlijden")).get(11)).containsExactly("Totaal", "30", "10");
        assertThat(teksten(set.tabel("afgesloten-meldingen")).get(12)).containsExactly("Totaal", "30", "30", "0");
        assertThat(teksten(set.tabel("jeugd-suicide"))).containsExactly(List.of("Jeugd", "0", "0", "0"));
        assertThat(teksten(set.tabel("productie")))
                .containsExactly(
                        List.of("Ontvangen telefoongesprekken Frontoffice", "n.b."),
                        List.of("Verwerkte e-mails Meldpunt", "n.b."),
                        List.of("Ontvangen meldingen", "1.280"),
                        List.of("Afgesloten meldingen", "30"),
                        List.of("Geaggregeerde rapporten en overige publicaties", "n.b."),
                        List.of("Uitgebrachte nieuwsberichten", "n.b."),
                        List.of("Beantwoorde persvragen", "n.b."),
                        List.of("Beantwoorde Kamervragen", "n.b."),
                        List.of("Klachten over de inspectie", "n.b."));
        assertThat(set.tabel("productie").voetnoten())
                .anySatisfy(v -> assertThat(v).startsWith("Klachten over de inspectie: klachten over de inspectie"));
    }

    @Test
    void thePublishedFormCarriesNoUnroundedCount() {
        Cijferset gepubliceerd = gouden().gepubliceerd();
        assertThat(gepubliceerd.tabellen())
                .allSatisfy(t -> assertThat(t.rijen())
                        .allSatisfy(r -> assertThat(r.cellen())
                                .allSatisfy(c -> assertThat(c.waarde()).isNull())));
        assertThat(gepubliceerd.reeksen())
                .allSatisfy(r -> assertThat(r.waarden()).isNull());
        assertThat(gepubliceerd.balans()).isEmpty();
    }

    @Test
    void theGoldenSetPassesItsChecks() {
        assertThat(new Consistentiecontrole(register().definities()).controleer(gouden()))
                .isEmpty();
    }

    /** Issue 11: a sum within a row that does not add up after rounding names the row, not its position. */
    @Test
    void aFootnoteOnARowNamesTheRowByItsLabel() {
        Telling telling = new Telling();
        new MeldingTelbron(null, null).grootheden().forEach(telling::kent);
        java.time.YearMonth maart = java.time.YearMonth.of(2019, 3);
        // 45 = 15 + 15 + 15: rounded 50, but the parts round to 20 + 20 + 20 = 60
        telling.tel(Grootheid.SGG, nl.toezicht.kern.Zorgsector.GGZ, maart, 45);
        telling.tel(Grootheid.SGG_PROFESSIONAL, nl.toezicht.kern.Zorgsector.GGZ, maart, 15);
        telling.tel(Grootheid.SGG_TUSSEN_CLIENTEN, nl.toezicht.kern.Zorgsector.GGZ, maart, 15);
        telling.tel(Grootheid.SGG_OVERIG, nl.toezicht.kern.Zorgsector.GGZ, maart, 15);

        Tabel sgg = register()
                .samenstellen(List.of(Periode.jaar(2019)), telling, PEIL)
                .tabel("seksueel-grensoverschrijdend-gedrag");

        assertThat(sgg.voetnoten())
                .contains("De afgeronde cijfers van rij GGZ ('Totaal aantal') tellen niet op tot het afgeronde"
                        + " totaal: het totaal is afgerond uit de niet-afgeronde aantallen.")
                .noneMatch(v -> v.matches(".*rij \\d+.*"));
    }
}
