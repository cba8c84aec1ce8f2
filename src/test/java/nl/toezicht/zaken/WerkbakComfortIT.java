package nl.toezicht.zaken;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import nl.toezicht.Api;
import nl.toezicht.IntegratieTest;
import nl.toezicht.Sessie;
import nl.toezicht.Testklok;
import nl.toezicht.kern.Zorgsector;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.JsonNode;

/**
 * Work-queue comfort (issue 13 item 7): sorting by a column, saved filters that are their owner's alone, and the
 * export of the current view as CSV and XLSX (read back), with need-to-know and the access log; bad input answers
 * a problem on its field and changes nothing.
 */
@IntegratieTest
class WerkbakComfortIT {

    private static final CSVFormat GELEZEN = CSVFormat.DEFAULT
            .builder()
            .setDelimiter(';')
            .setHeader()
            .setSkipHeaderRecord(true)
            .get();

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
    Api ggz;

    @BeforeEach
    void setUp() {
        fixtures = new Zaakfixtures(jdbc, transacties, events, klok);
        ggz = Api.op(port).als("inspecteur.ggz");
    }

    @Test
    void theExportHoldsTheViewsCasesThatTheUserMaySeeReadsBackAsCsvAndXlsxAndIsLogged() throws IOException {
        ZaakId eigen = fixtures.eenKlacht().inSector(Zorgsector.GGZ).opentZaak();
        ZaakId elders = fixtures.eenKlacht().inSector(Zorgsector.JEUGD).opentZaak();
        String referentie = referentie(eigen);

        Api.Antwoord csv = ggz.get("/api/v1/zaken/export?formaat=csv&afdeling=GGZ&sortering=NIEUWSTE");
        assertThat(csv.status()).as(csv.toString()).isEqualTo(200);
        assertThat(csv.header("Content-Type")).startsWith("text/csv");
        assertThat(csv.header("Content-Disposition")).contains("attachment", ".csv");
        byte[] bytes = csv.bytes();
        // a byte-order mark, so that Excel reads UTF-8
        assertThat(Arrays.copyOf(bytes, 3)).containsExactly(0xEF, 0xBB, 0xBF);
        List<CSVRecord> regels;
        List<String> koppen;
        try (Reader lezer = new InputStreamReader(
                        new ByteArrayInputStream(bytes, 3, bytes.length - 3), StandardCharsets.UTF_8);
                CSVParser parser = CSVParser.parse(lezer, GELEZEN)) {
            koppen = parser.getHeaderNames();
            regels = parser.getRecords();
        }
        assertThat(koppen)
                .containsExactly(
                        "Zaak",
                        "Soort",
                        "Sector",
                        "Afdeling",
                        "Zorgaanbieder",
                        "Status",
                        "Termijn",
                        "Dagen tot termijn",
                        "Te laat",
                        "Inspecteur",
                        "Ontvangen op");
        CSVRecord rij = regels.stream()
                .filter(r -> r.get("Zaak").equals(referentie))
                .findFirst()
                .orElseThrow();
        assertThat(rij.get("Afdeling")).isEqualTo("GGZ");
        assertThat(rij.get("Te laat")).isIn("Ja", "Nee");
        // the number column is a plain number, the other side of the deadline negative
        assertThat(rij.get("Dagen tot termijn")).matches("-?[0-9]+");
        assertThat(regels).noneMatch(r -> r.get("Zaak").equals(referentie(elders)));
        assertThat(regels).allMatch(r -> r.get("Afdeling").equals("GGZ"));
        assertThat(gelogd("inspecteur.ggz", "EXPORTEREN", eigen)).isPositive();
        assertThat(gelogd("inspecteur.ggz", "EXPORTEREN", elders)).isZero();

        Api.Antwoord xlsx = ggz.get("/api/v1/zaken/export?formaat=xlsx");
        assertThat(xlsx.status()).as(xlsx.toString()).isEqualTo(200);
        assertThat(xlsx.header("Content-Type")).startsWith("application/vnd.openxmlformats");
        try (XSSFWorkbook boek = new XSSFWorkbook(new ByteArrayInputStream(xlsx.bytes()))) {
            Sheet blad = boek.getSheetAt(0);
            assertThat(blad.getRow(0).getCell(0).getStringCellValue()).isEqualTo("Zaak");
            assertThat(blad.getRow(0).getCell(7).getStringCellValue()).isEqualTo("Dagen tot termijn");
            Row gevonden = null;
            for (Row r : blad) {
                if (r.getRowNum() > 0 && r.getCell(0).getStringCellValue().equals(referentie)) {
                    gevonden = r;
                }
                if (r.getRowNum() > 0) {
                    // only the departments the inspector may see (GGZ)
                    assertThat(r.getCell(3).getStringCellValue()).isEqualTo("GGZ");
                }
            }
            assertThat(gevonden).as("the case in the sheet").isNotNull();
            assertThat(gevonden.getCell(7).getCellType()).isEqualTo(CellType.NUMERIC);
        }

        // a department outside the user's need-to-know is refused, not exported empty
        assertThat(ggz.get("/api/v1/zaken/export?afdeling=JEUGD").status()).isEqualTo(403);
        // a role without cases gets none
        assertThat(Api.op(port).als("privacy").get("/api/v1/zaken/export").status())
                .isIn(403);
    }

    @Test
    void sortingByAColumnIsWhitelistedAndTheHeaderLinksSort() {
        java.time.Instant nu = klok.instant();
        ZaakId eerste = fixtures.eenKlacht()
                .inSector(Zorgsector.GGZ)
                .ontvangenOp(nu.plusSeconds(3600))
                .opentZaak();
        ZaakId tweede = fixtures.eenKlacht()
                .inSector(Zorgsector.GGZ)
                .ontvangenOp(nu.plusSeconds(7200))
                .opentZaak();
        JsonNode nieuwste = ggz.get("/api/v1/zaken?afdeling=GGZ&sortering=NIEUWSTE&grootte=100")
                .json();
        List<String> volgorde = nieuwste.get("items")
                .valueStream()
                .map(z -> z.get("id").asString())
                .toList();
        assertThat(volgorde.indexOf(tweede.toString())).isLessThan(volgorde.indexOf(eerste.toString()));

        Api.Antwoord onbekend = ggz.get("/api/v1/zaken?sortering=REFERENTIE");
        assertThat(onbekend.status()).isEqualTo(400);
        assertThat(onbekend.header("Content-Type")).startsWith("application/problem+json");
        assertThat(onbekend.json().get("errors").get(0).get("field").asString()).isEqualTo("sortering");

        String pagina = Sessie.op(port)
                .als("inspecteur.ggz")
                .get("/werkbak?weergave=GGZ&sortering=NIEUWSTE")
                .tekst();
        assertThat(pagina).contains("aria-sort=\"descending\"");
        // the header of the column sorted newest first turns it to oldest first
        assertThat(pagina).containsPattern("href=\"[^\"]*sortering=OUDSTE[^\"]*\" id=\"sorteer-ontvangen\"");
    }

    @Test
    void savedFiltersAreTheOwnersAloneAndKeepOnlyWhatTheWorkQueueReads() {
        Api.Antwoord bewaard = ggz.postJson(
                "/api/v1/werkbakfilters",
                "{\"naam\":\"Te laat, nieuwste eerst\",\"zoekopdracht\":\"teLaat=true&sortering=NIEUWSTE&onzin=1\"}");
        assertThat(bewaard.status()).as(bewaard.toString()).isEqualTo(201);
        String id = bewaard.json().get("id").asString();
        assertThat(bewaard.json().get("zoekopdracht").asString())
                .isEqualTo("weergave=mijn&sortering=NIEUWSTE&teLaat=true");
        assertThat(ggz.get("/api/v1/werkbakfilters")
                        .json()
                        .valueStream()
                        .map(f -> f.get("id").asString()))
                .contains(id);

        // a colleague of the same department neither sees, applies nor deletes it
        Api collega = Api.op(port).als("inspecteur");
        assertThat(collega.get("/api/v1/werkbakfilters")
                        .json()
                        .valueStream()
                        .map(f -> f.get("id").asString()))
                .doesNotContain(id);
        assertThat(collega.get("/api/v1/werkbakfilters/" + id).status()).isEqualTo(404);
        assertThat(collega.send(java.net.http.HttpRequest.newBuilder(collega.uri("/api/v1/werkbakfilters/" + id))
                                .DELETE())
                        .status())
                .isEqualTo(404);
        assertThat(ggz.get("/api/v1/werkbakfilters/" + id).status()).isEqualTo(200);

        // bad input: a problem on its field, nothing stored
        long voor = filters("inspecteur.ggz");
        Api.Antwoord zonderNaam = ggz.postJson("/api/v1/werkbakfilters", "{\"naam\":\"  \",\"zoekopdracht\":\"\"}");
        assertThat(zonderNaam.status()).isEqualTo(422);
        assertThat(zonderNaam.json().get("errors").get(0).get("field").asString())
                .isEqualTo("naam");
        assertThat(zonderNaam.json().get("detail").asString()).isEqualTo("Geef het filter een naam.");
        Api.Antwoord onzin =
                ggz.postJson("/api/v1/werkbakfilters", "{\"naam\":\"Fout\",\"zoekopdracht\":\"status=OPGEGETEN\"}");
        assertThat(onzin.status()).isEqualTo(422);
        assertThat(onzin.json().get("errors").get(0).get("field").asString()).isEqualTo("status");
        assertThat(ggz.get("/api/v1/werkbakfilters/geen-id").status()).isEqualTo(400);
        assertThat(ggz.get("/api/v1/werkbakfilters/" + UUID.randomUUID()).status())
                .isEqualTo(404);
        Api.Antwoord formaat = ggz.get("/api/v1/zaken/export?formaat=pdf");
        assertThat(formaat.status()).isEqualTo(422);
        assertThat(formaat.json().get("errors").get(0).get("field").asString()).isEqualTo("formaat");
        assertThat(filters("inspecteur.ggz")).isEqualTo(voor);

        // the owner deletes it
        assertThat(ggz.send(java.net.http.HttpRequest.newBuilder(ggz.uri("/api/v1/werkbakfilters/" + id))
                                .DELETE())
                        .status())
                .isEqualTo(204);
        assertThat(ggz.get("/api/v1/werkbakfilters/" + id).status()).isEqualTo(404);
    }

    @Test
    void onThePageAFilterIsSavedFromTheViewShownAppliedByItsLinkAndDeleted() {
        Sessie pagina = Sessie.op(port).als("inspecteur.ggz");
        pagina.get("/werkbak");
        Api.Antwoord bewaard = pagina.post(
                "/werkbak/filters",
                Map.of("naam", "GGZ te laat", "weergave", "GGZ", "teLaat", "true", "sortering", "OUDSTE"));
        assertThat(bewaard.status()).isEqualTo(302);
        assertThat(bewaard.header("Location")).endsWith("/werkbak?weergave=GGZ&sortering=OUDSTE&teLaat=true");
        String werkbak = pagina.get("/werkbak").tekst();
        assertThat(werkbak).contains("GGZ te laat", "/werkbak?weergave=GGZ&amp;sortering=OUDSTE&amp;teLaat=true");
        UUID id = jdbc.sql(
                        "select id from zaken.werkbakfilter where eigenaar = 'inspecteur.ggz' and naam = 'GGZ te laat'")
                .query(UUID.class)
                .single();

        // not the colleague's to delete: not found, and it stays
        Sessie collega = Sessie.op(port).als("inspecteur");
        collega.get("/werkbak");
        assertThat(collega.post("/werkbak/filters/" + id + "/verwijderen", Map.of())
                        .status())
                .isEqualTo(404);
        assertThat(filters("inspecteur.ggz")).isPositive();
        Api.Antwoord weg = pagina.post("/werkbak/filters/" + id + "/verwijderen", Map.of());
        assertThat(weg.status()).isEqualTo(302);
        assertThat(pagina.get("/werkbak").tekst())
                .contains("Filter ‘GGZ te laat’ is verwijderd.")
                .doesNotContain("/werkbak/filters/" + id);

        // without a name: back to the view with the message beside the field
        Api.Antwoord zonderNaam = pagina.post("/werkbak/filters", Map.of("naam", "", "weergave", "GGZ"));
        assertThat(zonderNaam.status()).isEqualTo(302);
        assertThat(pagina.get(zonderNaam.header("Location").replaceFirst("^https?://[^/]+", ""))
                        .tekst())
                .contains("Geef het filter een naam.");
    }

    private long filters(String eigenaar) {
        return jdbc.sql("select count(*) from zaken.werkbakfilter where eigenaar = ?")
                .param(eigenaar)
                .query(Long.class)
                .single();
    }

    private String referentie(ZaakId id) {
        return jdbc.sql("select referentie from zaken.zaak where id = ?")
                .param(id.waarde())
                .query(String.class)
                .single();
    }

    private long gelogd(String gebruiker, String handeling, ZaakId zaak) {
        return jdbc.sql("select count(*) from logboek.toegangslog where gebruiker = ? and handeling = ? and toegestaan"
                        + " and objecten_json @> ?::jsonb")
                .params(gebruiker, handeling, "[{\"type\":\"ZAAK\",\"id\":\"" + zaak + "\"}]")
                .query(Long.class)
                .single();
    }
}
