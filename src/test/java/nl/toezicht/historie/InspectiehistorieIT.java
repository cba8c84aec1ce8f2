package nl.toezicht.historie;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import nl.toezicht.IntegratieTest;
import nl.toezicht.Sessie;
import nl.toezicht.Testklok;
import nl.toezicht.historie.Importverslag.Uitkomst;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Issue 14, history import extended: past framework versions and supervision activities with findings, effect and
 * the final report's PDF, through the same dry run, legacy ids, refusals and reconciliation as the rest of the
 * history. Everything is scoped by the test's own legacy ids and framework code.
 */
@IntegratieTest
class InspectiehistorieIT {

    private static final JsonMapper JSON = JsonMapper.builder()
            .enable(tools.jackson.databind.SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS)
            .build();

    @Autowired
    HistorieImport historie;

    @Autowired
    HistorieExport export;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Testklok klok;

    @LocalServerPort
    int port;

    @TempDir
    Path map;

    static final byte[] PDF =
            "%PDF-1.4\n% historisch rapport\n1 0 obj << >> endobj\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);

    /** One history: a provider with a location, a framework version, three activities; ids prefixed. */
    static final class Bestand {
        final String p = "I" + UUID.randomUUID().toString().substring(0, 8) + "-";
        final String code = "hist-" + p.substring(1, 9).toLowerCase();
        final String kvk =
                Integer.toString(20_000_000 + ThreadLocalRandom.current().nextInt(70_000_000));

        String zorgaanbieder() {
            return """
                    {"type":"zorgaanbieder","id":"%sZA","naam":"Zorggroep Historie","kvkNummer":"%s","sectoren":["GGZ"],\
                    "locaties":[{"id":"%sL1","adres":"Dorpsstraat 1","postcode":"1234 ab","plaats":"Ons Dorp","gemeente":"Ons Dorp"}]}""".formatted(p, kvk, p);
        }

        String kaderversie() {
            return """
                    {"type":"kaderversie","id":"%sKV","gepubliceerdOp":"2018-12-01","kader":{"code":"%s","versie":1,\
                    "naam":"Historisch kader","sector":"GGZ","omschrijving":"Kader uit het vorige systeem.",\
                    "schaal":[{"code":"VOLDOET","label":"Voldoet"},{"code":"VOLDOET_NIET","label":"Voldoet niet"}],\
                    "themas":[{"code":"A","titel":"Veiligheid","normen":[\
                    {"code":"A.1","titel":"Medicatie","tekst":"Medicatie is veilig.","aandachtspunten":[]},\
                    {"code":"A.2","titel":"Incidenten","tekst":"Incidenten worden geleerd van.","aandachtspunten":[]}]}]}}""".formatted(p, code);
        }

        String bezoek(String bevindingen, String rapportExtra) {
            return """
                    {"type":"toezichtactiviteit","id":"%sA1","soort":"BEZOEK","aankondiging":"ONAANGEKONDIGD",\
                    "aanleiding":"SIGNAAL","aanleidingOmschrijving":"Signaal uit 2019","afdeling":"GGZ",\
                    "zorgaanbieder":"%sZA","locaties":["%sL1"],"kaderversie":"%sKV",\
                    "team":[{"gebruiker":"inspecteur.ggz","leider":true},{"naam":"Mw. A. Bakker (uit dienst)"}],\
                    "begindatum":"2019-03-04","einddatum":"2019-03-05","status":"RAPPORT_DEFINITIEF",\
                    "bevindingen":[%s],\
                    "effect":{"beoogd":"Veilige medicatie","uitkomst":"BEREIKT","toelichting":"Verbeterd","beoordeeldOp":"2019-10-01"},\
                    "rapport":{"inleiding":"Inleiding <b>oud</b>","teksten":[{"norm":"A.1","tekst":"Op orde."}],\
                    "beoordeeldDoor":"inspecteur","definitiefOp":"2019-05-02",\
                    "pdf":"%s","pdfSha256":"%s"%s}}""".formatted(
                            p,
                            p,
                            p,
                            p,
                            bevindingen,
                            Base64.getEncoder().encodeToString(PDF),
                            Inspectieregels.sha256(PDF),
                            rapportExtra);
        }

        static final String BEVINDINGEN = """
                {"norm":"A.1","score":"VOLDOET","onderbouwing":"Dubbele controle <script>alert(1)</script>"},\
                {"norm":"A.2","score":"VOLDOET_NIET","onderbouwing":"Geen analyse"}""";

        String bureauonderzoek() {
            return """
                    {"type":"toezichtactiviteit","id":"%sA2","soort":"BUREAUONDERZOEK","aanleiding":"THEMA",\
                    "afdeling":"GGZ","zorgaanbieder":"%sZA","team":[{"gebruiker":"inspecteur.ggz","leider":true}],\
                    "begindatum":"2020-02-10","status":"VELDWERK_AFGEROND"}""".formatted(p, p);
        }

        String geannuleerd() {
            return """
                    {"type":"toezichtactiviteit","id":"%sA3","soort":"BESTUURLIJK_GESPREK","aanleiding":"PROGRAMMA",\
                    "afdeling":"GGZ","zorgaanbieder":"%sZA","team":[{"naam":"Dhr. Oud","leider":true}],\
                    "begindatum":"2020-06-01","status":"GEANNULEERD","toelichting":"Afgezegd"}""".formatted(p, p);
        }

        List<String> goed() {
            return List.of(zorgaanbieder(), kaderversie(), bezoek(BEVINDINGEN, ""), bureauonderzoek(), geannuleerd());
        }
    }

    private Path schrijf(String naam, List<String> regels) throws Exception {
        Path pad = map.resolve(naam);
        Files.write(pad, regels, StandardCharsets.UTF_8);
        return pad;
    }

    private Importverslag importeer(Path pad, Importopties opties) {
        return historie.voerUit(historie.registreer(pad, opties));
    }

    private long opgeslagen(String p) {
        return jdbc.sql("select count(*) from historie.herkomst where legacy_id like ?")
                .param(p + "%")
                .query(Long.class)
                .single();
    }

    private UUID nieuwId(String soort, String legacy) {
        return jdbc.sql("select nieuw_id from historie.herkomst where soort = ? and legacy_id = ?")
                .params(soort, legacy)
                .query(UUID.class)
                .single();
    }

    private static long rij(Importverslag v, String object, String dimensie, String waarde, boolean database) {
        return v.aansluiting().stream()
                .filter(r -> r.object().equals(object)
                        && r.dimensie().equals(dimensie)
                        && r.waarde().equals(waarde))
                .mapToLong(r -> database ? r.database() : r.bestand())
                .sum();
    }

    @Test
    void activitiesComeInWithFindingsEffectAndReportOnceReconciledAndGoOutAgainUnchanged() throws Exception {
        klok.zet("2026-06-10T10:00");
        Bestand b = new Bestand();
        Path pad = schrijf(b.p + "inspecties.jsonl", b.goed());

        // a dry run: judged, counted and reconciled, nothing stored (no file left in the store either)
        Importverslag droog = importeer(pad, new Importopties(true, null));
        assertThat(droog.fouten()).isEmpty();
        assertThat(droog.uitkomst()).isEqualTo(Uitkomst.GECONTROLEERD);
        assertThat(droog.nieuw()).containsEntry("KADERVERSIE", 1L).containsEntry("TOEZICHTACTIVITEIT", 3L);
        assertThat(droog.klopt()).isTrue();
        assertThat(opgeslagen(b.p)).isZero();
        assertThat(jdbc.sql("select count(*) from inspecties.toetsingskader where code = ?")
                        .param(b.code)
                        .query(Long.class)
                        .single())
                .isZero();

        Importverslag echt = importeer(pad, Importopties.allesOfNiets());
        assertThat(echt.fouten()).isEmpty();
        assertThat(echt.uitkomst()).isEqualTo(Uitkomst.GESLAAGD);
        assertThat(echt.klopt()).isTrue();
        assertThat(rij(echt, "toezichtactiviteiten", "totaal", "", true)).isEqualTo(3);
        assertThat(rij(echt, "toezichtactiviteiten", "soort", "BEZOEK", true)).isEqualTo(1);
        assertThat(rij(echt, "toezichtactiviteiten", "jaar", "2020", false)).isEqualTo(2);
        assertThat(rij(echt, "toezichtactiviteiten", "jaar", "2020", true)).isEqualTo(2);
        assertThat(rij(echt, "toezichtactiviteiten", "rapport", "DEFINITIEF", true))
                .isEqualTo(1);
        assertThat(rij(echt, "kaderversies", "totaal", "", true)).isEqualTo(1);

        // stored as the old system had it: marked, one timeline entry, the version published, findings on its norms
        UUID bezoek = nieuwId("TOEZICHTACTIVITEIT", b.p + "A1");
        assertThat(jdbc.sql("select a.geimporteerd || ' ' || a.status || ' ' || a.aankondiging || ' ' || a.leider"
                                + " || ' ' || v.status || ' ' || v.versie from inspecties.toezichtactiviteit a"
                                + " join inspecties.kaderversie v on v.id = a.kaderversie_id where a.id = ?")
                        .param(bezoek)
                        .query(String.class)
                        .single())
                .isEqualTo("true RAPPORT_DEFINITIEF ONAANGEKONDIGD inspecteur.ggz GEPUBLICEERD 1");
        assertThat(jdbc.sql("select stap || ' ' || door from inspecties.activiteitstap where activiteit = ?")
                        .param(bezoek)
                        .query(String.class)
                        .list())
                .containsExactly("GEIMPORTEERD systeem");
        assertThat(jdbc.sql("select norm_code || '=' || score from inspecties.bevinding where activiteit = ?"
                                + " order by norm_code")
                        .param(bezoek)
                        .query(String.class)
                        .list())
                .containsExactly("A.1=VOLDOET", "A.2=VOLDOET_NIET");
        assertThat(jdbc.sql("select pdf_sha256 from inspecties.rapport where activiteit = ?")
                        .param(bezoek)
                        .query(String.class)
                        .single())
                .isEqualTo(Inspectieregels.sha256(PDF));

        // served on the activity page: marked as imported, the hostile text escaped, the PDF as it came in
        Sessie inspecteur = Sessie.op(port).als("inspecteur.ggz");
        var pagina = inspecteur.get("/inspecties/activiteiten/" + bezoek);
        assertThat(pagina.status()).isEqualTo(200);
        assertThat(pagina.tekst()).contains("id=\"geimporteerd\"").contains("Geïmporteerd uit de historie");
        var pdf = inspecteur.get("/inspecties/activiteiten/" + bezoek + "/rapport.pdf");
        assertThat(pdf.status()).isEqualTo(200);
        assertThat(pdf.bytes()).isEqualTo(PDF);
        var veldwerk = inspecteur.get("/inspecties/activiteiten/" + bezoek + "/veldwerk");
        assertThat(veldwerk.tekst()).doesNotContain("<script>alert(1)</script>");

        // the same file again stores nothing twice
        Importverslag nogmaals = importeer(pad, Importopties.allesOfNiets());
        assertThat(nogmaals.totaalNieuw()).isZero();
        assertThat(nogmaals.ongewijzigd())
                .containsEntry("TOEZICHTACTIVITEIT", 3L)
                .containsEntry("KADERVERSIE", 1L);
        assertThat(nogmaals.klopt()).isTrue();
        assertThat(jdbc.sql("select count(*) from inspecties.toezichtactiviteit a join historie.herkomst h"
                                + " on h.nieuw_id = a.id where h.legacy_id like ?")
                        .param(b.p + "%")
                        .query(Long.class)
                        .single())
                .isEqualTo(3);

        // the export writes them as they came in: the same records, with Toezicht ids for legacy ids
        ByteArrayOutputStream uit = new ByteArrayOutputStream();
        export.exporteer(uit);
        Map<String, String> terug = Map.of(
                bezoek.toString(), b.p + "A1",
                nieuwId("KADERVERSIE", b.p + "KV").toString(), b.p + "KV",
                nieuwId("ZORGAANBIEDER", b.p + "ZA").toString(), b.p + "ZA",
                nieuwId("LOCATIE", b.p + "L1").toString(), b.p + "L1",
                nieuwId("TOEZICHTACTIVITEIT", b.p + "A2").toString(), b.p + "A2",
                nieuwId("TOEZICHTACTIVITEIT", b.p + "A3").toString(), b.p + "A3");
        List<String> geexporteerd = new ArrayList<>();
        for (String regel : uit.toString(StandardCharsets.UTF_8).split("\n")) {
            if (terug.keySet().stream().anyMatch(id -> regel.contains("\"id\":\"" + id + "\""))
                    && (regel.contains("\"toezichtactiviteit\"") || regel.contains("\"kaderversie\""))) {
                String vertaald = regel;
                for (Map.Entry<String, String> e : terug.entrySet()) {
                    vertaald = vertaald.replace(e.getKey(), e.getValue());
                }
                geexporteerd.add(vertaald);
            }
        }
        assertThat(geexporteerd).hasSize(4);
        Regelparser parser = new Regelparser();
        List<String> origineel = b.goed().subList(1, 5);
        for (int i = 0; i < 4; i++) {
            assertThat(vergelijkbaar(parser.lees(geexporteerd.get(i))))
                    .as(geexporteerd.get(i))
                    .isEqualTo(vergelijkbaar(parser.lees(origineel.get(i))));
        }
    }

    /** A record as text, with the PDF by its checksum and the framework document as its JSON tree. */
    private static String vergelijkbaar(Historierecord r) {
        if (r instanceof Inspectierecords.Kaderversie k) {
            ObjectNode document = (ObjectNode) JSON.readTree(k.document());
            document.remove("$schema");
            document.remove("status");
            return k.id() + " " + k.versie() + " " + k.gepubliceerdOp() + " "
                    + JSON.writeValueAsString(JSON.treeToValue(document, Map.class));
        }
        Inspectierecords.Toezichtactiviteit a = (Inspectierecords.Toezichtactiviteit) r;
        Inspectierecords.Rapport rapport = a.rapport();
        String rapportTekst = rapport == null
                ? "-"
                : rapport.inleiding()
                        + rapport.teksten()
                        + rapport.beoordeeldDoor()
                        + rapport.definitiefOp()
                        + rapport.sha256()
                        + Inspectieregels.sha256(rapport.pdf());
        return new Inspectierecords.Toezichtactiviteit(
                        a.id(),
                        a.activiteitsoort(),
                        a.aankondiging(),
                        a.aanleiding(),
                        a.aanleidingOmschrijving(),
                        a.afdeling(),
                        a.zorgaanbieder(),
                        a.locaties(),
                        a.kaderversie(),
                        a.team(),
                        a.begindatum(),
                        a.einddatum(),
                        a.status(),
                        a.toelichting(),
                        a.bevindingen(),
                        a.effect(),
                        null)
                + rapportTekst;
    }

    @Test
    void badLinesAreRefusedOnTheirLineAndFieldInDutchAndNothingIsStored() throws Exception {
        klok.zet("2026-06-10T10:00");
        Bestand b = new Bestand();
        String verkeerdeSom = b.bezoek(Bestand.BEVINDINGEN, "").replace(Inspectieregels.sha256(PDF), "0".repeat(64));
        List<String> regels = List.of(
                b.zorgaanbieder(),
                b.kaderversie(),
                // 3: the checksum of another file
                verkeerdeSom,
                // 4: a framework version no one knows
                b.bureauonderzoek().replace("\"THEMA\",", "\"THEMA\",\"kaderversie\":\"onbekend-kader\","),
                // 5: a norm not in the version
                b.bezoek("{\"norm\":\"Z.9\",\"score\":\"VOLDOET\"}", "").replace(b.p + "A1", b.p + "A5"),
                // 6: a score not on the framework's scale
                b.bezoek("{\"norm\":\"A.1\",\"score\":\"VOLDOET_GROTENDEELS\"}", "")
                        .replace(b.p + "A1", b.p + "A6"),
                // 7: a control character in the evidence
                b.bezoek("{\"norm\":\"A.1\",\"score\":\"VOLDOET\",\"onderbouwing\":\"nul\\u0000teken\"}", "")
                        .replace(b.p + "A1", b.p + "A7"),
                // 8: a line longer than the limit
                b.geannuleerd().replace("Afgezegd", "x".repeat(Regels.MAX_REGEL)));
        Importverslag v = importeer(schrijf(b.p + "fout.jsonl", regels), Importopties.allesOfNiets());
        assertThat(v.uitkomst()).isEqualTo(Uitkomst.AFGEWEZEN);
        assertThat(v.fouten())
                .extracting(f -> f.regel() + " " + f.veld())
                .containsExactly(
                        "3 rapport.pdfSha256",
                        "4 kaderversie",
                        "5 bevindingen[0].norm",
                        "6 bevindingen[0].score",
                        "7 bevindingen[0].onderbouwing",
                        "8 regel");
        assertThat(v.fouten().get(0).melding()).contains("SHA-256 klopt niet");
        assertThat(v.fouten().get(1).melding()).contains("Onbekende kaderversie 'onbekend-kader'");
        assertThat(v.fouten().get(2).melding()).contains("Norm 'Z.9' staat niet in kaderversie");
        assertThat(v.fouten().get(3).melding()).contains("VOLDOET_GROTENDEELS").contains("VOLDOET, VOLDOET_NIET");
        assertThat(v.fouten().get(4).melding()).contains("stuurteken");
        assertThat(opgeslagen(b.p)).isZero();
        assertThat(jdbc.sql("select count(*) from inspecties.toetsingskader where code = ?")
                        .param(b.code)
                        .query(Long.class)
                        .single())
                .isZero();
    }
}
