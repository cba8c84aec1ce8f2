package nl.toezicht.cijfers;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.text.NumberFormat;
import java.text.ParseException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.commons.io.input.BOMInputStream;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

/**
 * Issue 12, the golden test: a year built to the printed 2021 tables publishes every printed cell as printed,
 * under the report's rule sets (rounded to tens with {@code <5} and nothing else hidden; the youth figures
 * exact; deaths without the Youth row), in the set itself, its JSON, its CSV and its XLSX; the manual figures
 * of the production table are marked manual everywhere; and the report's own contradiction (15.280 closed in
 * the production table, 15.290 in the closed table) fails the consistency check.
 */
class Jaarbeeld2021Test {

    static final Instant PEIL = Instant.parse("2022-02-01T00:00:00Z");

    static final Map<String, List<List<String>>> GEDRUKT = new LinkedHashMap<>();

    static {
        GEDRUKT.put("ontvangen-meldingen", Jaarbeeld2021.ONTVANGEN);
        GEDRUKT.put("afgesloten-meldingen", Jaarbeeld2021.AFGESLOTEN);
        GEDRUKT.put("overlijden", Jaarbeeld2021.OVERLIJDEN);
        GEDRUKT.put("seksueel-grensoverschrijdend-gedrag", Jaarbeeld2021.SGG);
        GEDRUKT.put("jeugd-suicide", Jaarbeeld2021.JEUGD_TABEL);
        GEDRUKT.put("productie", Jaarbeeld2021.PRODUCTIE);
    }

    /** The year alone (the sector tables as printed, one year) and with its two comparison years. */
    static Cijferset jaar() {
        return CijfersGoudenTest.register()
                .samenstellen(List.of(Periode.jaar(2021)), Jaarbeeld2021.telling(), PEIL, Jaarbeeld2021.handmatig());
    }

    static Cijferset metVergelijking() {
        return CijfersGoudenTest.register()
                .samenstellen(
                        List.of(Periode.jaar(2021), Periode.jaar(2020), Periode.jaar(2019)),
                        Jaarbeeld2021.telling(),
                        PEIL,
                        Jaarbeeld2021.handmatig());
    }

    /** The printed form of a table: the year's set for sector tables, the three years for the production table. */
    static Tabel gedrukt(String id) {
        return (id.equals("productie") ? metVergelijking() : jaar())
                .gepubliceerd()
                .tabel(id);
    }

    @Test
    void everyPrintedCellIsPublishedAsPrinted() {
        GEDRUKT.forEach((id, verwacht) ->
                assertThat(CijfersGoudenTest.teksten(gedrukt(id))).as(id).containsExactlyElementsOf(verwacht));
    }

    @Test
    void eachTableNamesItsRuleSetAndTheYouthTableIsExact() {
        Cijferset set = jaar();
        assertThat(set.tabel("ontvangen-meldingen").regelset()).isEqualTo("afgerond/1");
        assertThat(set.tabel("jeugd-suicide").regelset()).isEqualTo("exact/1");
        assertThat(set.tabel("jeugd-suicide").regels()).startsWith("Regelset 'Exact': Exacte aantallen");
        assertThat(set.regelsVersie()).isEqualTo("afgerond/1, exact/1");
        assertThat(set.tabellen())
                .flatMap(t -> t.rijen())
                .flatMap(r -> r.cellen())
                .noneMatch(c -> c.markering() == Cel.Markering.ONDERDRUKT);
    }

    @Test
    void manualFiguresAreMarkedWithTheirSourceAndOnlyTheLatestCheckedVersionCounts() {
        Tabel productie = gedrukt("productie");
        Cel telefoon = productie.rijen().get(0).cellen().get(0);
        assertThat(telefoon.markering()).isEqualTo(Cel.Markering.HANDMATIG);
        assertThat(telefoon.tekst()).isEqualTo("21.138"); // not version 2 (99.999), which nobody checked
        assertThat(productie.rijen().get(2).cellen().get(0).markering()).isEqualTo(Cel.Markering.GETAL);
        assertThat(productie.voetnoten())
                .contains("(h) Ontvangen telefoongesprekken Frontoffice 2021: handmatig cijfer, niet door Toezicht"
                        + " geteld; bron: telefooncentrale Frontoffice (versie 1, gecontroleerd door een tweede"
                        + " persoon).")
                .anySatisfy(v -> assertThat(v)
                        .startsWith("(h) Afgesloten meldingen 2021")
                        .contains("zoals gedrukt"))
                // every figure of the row is there now: no "not held" note
                .noneMatch(v -> v.startsWith("Klachten over de inspectie:"));
    }

    @Test
    void theReportsOwnContradictionFailsTheConsistencyCheck() {
        List<String> bevindingen =
                new Consistentiecontrole(CijfersGoudenTest.register().definities()).controleer(metVergelijking());
        assertThat(bevindingen)
                .containsExactly("Een handmatig cijfer wijkt af van het getelde: tabel 'Overige productie-indicatoren',"
                        + " rij 'Afgesloten meldingen', 2021 is met de hand 15280, tabel 'Afgesloten meldingen per"
                        + " zorgsector', rij 'Totaal', kolom 'Afgesloten 2021' telt 15290.");
        // without the manual figure the same year passes
        List<Handmatigcijfer> zonder = Jaarbeeld2021.handmatig().stream()
                .filter(h -> !h.grootheid().equals("GESLOTEN"))
                .toList();
        assertThat(new Consistentiecontrole(CijfersGoudenTest.register().definities())
                        .controleer(CijfersGoudenTest.register()
                                .samenstellen(
                                        List.of(Periode.jaar(2021), Periode.jaar(2020), Periode.jaar(2019)),
                                        Jaarbeeld2021.telling(),
                                        PEIL,
                                        zonder)))
                .isEmpty();
    }

    @Test
    void theJsonCarriesThePrintedCellsAndReadsBackToTheSameSet() {
        JsonMapper json = JsonMapper.builder().build();
        for (Cijferset set : List.of(jaar().gepubliceerd(), metVergelijking().gepubliceerd())) {
            String tekst = json.writeValueAsString(set);
            Cijferset terug = json.readValue(tekst, Cijferset.class);
            assertThat(terug).isEqualTo(set);
        }
        String productie =
                json.writeValueAsString(metVergelijking().gepubliceerd().tabel("productie"));
        assertThat(productie).contains("\"tekst\":\"21.138\",\"markering\":\"HANDMATIG\"");
        GEDRUKT.forEach((id, verwacht) -> assertThat(
                        CijfersGoudenTest.teksten(json.readValue(json.writeValueAsString(gedrukt(id)), Tabel.class)))
                .containsExactlyElementsOf(verwacht));
    }

    /** Issue 12 item 6: a BOM, the number as a number, the published form and its status in their own columns. */
    @Test
    void theCsvHasABomAndItsNumbersParseUnderAnEnglishLocale() throws IOException, ParseException {
        Cijferexport export = new Cijferexport(CijfersGoudenTest.register());
        for (Cijferset set : List.of(jaar(), metVergelijking())) {
            byte[] csv = export.csv(set, Optional.empty());
            assertThat(csv).startsWith(0xEF, 0xBB, 0xBF);
            Map<String, List<CSVRecord>> perTabel = new LinkedHashMap<>();
            try (CSVParser parser = Cijferexport.CSV
                    .builder()
                    .setHeader()
                    .setSkipHeaderRecord(true)
                    .get()
                    .parse(new InputStreamReader(
                            BOMInputStream.builder()
                                    .setInputStream(new ByteArrayInputStream(csv))
                                    .get(),
                            StandardCharsets.UTF_8))) {
                assertThat(parser.getHeaderNames()).containsExactly(Cijferexport.CSV_KOPPEN);
                for (CSVRecord r : parser) {
                    perTabel.computeIfAbsent(r.get("tabel"), k -> new ArrayList<>())
                            .add(r);
                }
            }
            NumberFormat engels = NumberFormat.getInstance(Locale.US);
            for (CSVRecord r : perTabel.get("ontvangen-meldingen")) {
                if (r.get("sector").equals("FARMACEUTISCHE_PRODUCTEN")
                        && r.get("grootheid").equals("ONTVANGEN")
                        && r.get("jaar").equals("2021")) {
                    assertThat(r.get("cijfer")).isEqualTo("2.870");
                    // an English-locale reader gets 2870, not 2.87
                    assertThat(engels.parse(r.get("getal")).longValue()).isEqualTo(2870L);
                    assertThat(r.get("status")).isEqualTo("afgerond");
                    assertThat(r.get("regelset")).isEqualTo("afgerond/1");
                }
                if (r.get("cijfer").equals("<5")) {
                    assertThat(r.get("getal")).isEmpty();
                    assertThat(r.get("status")).isEqualTo("klein");
                }
            }
            // every printed cell, in row order
            for (String id : List.of("ontvangen-meldingen", "jeugd-suicide")) {
                List<CSVRecord> regels = perTabel.get(id);
                List<String> teksten = regels.stream().map(r -> r.get("cijfer")).toList();
                List<String> verwacht = GEDRUKT.get(id).stream()
                        .flatMap(rij -> rij.subList(1, rij.size()).stream())
                        .toList();
                if (set.jaren().size() == 1) {
                    assertThat(teksten).as(id).containsExactlyElementsOf(verwacht);
                }
                for (CSVRecord r : regels) {
                    if (!r.get("getal").isEmpty()) {
                        assertThat(engels.parse(r.get("getal")).longValue())
                                .isEqualTo(Long.parseLong(r.get("cijfer").replace(".", "")));
                    }
                }
            }
            assertThat(perTabel.get("jeugd-suicide"))
                    .filteredOn(r -> r.get("jaar").equals("2021"))
                    .extracting(r -> r.get("status"))
                    .containsOnly("exact");
            if (set.jaren().size() == 3) {
                List<String> productie = perTabel.get("productie").stream()
                        .map(r -> r.get("rij") + "|" + r.get("jaar") + "|" + r.get("getal") + "|" + r.get("cijfer")
                                + "|" + r.get("status"))
                        .toList();
                assertThat(productie)
                        .contains(
                                "Ontvangen telefoongesprekken Frontoffice|2021|21138|21.138|handmatig",
                                "Afgesloten meldingen|2021|15280|15.280|handmatig",
                                "Afgesloten meldingen|2020|11980|11.980|afgerond",
                                "Klachten over de inspectie|2019|93|93|handmatig");
                List<String> gedrukt = perTabel.get("productie").stream()
                        .map(r -> r.get("cijfer"))
                        .toList();
                assertThat(gedrukt)
                        .containsExactlyElementsOf(Jaarbeeld2021.PRODUCTIE.stream()
                                .flatMap(rij -> rij.subList(1, rij.size()).stream())
                                .toList());
            }
        }
    }

    @Test
    void theSpreadsheetHasEveryPrintedCellNumbersAsNumbersAndManualFiguresMarked() throws IOException {
        Cijferexport export = new Cijferexport(CijfersGoudenTest.register());
        for (Map.Entry<String, List<List<String>>> tabel : GEDRUKT.entrySet()) {
            Cijferset set = tabel.getKey().equals("productie") ? metVergelijking() : jaar();
            try (XSSFWorkbook boek = new XSSFWorkbook(new ByteArrayInputStream(export.xlsx(set, Optional.empty())))) {
                Sheet blad = boek.getSheet(export.bladnaam(tabel.getKey()));
                int r = 2;
                for (List<String> rij : tabel.getValue()) {
                    Row regel = blad.getRow(r++);
                    assertThat(regel.getCell(0).getStringCellValue()).isEqualTo(rij.get(0));
                    for (int k = 1; k < rij.size(); k++) {
                        Cell cel = regel.getCell(k);
                        String gedrukt = rij.get(k);
                        if (gedrukt.matches("[0-9.]+")) {
                            assertThat(cel.getCellType()).isEqualTo(CellType.NUMERIC);
                            assertThat((long) cel.getNumericCellValue())
                                    .as(tabel.getKey() + " " + rij.get(0))
                                    .isEqualTo(Long.parseLong(gedrukt.replace(".", "")));
                        } else {
                            assertThat(cel.getStringCellValue()).isEqualTo(gedrukt);
                        }
                    }
                }
                if (tabel.getKey().equals("productie")) {
                    Cell telefoon = blad.getRow(2).getCell(1);
                    assertThat(telefoon.getCellComment()).isNotNull();
                    assertThat(telefoon.getCellComment().getString().getString())
                            .startsWith("(h) handmatig cijfer");
                    assertThat(blad.getRow(4).getCell(1).getCellComment()).isNull(); // counted
                }
            }
        }
    }

    @Test
    void thePdfAndThePageMarkManualFigures() throws IOException {
        byte[] pdf = new Cijferexport(CijfersGoudenTest.register()).pdf(metVergelijking(), Optional.empty());
        String tekst = VaststellingIT.pdfTekst(pdf).replaceAll("[ \\t]+", " ");
        assertThat(tekst).contains("21.138 (h)", "15.280 (h)");
    }
}
