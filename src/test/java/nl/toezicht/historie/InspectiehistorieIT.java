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

        // decision 0107: a case as the reason, photos with findings, a final report the old system kept without PDF

        String melding() {
            return """
                    {"type":"melding","id":"%sM","bron":"ZORGAANBIEDER","kanaal":"WEBFORMULIER","soort":"CALAMITEIT",                    "sector":"GGZ","zorgaanbieder":"%sZA","ontvangenOp":"2019-01-10","omschrijving":"Melding uit 2019"}""".formatted(p, p);
        }

        String zaak() {
            return """
                    {"type":"zaak","id":"%sZ","meldingen":["%sM"],"sluitreden":"ONDERZOEK_VOLDOENDE",                    "samenvatting":{"geslotenOp":"2019-08-01"}}""".formatted(p, p);
        }

        /** An attachment of a finding as the format carries it: base64 with its SHA-256. */
        static String bijlage(String naam, byte[] inhoud, String sha256) {
            return """
                    {"bestandsnaam":"%s","inhoud":"%s","sha256":"%s"}""".formatted(naam, Base64.getEncoder().encodeToString(inhoud), sha256);
        }

        String foto() {
            return bijlage(p + "foto.png", FOTO, Inspectieregels.sha256(FOTO));
        }

        /** A desk inspection from a case, a photo with its finding, final without PDF. */
        String uitZaak(String id, String aanleiding, String bijlagen, String rapport) {
            return """
                    {"type":"toezichtactiviteit","id":"%s%s","soort":"BUREAUONDERZOEK",%s                    "afdeling":"GGZ","zorgaanbieder":"%sZA","kaderversie":"%sKV",                    "team":[{"gebruiker":"inspecteur.ggz","leider":true}],                    "begindatum":"2019-04-01","status":"RAPPORT_DEFINITIEF",                    "bevindingen":[{"norm":"A.1","score":"VOLDOET_NIET","onderbouwing":"Zie foto","bijlagen":[%s]}],                    "rapport":{"teksten":[{"norm":"A.1","tekst":"Niet op orde."}],"definitiefOp":"2019-06-20",%s}}""".formatted(p, id, aanleiding, p, p, bijlagen, rapport);
        }

        static final String ZONDER_PDF = "\"zonderPdf\":true,\"kenmerk\":\"OUD-2019/77\"";
    }

    /** A real, small PNG. */
    static final byte[] FOTO = png();

    private static byte[] png() {
        ByteArrayOutputStream uit = new ByteArrayOutputStream();
        try {
            javax.imageio.ImageIO.write(
                    new java.awt.image.BufferedImage(5, 4, java.awt.image.BufferedImage.TYPE_INT_RGB), "png", uit);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return uit.toByteArray();
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
                        + (rapport.pdf() == null ? "zonder-pdf" : Inspectieregels.sha256(rapport.pdf()))
                        + rapport.kenmerk();
        StringBuilder bijlagen = new StringBuilder();
        List<nl.toezicht.inspecties.Inspectielader.Bevindingregel> bevindingen = new ArrayList<>();
        for (var b : a.bevindingen()) {
            bevindingen.add(new nl.toezicht.inspecties.Inspectielader.Bevindingregel(
                    b.normCode(), b.score(), b.onderbouwing()));
            for (var f : b.bijlagen()) {
                bijlagen.append(b.normCode())
                        .append(':')
                        .append(f.bestandsnaam())
                        .append(' ')
                        .append(f.mediatype())
                        .append(' ')
                        .append(f.sha256())
                        .append(' ')
                        .append(Inspectieregels.sha256(f.inhoud()))
                        .append(';');
            }
        }
        return new Inspectierecords.Toezichtactiviteit(
                        a.id(),
                        a.activiteitsoort(),
                        a.aankondiging(),
                        a.aanleiding(),
                        a.zaak(),
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
                        bevindingen,
                        a.effect(),
                        null)
                + rapportTekst
                + bijlagen;
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

    /**
     * Decision 0107: an activity whose reason is a case (imported in the same chunk, and one in Toezicht named by its
     * reference), a photo with its finding, and a final report the old system kept without PDF: judged in a dry run
     * that stores nothing, stored once, counted as a report, shown honestly, not stored twice on a re-run, and written
     * out again by the export.
     */
    @Test
    void aCaseAsReasonPhotosOfFindingsAndAReportWithoutPdfComeInOnceAndShowAsTheyWere() throws Exception {
        klok.zet("2026-06-10T10:00");
        Bestand b = new Bestand();
        List<String> regels = List.of(
                b.zorgaanbieder(),
                b.kaderversie(),
                b.melding(),
                b.zaak(),
                b.uitZaak("A4", "\"aanleiding\":\"ZAAK\",\"zaak\":\"" + b.p + "Z\",", b.foto(), Bestand.ZONDER_PDF));
        Path pad = schrijf(b.p + "gaten.jsonl", regels);

        Importverslag droog = importeer(pad, new Importopties(true, null));
        assertThat(droog.fouten()).isEmpty();
        assertThat(droog.uitkomst()).isEqualTo(Uitkomst.GECONTROLEERD);
        assertThat(droog.klopt()).isTrue();
        assertThat(rij(droog, "toezichtactiviteiten", "rapport", "ZONDER_PDF", true))
                .isEqualTo(1);
        assertThat(rij(droog, "bevindingbijlagen", "totaal", "", true)).isEqualTo(1);
        assertThat(opgeslagen(b.p)).isZero();
        assertThat(jdbc.sql("select count(*) from inspecties.bevindingbijlage where bestandsnaam = ?")
                        .param(b.p + "foto.png")
                        .query(Long.class)
                        .single())
                .isZero();

        Map<String, Long> voor = SamenvattingCijfersIT.cijfers(port, 2019);
        Importverslag echt = importeer(pad, Importopties.allesOfNiets());
        assertThat(echt.fouten()).isEmpty();
        assertThat(echt.uitkomst()).isEqualTo(Uitkomst.GESLAAGD);
        assertThat(echt.klopt()).isTrue();
        assertThat(rij(echt, "toezichtactiviteiten", "aanleiding", "ZAAK", false))
                .isEqualTo(1);
        assertThat(rij(echt, "toezichtactiviteiten", "aanleiding", "ZAAK", true))
                .isEqualTo(1);
        assertThat(rij(echt, "toezichtactiviteiten", "rapport", "ZONDER_PDF", true))
                .isEqualTo(1);
        assertThat(rij(echt, "bevindingbijlagen", "totaal", "", false)).isEqualTo(1);
        assertThat(rij(echt, "bevindingbijlagen", "totaal", "", true)).isEqualTo(1);
        // counted as a report made final in June 2019, as any other
        Map<String, Long> erbij = SamenvattingCijfersIT.verschil(voor, SamenvattingCijfersIT.cijfers(port, 2019));
        assertThat(erbij.entrySet().stream()
                        .filter(e ->
                                e.getKey().contains("RAPPORTEN") && e.getKey().contains("TOTAAL"))
                        .map(Map.Entry::getValue)
                        .distinct()
                        .toList())
                .containsExactly(1L);

        UUID activiteit = nieuwId("TOEZICHTACTIVITEIT", b.p + "A4");
        UUID zaak = nieuwId("ZAAK", b.p + "Z");
        String zaakReferentie = jdbc.sql("select referentie from zaken.zaak_telgegevens where id = ?")
                .param(zaak)
                .query(String.class)
                .single();
        assertThat(jdbc.sql("select aanleiding || ' ' || zaak_id || ' ' || zaak_referentie"
                                + " from inspecties.toezichtactiviteit where id = ?")
                        .param(activiteit)
                        .query(String.class)
                        .single())
                .isEqualTo("ZAAK " + zaak + " " + zaakReferentie);
        assertThat(jdbc.sql("select pdf_ontbreekt || ' ' || coalesce(pdf_sha256, '-') || ' ' || kenmerk_vorig_systeem"
                                + " || ' ' || (definitief_op is not null) from inspecties.rapport where activiteit = ?")
                        .param(activiteit)
                        .query(String.class)
                        .single())
                .isEqualTo("true - OUD-2019/77 true");
        assertThat(jdbc.sql("select norm_code || ' ' || mediatype || ' ' || sha256 || ' ' || grootte"
                                + " from inspecties.bevindingbijlage where activiteit = ?")
                        .param(activiteit)
                        .query(String.class)
                        .list())
                .containsExactly("A.1 image/png " + Inspectieregels.sha256(FOTO) + " " + FOTO.length);

        // the pages say what there is: no link to a PDF that is not there, the case, the photo
        Sessie inspecteur = Sessie.op(port).als("inspecteur.ggz");
        String pagina = inspecteur.get("/inspecties/activiteiten/" + activiteit).tekst();
        assertThat(pagina)
                .contains("id=\"geimporteerd-zonder-pdf\"")
                .contains("Rapport zonder PDF in het vorige systeem")
                .contains("OUD-2019/77")
                .doesNotContain("id=\"geimporteerd-pdf\"")
                .contains("id=\"aanleiding-zaak\"")
                .contains("/zaken/" + zaak)
                .contains(zaakReferentie);
        String rapport = inspecteur
                .get("/inspecties/activiteiten/" + activiteit + "/rapport")
                .tekst();
        assertThat(rapport)
                .contains("id=\"definitief-zonder-pdf\"")
                .contains("Rapport zonder PDF in het vorige systeem")
                .doesNotContain("id=\"rapport-pdf\"")
                .doesNotContain("id=\"rapport-publiceren\"")
                .doesNotContain("id=\"rapport-controleren\"");
        assertThat(inspecteur
                        .get("/inspecties/activiteiten/" + activiteit + "/rapport.pdf")
                        .status())
                .isEqualTo(404);
        assertThat(inspecteur
                        .get("/inspecties/activiteiten/" + activiteit + "/veldwerk")
                        .tekst())
                .contains(b.p + "foto.png");
        var api = nl.toezicht.Api.op(port)
                .als("inspecteur.ggz")
                .get("/api/v1/toezichtactiviteiten/" + activiteit + "/rapport");
        assertThat(api.status()).isEqualTo(200);
        assertThat(api.json().get("zonderPdf").asBoolean()).isTrue();
        assertThat(api.json().get("kenmerkVorigSysteem").asString()).isEqualTo("OUD-2019/77");
        assertThat(api.json().get("pdfSha256") == null
                        || api.json().get("pdfSha256").isNull())
                .as(api.tekst())
                .isTrue();

        // again: nothing stored twice
        Importverslag nogmaals = importeer(pad, Importopties.allesOfNiets());
        assertThat(nogmaals.totaalNieuw()).isZero();
        assertThat(nogmaals.ongewijzigd())
                .containsEntry("TOEZICHTACTIVITEIT", 1L)
                .containsEntry("ZAAK", 1L);
        assertThat(nogmaals.klopt()).isTrue();
        assertThat(jdbc.sql("select count(*) from inspecties.bevindingbijlage where bestandsnaam = ?")
                        .param(b.p + "foto.png")
                        .query(Long.class)
                        .single())
                .isEqualTo(1);
        assertThat(jdbc.sql("select count(*) from inspecties.toezichtactiviteit where zaak_id = ?")
                        .param(zaak)
                        .query(Long.class)
                        .single())
                .isEqualTo(1);

        // a case already in Toezicht, named by its reference in a later file
        Importverslag later = importeer(
                schrijf(
                        b.p + "later.jsonl",
                        List.of(b.uitZaak(
                                "A5",
                                "\"aanleiding\":\"ZAAK\",\"zaak\":\"" + zaakReferentie + "\",",
                                "",
                                Bestand.ZONDER_PDF))),
                Importopties.allesOfNiets());
        assertThat(later.fouten()).isEmpty();
        assertThat(jdbc.sql("select zaak_id || ' ' || zaak_referentie from inspecties.toezichtactiviteit where id = ?")
                        .param(nieuwId("TOEZICHTACTIVITEIT", b.p + "A5"))
                        .query(String.class)
                        .single())
                .isEqualTo(zaak + " " + zaakReferentie);

        // the export writes it as it came in, the case by its id in the file
        ByteArrayOutputStream uit = new ByteArrayOutputStream();
        export.exporteer(uit);
        String regel = uit.toString(StandardCharsets.UTF_8)
                .lines()
                .filter(r -> r.contains("\"id\":\"" + activiteit + "\""))
                .findFirst()
                .orElseThrow();
        Map<String, String> terug = Map.of(
                activiteit.toString(), b.p + "A4",
                zaak.toString(), b.p + "Z",
                nieuwId("KADERVERSIE", b.p + "KV").toString(), b.p + "KV",
                nieuwId("ZORGAANBIEDER", b.p + "ZA").toString(), b.p + "ZA");
        for (Map.Entry<String, String> e : terug.entrySet()) {
            regel = regel.replace(e.getKey(), e.getValue());
        }
        Regelparser parser = new Regelparser();
        assertThat(vergelijkbaar(parser.lees(regel))).isEqualTo(vergelijkbaar(parser.lees(regels.get(4))));
    }

    @Test
    void anUnknownCaseABadChecksumOrTheWrongKindOfFileIsRefusedOnItsLineAndNothingIsStored() throws Exception {
        klok.zet("2026-06-10T10:00");
        Bestand b = new Bestand();
        String signaal = "\"aanleiding\":\"SIGNAAL\",";
        byte[] tekst = "gewoon tekst, geen foto".getBytes(StandardCharsets.UTF_8);
        List<String> regels = List.of(
                b.zorgaanbieder(),
                b.kaderversie(),
                // 3: a case no one knows
                b.uitZaak("A6", "\"aanleiding\":\"ZAAK\",\"zaak\":\"" + b.p + "onbekend\",", "", Bestand.ZONDER_PDF),
                // 4: the checksum of another file
                b.uitZaak(
                        "A7",
                        signaal,
                        Bestand.bijlage("foto.png", FOTO, Inspectieregels.sha256(tekst)),
                        Bestand.ZONDER_PDF),
                // 5: a text file, though its checksum is right
                b.uitZaak(
                        "A8",
                        signaal,
                        Bestand.bijlage("foto.png", tekst, Inspectieregels.sha256(tekst)),
                        Bestand.ZONDER_PDF),
                // 6: without PDF, and a PDF after all
                b.uitZaak("A9", signaal, "", Bestand.ZONDER_PDF + ",\"pdf\":\"JVBERi0=\""),
                // 7: no PDF and not said so
                b.uitZaak("A10", signaal, "", "\"kenmerk\":\"OUD-1\""));
        Importverslag v = importeer(schrijf(b.p + "fout.jsonl", regels), Importopties.allesOfNiets());
        assertThat(v.uitkomst()).isEqualTo(Uitkomst.AFGEWEZEN);
        assertThat(v.fouten())
                .extracting(f -> f.regel() + " " + f.veld())
                .containsExactly(
                        "3 zaak",
                        "4 bevindingen[0].bijlagen[0].sha256",
                        "5 bevindingen[0].bijlagen[0].inhoud",
                        "6 rapport.pdf",
                        "7 rapport.pdf");
        assertThat(v.fouten().get(0).melding()).contains("Onbekende zaak '" + b.p + "onbekend'");
        assertThat(v.fouten().get(1).melding()).contains("SHA-256 klopt niet met de inhoud");
        assertThat(v.fouten().get(2).melding()).contains("Dit soort bestand nemen wij niet aan");
        assertThat(v.fouten().get(3).melding()).contains("zonderPdf");
        assertThat(v.fouten().get(4).melding()).contains("zonderPdf");
        assertThat(opgeslagen(b.p)).isZero();
    }
}
