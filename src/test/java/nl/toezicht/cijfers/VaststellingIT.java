package nl.toezicht.cijfers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.HashMap;
import java.util.Map;
import nl.toezicht.Api;
import nl.toezicht.IntegratieTest;
import nl.toezicht.kern.Zorgsector;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/**
 * A year's figures through draft → checked → approved; the approved version is frozen and prints the same
 * after a late correction, which becomes a new version with a visible difference; the exports read back to
 * the published figures.
 */
@IntegratieTest
class VaststellingIT {

    static final int JAAR = 2018;
    static final String PAD = "/api/v1/statistieken/vaststellingen/" + JAAR;

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Cijferdienst dienst;

    @Autowired
    Cijferexport export;

    @Autowired
    Cijferdata data;

    private Api.Antwoord verwacht(Api.Antwoord antwoord, int status) {
        assertThat(antwoord.status()).as(antwoord.toString()).isEqualTo(status);
        return antwoord;
    }

    private int stelVast(Api analist, Api beheerder) {
        JsonNode concept = verwacht(analist.postJson(PAD, "{}"), 201).json();
        int versie = concept.get("versie").asInt();
        assertThat(concept.get("status").asString()).isEqualTo("CONCEPT");
        verwacht(analist.postJson(PAD + "/" + versie + "/controle", "{}"), 200);
        JsonNode vastgesteld = verwacht(beheerder.postJson(PAD + "/" + versie + "/vaststelling", "{}"), 200)
                .json();
        assertThat(vastgesteld.get("status").asString()).isEqualTo("VASTGESTELD");
        assertThat(vastgesteld.get("vastgesteldDoor").asString()).isEqualTo("beheerder");
        return versie;
    }

    /** Issue 11, defect 18: an unfinished year is not approved, and nobody approves what they drew up or checked. */
    @Test
    void onlyAnEndedYearIsApprovedAndOnlyByASecondPerson() {
        Api analist = Api.op(port).als("analist");
        Api beheerder = Api.op(port).als("beheerder");
        nl.toezicht.toegang.Toegangtestdata.zoals(jdbc, "beheerder", "beheerder.twee", "Tweede Beheerder");
        Api tweede = Api.op(port).als("beheerder.twee");

        // the year it is now has not ended: drafted and checked it may be, approved it is not
        int lopend = dienst.lopendJaar();
        String nu = "/api/v1/statistieken/vaststellingen/" + lopend;
        int v = verwacht(analist.postJson(nu, "{}"), 201).json().get("versie").asInt();
        verwacht(analist.postJson(nu + "/" + v + "/controle", "{}"), 200);
        assertThat(verwacht(beheerder.postJson(nu + "/" + v + "/vaststelling", "{}"), 409)
                        .json()
                        .get("detail")
                        .asString())
                .isEqualTo("Cijfers " + lopend + " versie " + v + " kunnen nog niet worden vastgesteld: het jaar "
                        + lopend + " is nog niet voorbij.");
        assertThat(status(lopend, v)).isEqualTo("GECONTROLEERD");
        verwacht(Api.op(port).get("/api/v1/statistieken/jaren/" + lopend), 404);

        // one administrator drafts, checks and tries to approve alone
        String pad2012 = "/api/v1/statistieken/vaststellingen/2012";
        int alleen = verwacht(beheerder.postJson(pad2012, "{}"), 201)
                .json()
                .get("versie")
                .asInt();
        verwacht(beheerder.postJson(pad2012 + "/" + alleen + "/controle", "{}"), 200);
        assertThat(verwacht(beheerder.postJson(pad2012 + "/" + alleen + "/vaststelling", "{}"), 409)
                        .json()
                        .get("detail")
                        .asString())
                .isEqualTo("U heeft cijfers 2012 versie " + alleen
                        + " zelf opgesteld: een ander stelt ze vast (vier ogen).");
        assertThat(status(2012, alleen)).isEqualTo("GECONTROLEERD");

        // the analyst drafts, an administrator checks: that administrator may not approve, a second one may
        String pad2013 = "/api/v1/statistieken/vaststellingen/2013";
        int samen = verwacht(analist.postJson(pad2013, "{}"), 201)
                .json()
                .get("versie")
                .asInt();
        JsonNode gecontroleerd = verwacht(beheerder.postJson(pad2013 + "/" + samen + "/controle", "{}"), 200)
                .json();
        assertThat(gecontroleerd.get("gecontroleerdDoor").asString()).isEqualTo("beheerder");
        assertThat(verwacht(beheerder.postJson(pad2013 + "/" + samen + "/vaststelling", "{}"), 409)
                        .json()
                        .get("detail")
                        .asString())
                .contains("zelf gecontroleerd");
        JsonNode vastgesteld = verwacht(tweede.postJson(pad2013 + "/" + samen + "/vaststelling", "{}"), 200)
                .json();
        assertThat(vastgesteld.get("opgesteldDoor").asString()).isEqualTo("analist");
        assertThat(vastgesteld.get("gecontroleerdDoor").asString()).isEqualTo("beheerder");
        assertThat(vastgesteld.get("vastgesteldDoor").asString()).isEqualTo("beheerder.twee");

        // the database holds the rule as well
        assertThatThrownBy(() -> jdbc.sql(
                                "update cijfers.vaststelling set status = 'VASTGESTELD',"
                                        + " vastgesteld_door = opgesteld_door, vastgesteld_op = now() where jaar = 2012 and versie = ?")
                        .param(alleen)
                        .update())
                .hasMessageContaining("vaststelling_vier_ogen");
    }

    private String status(int jaar, int versie) {
        return jdbc.sql("select status from cijfers.vaststelling where jaar = ? and versie = ?")
                .params(jaar, versie)
                .query(String.class)
                .single();
    }

    @Test
    void draftCheckApproveFreezeAndALateCorrectionBecomesANewVersion() throws IOException {
        Api anoniem = Api.op(port);
        Api analist = Api.op(port).als("analist");
        Api beheerder = Api.op(port).als("beheerder");
        data.meldingen(JAAR, Zorgsector.GGZ, "OVERIG", 4, 23);
        data.meldingen(JAAR, Zorgsector.JEUGD, "CALAMITEIT", 9, 41);

        // who may do what
        verwacht(anoniem.postJson(PAD, "{}"), 401);
        verwacht(Api.op(port).als("intake").postJson(PAD, "{}"), 403);
        int eerste =
                verwacht(analist.postJson(PAD, "{}"), 201).json().get("versie").asInt();
        verwacht(beheerder.postJson(PAD + "/" + eerste + "/vaststelling", "{}"), 409);
        verwacht(analist.postJson(PAD + "/" + eerste + "/controle", "{}"), 200);
        verwacht(analist.postJson(PAD + "/" + eerste + "/vaststelling", "{}"), 403);
        verwacht(anoniem.get("/api/v1/statistieken/jaren/" + JAAR), 404);
        verwacht(beheerder.postJson(PAD + "/" + eerste + "/vaststelling", "{}"), 200);
        assertThat(verwacht(beheerder.postJson(PAD + "/" + eerste + "/vaststelling", "{}"), 409)
                        .json()
                        .get("detail")
                        .asString())
                .isEqualTo("Cijfers " + JAAR + " versie " + eerste
                        + " zijn al vastgesteld; een correctie wordt een nieuwe versie.");
        verwacht(analist.postJson(PAD + "/" + eerste + "/controle", "{}"), 409);

        // published: anyone, rounded, no unrounded count
        Api.Antwoord gepubliceerd = verwacht(anoniem.get("/api/v1/statistieken/jaren/" + JAAR), 200);
        assertThat(gepubliceerd.tekst()).doesNotContain("\"waarde\"");
        JsonNode ontvangen = CijfersIT.tabel(gepubliceerd.json(), "ontvangen-meldingen");
        assertThat(ontvangen.get("kolomkoppen").get(0).asString()).isEqualTo("Ontvangen " + JAAR);
        assertThat(CijfersIT.teksten(ontvangen).get(2).subList(0, 2)).containsExactly("GGZ", "20");
        assertThat(CijfersIT.teksten(ontvangen).get(0).subList(0, 2)).containsExactly("Jeugd", "40");
        String v1Json = anoniem.get("/api/v1/statistieken/jaren/" + JAAR + "?versie=" + eerste)
                .tekst();
        byte[] v1Csv = verwacht(
                        anoniem.get("/api/v1/statistieken/jaren/" + JAAR + "/cijfers.csv?versie=" + eerste), 200)
                .bytes();
        String v1Pdf = pdfTekst(anoniem.get("/api/v1/statistieken/jaren/" + JAAR + "/cijfers.pdf?versie=" + eerste)
                .bytes());

        // exports read back to the published figures
        exportsLezenTerug(anoniem, gepubliceerd.json());

        // frozen in the database too
        assertThatThrownBy(() -> jdbc.sql("update cijfers.vaststelling set inhoud = '{}' where jaar = ? and versie = ?")
                        .params(JAAR, eerste)
                        .update())
                .hasMessageContaining("frozen");

        // a late correction: 3 more GGZ notifications of that year arrive (after the counts were refreshed)
        verwacht(beheerder.postJson("/api/v1/statistieken/tellingen/verversing", "{}"), 200);
        data.meldingen(JAAR, Zorgsector.GGZ, "OVERIG", 4, 3);
        int tweede = stelVast(analist, beheerder);
        assertThat(tweede).isEqualTo(eerste + 1);

        JsonNode nu =
                verwacht(anoniem.get("/api/v1/statistieken/jaren/" + JAAR), 200).json();
        assertThat(CijfersIT.teksten(CijfersIT.tabel(nu, "ontvangen-meldingen"))
                        .get(2)
                        .subList(0, 2))
                .containsExactly("GGZ", "30");
        JsonNode verschil = verwacht(
                        anoniem.get("/api/v1/statistieken/jaren/" + JAAR + "/versies/" + tweede + "/verschil"), 200)
                .json();
        assertThat(verschil.get("vorigeVersie").asInt()).isEqualTo(eerste);
        assertThat(verschil.get("wijzigingen").toString())
                .contains(
                        "\"rij\":\"GGZ\"",
                        "\"kolom\":\"Ontvangen " + JAAR + "\"",
                        "\"oud\":\"20\"",
                        "\"nieuw\":\"30\"");

        // the first version prints exactly as before
        assertThat(anoniem.get("/api/v1/statistieken/jaren/" + JAAR + "?versie=" + eerste)
                        .tekst())
                .isEqualTo(v1Json);
        assertThat(anoniem.get("/api/v1/statistieken/jaren/" + JAAR + "/cijfers.csv?versie=" + eerste)
                        .bytes())
                .isEqualTo(v1Csv);
        assertThat(pdfTekst(anoniem.get("/api/v1/statistieken/jaren/" + JAAR + "/cijfers.pdf?versie=" + eerste)
                        .bytes()))
                .isEqualTo(v1Pdf)
                .contains("GGZ 20");

        // the versions, for staff
        JsonNode versies = verwacht(analist.get(PAD), 200).json();
        assertThat(versies).hasSize(2);
        assertThat(versies.get(0).get("checksum").asString()).hasSize(64);
        verwacht(anoniem.get(PAD), 401);
    }

    @Test
    void aFailedCheckBlocksApprovalAndSaysWhere() {
        Api analist = Api.op(port).als("analist");
        Api beheerder = Api.op(port).als("beheerder");
        int jaar = 2016;
        String pad = "/api/v1/statistieken/vaststellingen/" + jaar;
        int versie =
                verwacht(analist.postJson(pad, "{}"), 201).json().get("versie").asInt();
        // tamper with the draft's figures (drafts are not frozen): an "of which" above its total
        String inhoud = jdbc.sql("select inhoud from cijfers.vaststelling where jaar = ? and versie = ?")
                .params(jaar, versie)
                .query(String.class)
                .single();
        String cel = "{\"grootheid\":\"ONTVANGEN_CALAMITEIT\",\"sector\":\"JEUGD\",\"jaar\":2016,\"waarde\":";
        String fout = inhoud.replaceFirst(java.util.regex.Pattern.quote(cel + "0,"), cel + "7,");
        assertThat(fout).isNotEqualTo(inhoud);
        jdbc.sql("update cijfers.vaststelling set inhoud = ?, checksum = ? where jaar = ? and versie = ?")
                .params(fout, Vaststelling.sha256(fout), jaar, versie)
                .update();

        Api.Antwoord controle = verwacht(analist.postJson(pad + "/" + versie + "/controle", "{}"), 409);
        assertThat(controle.header("Content-Type")).startsWith("application/problem+json");
        assertThat(controle.json().get("detail").asString()).startsWith("De cijfers kunnen niet worden vastgesteld");
        assertThat(controle.json().get("errors").toString())
                .contains(
                        "tabel 'Ontvangen meldingen per zorgsector', rij 'Jeugd', kolom 'Waarvan calamiteit 2016' is 7");
        verwacht(beheerder.postJson(pad + "/" + versie + "/vaststelling", "{}"), 409);
        assertThat(jdbc.sql("select status from cijfers.vaststelling where jaar = ? and versie = ?")
                        .params(jaar, versie)
                        .query(String.class)
                        .single())
                .isEqualTo("CONCEPT");
    }

    private void exportsLezenTerug(Api anoniem, JsonNode set) throws IOException {
        Map<String, String> verwacht = new HashMap<>();
        for (JsonNode tabel : set.get("tabellen")) {
            for (JsonNode rij : tabel.get("rijen")) {
                for (JsonNode cel : rij.get("cellen")) {
                    verwacht.put(
                            tabel.get("id").asString() + "|" + cel.get("sector").asString() + "|"
                                    + cel.get("grootheid").asString() + "|"
                                    + cel.get("jaar").asInt(),
                            cel.get("tekst").asString());
                }
            }
        }

        // CSV, with the same format it was written in
        Api.Antwoord csv = verwacht(anoniem.get("/api/v1/statistieken/jaren/" + JAAR + "/cijfers.csv"), 200);
        assertThat(csv.header("Content-Type")).startsWith("text/csv");
        assertThat(csv.header("Content-Disposition")).contains("cijfers-" + JAAR + "-versie-");
        Map<String, String> gelezen = new HashMap<>();
        try (CSVParser parser = Cijferexport.CSV
                .builder()
                .setHeader()
                .setSkipHeaderRecord(true)
                .get()
                .parse(new java.io.InputStreamReader(
                        org.apache.commons.io.input.BOMInputStream.builder()
                                .setInputStream(new ByteArrayInputStream(csv.bytes()))
                                .get(),
                        java.nio.charset.StandardCharsets.UTF_8))) {
            assertThat(parser.getHeaderNames()).containsExactly(Cijferexport.CSV_KOPPEN);
            for (CSVRecord r : parser) {
                gelezen.put(
                        r.get("tabel") + "|" + r.get("sector") + "|" + r.get("grootheid") + "|" + r.get("jaar"),
                        r.get("cijfer"));
            }
        }
        assertThat(gelezen).isEqualTo(verwacht);
        // a byte-order mark first, so that Excel reads the UTF-8 (issue 12)
        assertThat(csv.bytes()).startsWith(0xEF, 0xBB, 0xBF);
        assertThat(csv.tekst().replace("\uFEFF", "")).startsWith("# Cijfers " + JAAR + " · vastgesteld, versie ");

        // XLSX, read with the library that wrote it: one sheet per table, the same texts
        Api.Antwoord xlsx = verwacht(anoniem.get("/api/v1/statistieken/jaren/" + JAAR + "/cijfers.xlsx"), 200);
        assertThat(xlsx.header("Content-Type"))
                .startsWith("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        try (XSSFWorkbook boek = new XSSFWorkbook(new ByteArrayInputStream(xlsx.bytes()))) {
            // sheets are named by what they hold, not by a cut-off id (issue 11)
            assertThat(boek.getSheetName(0)).isEqualTo("Ontvangen meldingen");
            assertThat(boek.getSheetName(3)).isEqualTo("Grensoverschrijdend gedrag");
            for (JsonNode tabel : set.get("tabellen")) {
                Sheet blad = boek.getSheet(export.bladnaam(tabel.get("id").asString()));
                assertThat(blad).as(tabel.get("id").asString()).isNotNull();
                int r = 2;
                for (JsonNode rij : tabel.get("rijen")) {
                    Row regel = blad.getRow(r++);
                    assertThat(regel.getCell(0).getStringCellValue())
                            .isEqualTo(rij.get("label").asString());
                    int k = 1;
                    for (JsonNode cel : rij.get("cellen")) {
                        assertThat(tekst(regel.getCell(k++)))
                                .isEqualTo(cel.get("tekst").asString());
                    }
                }
            }
        }

        // PDF: every row of every table as it is published
        Api.Antwoord pdf = verwacht(anoniem.get("/api/v1/statistieken/jaren/" + JAAR + "/cijfers.pdf"), 200);
        assertThat(pdf.header("Content-Type")).isEqualTo("application/pdf");
        String tekst = pdfTekst(pdf.bytes()).replaceAll("[ \\t]+", " ");
        assertThat(tekst).contains("Cijfers " + JAAR);
        for (JsonNode tabel : set.get("tabellen")) {
            assertThat(tekst).contains(tabel.get("titel").asString());
            for (JsonNode rij : tabel.get("rijen")) {
                // the label may carry a footnote's number (the chapter numbers its notes at their rows)
                StringBuilder regel = new StringBuilder(
                        java.util.regex.Pattern.quote(rij.get("label").asString()) + "(\\d+(,\\d+)*)?");
                rij.get("cellen")
                        .forEach(c -> regel.append(' ')
                                .append(java.util.regex.Pattern.quote(
                                        c.get("tekst").asString())));
                assertThat(tekst).containsPattern(regel.toString());
            }
        }
    }

    private static String tekst(Cell cel) {
        if (cel.getCellType() == CellType.NUMERIC) {
            return Openbaarmakingsregels.formatteer((long) cel.getNumericCellValue());
        }
        return cel.getStringCellValue();
    }

    static String pdfTekst(byte[] pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setSortByPosition(true);
            return stripper.getText(document);
        }
    }
}
