package nl.toezicht.cijfers;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.geom.Rectangle2D;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import nl.toezicht.kern.Zorgsector;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.junit.jupiter.api.Test;

/**
 * The figures PDF as a published annual-report chapter (issue 12, item 5). A set shaped like the report's
 * (twelve sectors and a total; the SGG table's four long measure headers over three years each; a production
 * table by year with footnotes in code order) is rendered; the pages are drawn to PNG with pdftoppm (in
 * {@code target/cijferpdf/}, to look at), and the text is extracted with PDFBox: no two words of the page
 * overlap (the four-line header wraps and collisions of before), the headings and figures are there, the rules
 * note is printed once, the footnotes follow the rows, every font is embedded, every page has its number.
 */
class JaarverslaghoofdstukTest {

    static final int JAAR = 2021;

    @Test
    void theChapterReadsLikeThePublishedReport() throws Exception {
        byte[] pdf = new Jaarverslaghoofdstuk(set(), Optional.empty()).maak();
        Path map = Path.of("target", "cijferpdf");
        Files.createDirectories(map);
        Path bestand = Files.write(map.resolve("cijfers-" + JAAR + ".pdf"), pdf);

        // drawn to images by pdftoppm, one PNG per page
        Process p = new ProcessBuilder(
                        "pdftoppm",
                        "-r",
                        "70",
                        "-png",
                        bestand.toString(),
                        map.resolve("blad").toString())
                .redirectErrorStream(true)
                .start();
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(p.exitValue()).isZero();

        try (PDDocument document = Loader.loadPDF(pdf)) {
            int bladen = document.getNumberOfPages();
            try (Stream<Path> pngs = Files.list(map)) {
                assertThat(pngs.filter(f -> f.getFileName().toString().startsWith("blad")
                                        && f.toString().endsWith(".png"))
                                .count())
                        .isEqualTo(bladen);
            }
            // contents, three tables each on its own page, the rules note
            assertThat(bladen).isGreaterThanOrEqualTo(3);

            for (PDPage blad : document.getPages()) {
                for (COSName naam : blad.getResources().getFontNames()) {
                    PDFont font = blad.getResources().getFont(naam);
                    assertThat(font.isEmbedded())
                            .as(font.getName() + " embedded")
                            .isTrue();
                }
            }

            // (a measure's header may take two lines: words compared with the line breaks as spaces)
            String tekst = new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
            assertThat(tekst)
                    .contains("Cijfers " + JAAR, "Inhoud")
                    .contains("Tabel 1. Ontvangen meldingen per zorgsector – " + JAAR)
                    .contains("Tabel 2. Meldingen (vermoeden van) seksueel grensoverschrijdend gedrag – " + JAAR)
                    .contains("Tabel 3. Overige productie-indicatoren – " + JAAR)
                    .contains("Waarvan ontslag wegens disfunctioneren", "Tussen patiënten", "Professional betrokken")
                    .contains("15.460", "Totaal", "Jeugd", "Geestelijke gezondheidszorg")
                    .contains("Pagina 1 van " + bladen, "Pagina " + bladen + " van " + bladen);
            // the rules once, for the chapter
            assertThat(tekst.split("Regels versie IGJ-2021", -1)).hasSize(2);
            // footnotes of the production table in row order, not in code order
            int eerste = tekst.indexOf("Meldingen per telefoon: ");
            int tweede = tekst.indexOf("Meldingen per e-mail: ");
            int derde = tekst.indexOf("Klachten over de inspectie: ");
            assertThat(eerste).isPositive();
            assertThat(tweede).isGreaterThan(eerste);
            assertThat(derde).isGreaterThan(tweede);

            for (int b = 1; b <= bladen; b++) {
                List<Woord> woorden = woorden(document, b);
                assertThat(woorden).isNotEmpty();
                for (int i = 0; i < woorden.size(); i++) {
                    for (int j = i + 1; j < woorden.size(); j++) {
                        Woord a = woorden.get(i);
                        Woord c = woorden.get(j);
                        assertThat(a.vak().intersects(c.vak()))
                                .as("page %d: '%s' %s and '%s' %s overlap", b, a.tekst(), a.vak(), c.tekst(), c.vak())
                                .isFalse();
                    }
                }
            }
        }
    }

    /** A word on a page and its box (from the glyphs' positions, a little inside their advance). */
    record Woord(String tekst, Rectangle2D vak) {}

    private static List<Woord> woorden(PDDocument document, int blad) throws IOException {
        List<Woord> woorden = new ArrayList<>();
        PDFTextStripper stripper = new PDFTextStripper() {
            @Override
            protected void writeString(String regel, List<TextPosition> posities) {
                List<TextPosition> woord = new ArrayList<>();
                for (TextPosition t : posities) {
                    if (t.getUnicode().isBlank()) {
                        voegToe(woord);
                        woord = new ArrayList<>();
                    } else {
                        woord.add(t);
                    }
                }
                voegToe(woord);
            }

            private void voegToe(List<TextPosition> woord) {
                if (woord.isEmpty()) {
                    return;
                }
                StringBuilder tekst = new StringBuilder();
                double links = Double.MAX_VALUE, rechts = -Double.MAX_VALUE, boven = Double.MAX_VALUE, onder = 0;
                for (TextPosition t : woord) {
                    tekst.append(t.getUnicode());
                    links = Math.min(links, t.getXDirAdj());
                    rechts = Math.max(rechts, t.getXDirAdj() + t.getWidthDirAdj());
                    boven = Math.min(boven, t.getYDirAdj() - t.getHeightDir());
                    onder = Math.max(onder, t.getYDirAdj());
                }
                // a hair inside, so words that merely touch (kerning, a cell border) do not count
                woorden.add(new Woord(
                        tekst.toString(),
                        new Rectangle2D.Double(links + 0.3, boven + 0.3, rechts - links - 0.6, onder - boven - 0.6)));
            }
        };
        stripper.setStartPage(blad);
        stripper.setEndPage(blad);
        stripper.setSortByPosition(true);
        stripper.getText(document);
        return woorden;
    }

    /**
     * Issue 12 items 2 and 5: a chapter with tables under two rule sets prints each rule set's note once, and the
     * table under the other rule set (exact, as the youth figures are printed) is named with its rule.
     */
    @Test
    void eachRuleSetOfTheChapterIsPrintedOnceAndATableUnderAnotherIsNamedWithIt() throws Exception {
        Cijferset s = set();
        List<Tabel> tabellen = new ArrayList<>();
        for (Tabel t : s.tabellen()) {
            Regelset r = t.id().equals("seksueel-grensoverschrijdend-gedrag") ? Regelset.EXACT : Regelset.AFGEROND;
            tabellen.add(t.met(t.voetnoten(), r.beschrijving(), r.versienaam()));
        }
        Cijferset gemengd = new Cijferset(
                s.jaar(),
                s.periode(),
                s.periodeOmschrijving(),
                s.jaren(),
                s.peilmoment(),
                s.regelsVersie(),
                s.vorm(),
                tabellen,
                s.reeksen(),
                s.balans());
        byte[] pdf = new Jaarverslaghoofdstuk(gemengd, Optional.empty()).maak();
        try (PDDocument document = Loader.loadPDF(pdf)) {
            String tekst = new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
            String afgerond = "Regelset '" + Regelset.AFGEROND.naam() + "'";
            String exact = "Regelset '" + Regelset.EXACT.naam() + "'";
            assertThat(tekst.split(afgerond, -1)).hasSize(2);
            assertThat(tekst.split(exact, -1)).hasSize(2);
            // the rule of most tables for the chapter; the exact table by its number
            assertThat(tekst).contains("Tabel 2: " + exact).doesNotContain(": " + afgerond);
        }
    }

    /** A set shaped like the report's, with the long headers that used to wrap and collide. */
    static Cijferset set() {
        List<Integer> jaren = List.of(JAAR, JAAR - 1, JAAR - 2);
        String regels = "Regels versie IGJ-2021: aantallen afgerond op tientallen; 1 tot en met 4 als <5; x is"
                + " onderdrukt omdat het anders terug te rekenen is.";
        Tabel ontvangen = sectortabel(
                "ontvangen-meldingen",
                "Ontvangen meldingen per zorgsector",
                List.of(
                        new String[] {"ONTVANGEN", "Ontvangen"},
                        new String[] {"ONTVANGEN_CALAMITEIT", "Waarvan calamiteit"},
                        new String[] {"ONTVANGEN_ONTSLAG", "Waarvan ontslag wegens disfunctioneren"}),
                jaren,
                List.of("De afgeronde cijfers van de kolom ‘Ontvangen " + JAAR
                        + "’ tellen niet op tot het afgeronde totaal: het totaal is afgerond uit de niet-afgeronde"
                        + " aantallen."),
                regels);
        Tabel sgg = sectortabel(
                "seksueel-grensoverschrijdend-gedrag",
                "Meldingen (vermoeden van) seksueel grensoverschrijdend gedrag",
                List.of(
                        new String[] {"SGG", "Totaal meldingen SGG"},
                        new String[] {"SGG_PROFESSIONAL", "Professional betrokken"},
                        new String[] {"SGG_PATIENTEN", "Tussen patiënten"},
                        new String[] {"SGG_OVERIG", "Overig jeugdhulpinstelling"}),
                jaren,
                List.of(),
                regels);
        List<Rij> productie = new ArrayList<>();
        String[][] maten = {
            {"MELDPUNT_TELEFOON", "Meldingen per telefoon"},
            {"MELDPUNT_EMAIL", "Meldingen per e-mail"},
            {"KLACHTEN", "Klachten over de inspectie"}
        };
        for (String[] m : maten) {
            List<Cel> cellen = new ArrayList<>();
            for (int j : jaren) {
                cellen.add(new Cel(m[0], Cel.TOTAAL, j, null, "2.870", Cel.Markering.GETAL));
            }
            productie.add(new Rij(m[0], m[1], false, cellen));
        }
        Tabel jaartabel = new Tabel(
                "productie",
                "Overige productie-indicatoren",
                "JAREN",
                jaren.stream().map(String::valueOf).toList(),
                productie,
                // in code order: not the order of the rows
                List.of(
                        "Klachten over de inspectie: klachten over de inspectie worden (nog) niet in Toezicht"
                                + " geregistreerd.",
                        "Meldingen per e-mail: e-mails aan het Meldpunt die geen melding werden, staan niet in"
                                + " Toezicht.",
                        "Meldingen per telefoon: telefoontjes met het Loket staan niet in Toezicht."),
                regels);
        return new Cijferset(
                JAAR,
                "jaar",
                String.valueOf(JAAR),
                jaren,
                Instant.parse("2022-02-01T09:00:00Z"),
                "IGJ-2021",
                Cijferset.GEPUBLICEERD,
                List.of(ontvangen, sgg, jaartabel),
                List.of(),
                List.of());
    }

    private static Tabel sectortabel(
            String id, String titel, List<String[]> maten, List<Integer> jaren, List<String> noten, String regels) {
        List<String> koppen = new ArrayList<>();
        for (String[] m : maten) {
            jaren.forEach(j -> koppen.add(m[1] + " " + j));
        }
        List<Rij> rijen = new ArrayList<>();
        String[] teksten = {"15.460", "<5", "x", "0", "1.230", "n.b."};
        int i = 0;
        for (Zorgsector s : Zorgsector.values()) {
            rijen.add(new Rij(s.name(), naam(s), false, cellen(maten, jaren, s.name(), teksten, i++)));
        }
        rijen.add(new Rij(Cel.TOTAAL, "Totaal", true, cellen(maten, jaren, Cel.TOTAAL, teksten, i)));
        return new Tabel(id, titel, "SECTOREN", koppen, rijen, noten, regels);
    }

    private static String naam(Zorgsector s) {
        return switch (s) {
            case GGZ -> "Geestelijke gezondheidszorg";
            case JEUGD -> "Jeugd";
            default -> s.name().charAt(0) + s.name().substring(1).toLowerCase().replace('_', ' ');
        };
    }

    private static List<Cel> cellen(List<String[]> maten, List<Integer> jaren, String sector, String[] teksten, int r) {
        List<Cel> cellen = new ArrayList<>();
        int k = 0;
        for (String[] m : maten) {
            for (int j : jaren) {
                String tekst = teksten[(r + k++) % teksten.length];
                cellen.add(new Cel(m[0], sector, j, null, tekst, Cel.Markering.GETAL));
            }
        }
        return cellen;
    }
}
