package nl.toezicht.zaken;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.imageio.ImageIO;
import nl.toezicht.Api;
import nl.toezicht.IntegratieTest;
import nl.toezicht.Multipart;
import nl.toezicht.Sessie;
import nl.toezicht.Testklok;
import nl.toezicht.kern.Zorgsector;
import nl.toezicht.meldingen.MeldingOntvangen;
import nl.toezicht.meldingen.Meldingfixtures;
import nl.toezicht.register.Registertestdata;
import nl.toezicht.register.Zorgaanbiederlader;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A case's dossier through its pages, as a browser without script uses them: documents in versions with who
 * and when, refused files and people, downloads in the access log, and letters rendered to PDF from
 * templates and filed with their checksum.
 */
@IntegratieTest
class ZaakdossierIT {

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

    @Autowired
    Zorgaanbiederlader zorgaanbiederlader;

    Zaakfixtures fixtures;

    @BeforeEach
    void setUp() {
        fixtures = new Zaakfixtures(jdbc, transacties, events, klok);
    }

    @Test
    void staffAddADocumentAndANewVersionAndDownloadEachWithWhoAndWhenInTheAccessLog() {
        ZaakId id = fixtures.eenCalamiteit().inSector(Zorgsector.GGZ).opentZaak();
        Sessie inspecteur = Sessie.op(port).als("inspecteur.ggz");
        inspecteur.get("/zaken/" + id);
        byte[] pdf = Meldingfixtures.eenPdf();

        Api.Antwoord toegevoegd = upload(inspecteur, "/documenten/ZAAK/" + id, "Verslag gesprek", "verslag.pdf", pdf);

        assertThat(toegevoegd.status()).isEqualTo(302);
        assertThat(toegevoegd.header("Location")).endsWith("/zaken/" + id + "#documenten");
        String pagina = inspecteur.get("/zaken/" + id).tekst();
        assertThat(pagina).contains("Document „Verslag gesprek” is toegevoegd.", "Verslag gesprek", "verslag.pdf");
        assertThat(pdf.length).as("the fixture is smaller than a kB").isLessThan(1024);
        assertThat(pagina)
                .as("a small file in bytes, not as 0 kB")
                .contains(pdf.length + " bytes")
                .doesNotContain(">0 kB<");
        UUID document = documentMetTitel(id, "Verslag gesprek");

        byte[] png = eenPng();
        Api.Antwoord versie = upload(inspecteur, "/documenten/" + document + "/versies", null, "foto.png", png);
        assertThat(versie.status()).isEqualTo(302);
        pagina = inspecteur.get("/zaken/" + id).tekst();
        assertThat(pagina).contains("Versie 2 van „Verslag gesprek” is toegevoegd.", "foto.png", "Eerdere versies (1)");
        assertThat(jdbc.sql(
                                "select versie, door, mediatype from documenten.versie where document_id = ? order by versie")
                        .param(document)
                        .query((rs, i) -> rs.getInt(1) + " " + rs.getString(2) + " " + rs.getString(3))
                        .list())
                .containsExactly("1 inspecteur.ggz application/pdf", "2 inspecteur.ggz image/png");

        Api.Antwoord eerste = inspecteur.get("/documenten/" + document + "/versies/1");
        assertThat(eerste.status()).isEqualTo(200);
        assertThat(eerste.bytes()).isEqualTo(pdf);
        assertThat(eerste.header("Content-Disposition"))
                .startsWith("attachment")
                .contains("verslag.pdf");
        assertThat(eerste.header("X-Content-Type-Options")).isEqualTo("nosniff");
        assertThat(inspecteur.get("/documenten/" + document + "/versies/2").bytes())
                .isEqualTo(png);
        assertThat(inspecteur.get("/documenten/" + document + "/versies/3").status())
                .isEqualTo(404);

        Zaakfixtures.wachtTot(() -> log(document).contains("INZIEN true inspecteur.ggz"));
        assertThat(log(document)).contains("AANMAKEN true inspecteur.ggz", "WIJZIGEN true inspecteur.ggz");
    }

    @Test
    void refusesAWrongTypeAnEmptyFileAMissingTitleAndAnotherDepartmentAndStoresNothing() {
        ZaakId id = fixtures.eenCalamiteit().inSector(Zorgsector.GGZ).opentZaak();
        Sessie inspecteur = Sessie.op(port).als("inspecteur.ggz");
        inspecteur.get("/zaken/" + id);
        String pad = "/documenten/ZAAK/" + id;

        byte[] html = "<html><script>alert(1)</script></html>".getBytes(StandardCharsets.UTF_8);
        upload(inspecteur, pad, "Vermomd", "rapport.pdf", html);
        assertThat(inspecteur.get("/zaken/" + id).tekst())
                .contains(
                        "Er is een probleem",
                        "Dit bestand is geen PDF, JPEG, PNG of Word-document",
                        "href=\"#document-bestand\"");
        upload(inspecteur, pad, "Leeg", "leeg.pdf", new byte[0]);
        assertThat(inspecteur.get("/zaken/" + id).tekst()).contains("Kies een bestand");
        upload(inspecteur, pad, "   ", "verslag.pdf", Meldingfixtures.eenPdf());
        assertThat(inspecteur.get("/zaken/" + id).tekst())
                .contains("Geef het document een titel.", "href=\"#document-titel\"");
        assertThat(documenten(id)).isZero();

        // a hostile name is kept as a plain name: no path, no characters a file system or header misreads
        upload(inspecteur, pad, "Met rare naam", "../../etc/pass<wd>.pdf", Meldingfixtures.eenPdf());
        UUID document = documentMetTitel(id, "Met rare naam");
        Api.Antwoord download = inspecteur.get("/documenten/" + document + "/versies/1");
        assertThat(download.header("Content-Disposition"))
                .contains("pass_wd_.pdf")
                .doesNotContain("..", "/", "<");

        Sessie jeugd = Sessie.op(port).als("inspecteur.jeugd");
        jeugd.get("/");
        assertThat(upload(jeugd, pad, "Van buiten", "x.pdf", Meldingfixtures.eenPdf())
                        .status())
                .isEqualTo(404);
        assertThat(upload(jeugd, "/documenten/" + document + "/versies", null, "x.pdf", Meldingfixtures.eenPdf())
                        .status())
                .isEqualTo(404);
        assertThat(jeugd.get("/documenten/" + document + "/versies/1").status()).isEqualTo(404);
        Sessie analist = Sessie.op(port).als("analist");
        assertThat(analist.get("/documenten/" + document + "/versies/1").status())
                .isEqualTo(403);
        assertThat(analist.get("/zaken/" + id).tekst()).doesNotContain("Met rare naam", "Documenten en brieven");
        assertThat(documenten(id)).isOne();
        Zaakfixtures.wachtTot(() -> log(document).contains("INZIEN false inspecteur.jeugd"));
    }

    @Test
    void theClosingLetterIsPreviewedWithTheInspectorsTextAndFiledAsAPdfWithTheOutcomeAndItsChecksum() throws Exception {
        ZaakId id = fixtures.eenCalamiteit().inSector(Zorgsector.GGZ).opentZaak();
        String referentie = referentie(id);
        Sessie inspecteur = Sessie.op(port).als("inspecteur.ggz");
        stap(inspecteur, id, Map.of("transitie", "START_TRIAGE"));
        // closing takes four eyes: one inspector asks, a second approves
        assertThat(Api.op(port)
                        .als("inspecteur.ggz")
                        .postJson("/api/v1/zaken/" + id + "/sluitverzoek", "{\"sluitreden\":\"GEEN_VERVOLG\"}")
                        .status())
                .isEqualTo(200);
        assertThat(Api.op(port)
                        .als("inspecteur")
                        .postJson("/api/v1/zaken/" + id + "/sluitverzoek/goedkeuring", "{}")
                        .status())
                .isEqualTo(200);
        String pagina = inspecteur.get("/zaken/" + id).tekst();
        assertThat(pagina)
                .contains("/zaken/" + id + "/brieven/sluitbrief", "/zaken/" + id + "/brieven/ontvangstbevestiging");
        assertThat(pagina).doesNotContain("/brieven/verzoek-onderzoeksrapport");

        Api.Antwoord brief = inspecteur.get("/zaken/" + id + "/brieven/sluitbrief");
        assertThat(brief.status()).isEqualTo(200);
        assertThat(brief.tekst())
                .contains("Sluitbrief aan de melder bij " + referentie, "src=\"data:image/png;base64,");
        String tekst = "Wij danken u voor uw melding.\n\nDe zorgaanbieder heeft zijn werkwijze aangepast.";
        Api.Antwoord voorbeeld =
                inspecteur.post("/zaken/" + id + "/brieven/sluitbrief/voorbeeld", Map.of("tekst", tekst));
        assertThat(voorbeeld.status()).isEqualTo(200);
        assertThat(voorbeeld.tekst()).contains("Wij danken u voor uw melding.");
        assertThat(documenten(id)).as("a preview files nothing").isZero();

        Api.Antwoord opgeslagen = inspecteur.post("/zaken/" + id + "/brieven/sluitbrief", Map.of("tekst", tekst));
        assertThat(opgeslagen.status()).isEqualTo(302);
        assertThat(inspecteur.get("/zaken/" + id).tekst())
                .contains("„Sluitbrief aan de melder” is opgeslagen bij de zaak.", "sluitbrief-" + referentie + ".pdf");
        UUID document = documentMetTitel(id, "Sluitbrief aan de melder");
        byte[] pdf = inspecteur.get("/documenten/" + document + "/versies/1").bytes();
        assertThat(new String(pdf, 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
        assertThat(jdbc.sql("select sha256 from documenten.versie where document_id = ?")
                        .param(document)
                        .query(String.class)
                        .single())
                .isEqualTo(sha256(pdf));

        beeld(pdf, "sluitbrief");
        String inhoud = pdftotext(pdf);
        assertThat(inhoud)
                .contains(referentie, "Afronding van uw melding", "Geachte melder,")
                .contains("ziet geen aanleiding voor verder onderzoek of maatregelen")
                .contains("Wij danken u voor uw melding.", "De zorgaanbieder heeft zijn werkwijze aangepast.")
                .contains("Gert Visser", "Inspectie Gezondheidszorg en Jeugd", "Pagina 1 van 1");
        assertThat(lettertypen(pdf))
                .as("the font is embedded")
                .contains("LiberationSans")
                .doesNotContain(" no ");

        // too long a text is refused on its field, and nothing more is filed
        Api.Antwoord teLang =
                inspecteur.post("/zaken/" + id + "/brieven/sluitbrief", Map.of("tekst", "x".repeat(5001)));
        assertThat(teLang.status()).isEqualTo(422);
        assertThat(teLang.tekst()).contains("De eigen tekst mag hoogstens 5000 tekens zijn.");
        assertThat(documenten(id)).isOne();
    }

    @Test
    void theRequestToTheProviderNamesItAndTheDeadlineOfTheCasesClock() throws Exception {
        klok.zet("2026-03-02T09:00");
        MeldingOntvangen melding = fixtures.eenCalamiteit()
                .inSector(Zorgsector.GGZ)
                .ontvangenOp(Instant.parse("2026-03-02T08:00:00Z"))
                .ontvangen();
        ZaakId id = fixtures.zaakVan(melding.melding());
        Registertestdata.Opgeslagen aanbieder = new Registertestdata(zorgaanbiederlader, transacties, klok)
                .zorgaanbieder("Zorggroep Brieven", Zorgsector.GGZ);
        fixtures.koppel(melding.melding(), aanbieder.zorgaanbieder());
        Zaakfixtures.wachtTot(() -> jdbc.sql("select zorgaanbieder_id is not null from zaken.zaak where id = ?")
                .param(id.waarde())
                .query(Boolean.class)
                .single());
        Sessie inspecteur = Sessie.op(port).als("inspecteur.ggz");
        assertThat(inspecteur
                        .get("/zaken/" + id + "/brieven/verzoek-onderzoeksrapport")
                        .status())
                .as("no request before the investigation was asked for")
                .isEqualTo(302);
        assertThat(inspecteur.get("/zaken/" + id).tekst())
                .contains("Deze brief kan bij deze zaak nu niet worden gemaakt.");
        stap(inspecteur, id, Map.of("transitie", "START_TRIAGE"));
        stap(inspecteur, id, Map.of("transitie", "VRAAG_ONDERZOEK_AAN"));

        assertThat(inspecteur
                        .post("/zaken/" + id + "/brieven/verzoek-onderzoeksrapport", Map.of("tekst", ""))
                        .status())
                .isEqualTo(302);
        UUID document = documentMetTitel(id, "Verzoek om het onderzoeksrapport aan de zorgaanbieder");
        byte[] pdf = inspecteur.get("/documenten/" + document + "/versies/1").bytes();
        beeld(pdf, "verzoek-onderzoeksrapport");
        String inhoud = pdftotext(pdf);
        // 8 weeks after receipt on 2 March 2026
        assertThat(inhoud).contains("Zorggroep Brieven", "Lindelaan 1", "3511AB", "27 april 2026", referentie(id));
    }

    private static void stap(Sessie sessie, ZaakId id, Map<String, String> velden) {
        String pagina = sessie.get("/zaken/" + id).tekst();
        Matcher m = Pattern.compile("name=\"versie\" value=\"(\\d+)\"").matcher(pagina);
        assertThat(m.find()).isTrue();
        Map<String, String> alles = new java.util.HashMap<>(velden);
        alles.put("versie", m.group(1));
        assertThat(sessie.post("/zaken/" + id + "/statuswijzigingen", alles).status())
                .isEqualTo(302);
    }

    private static Api.Antwoord upload(Sessie sessie, String pad, String titel, String naam, byte[] inhoud) {
        Multipart body = new Multipart().tekst("_csrf", sessie.csrf());
        if (titel != null) {
            body.tekst("titel", titel);
        }
        body.bestand("bestand", naam, "application/octet-stream", inhoud);
        return sessie.post(pad, body.contentType(), body.bytes());
    }

    private UUID documentMetTitel(ZaakId id, String titel) {
        return jdbc.sql("select id from documenten.document where dossier_id = ? and titel = ?")
                .params(id.waarde(), titel)
                .query(UUID.class)
                .single();
    }

    private long documenten(ZaakId id) {
        return jdbc.sql("select count(*) from documenten.document where dossier_id = ?")
                .param(id.waarde())
                .query(Long.class)
                .single();
    }

    private String referentie(ZaakId id) {
        return jdbc.sql("select referentie from zaken.zaak where id = ?")
                .param(id.waarde())
                .query(String.class)
                .single();
    }

    private List<String> log(UUID object) {
        return jdbc.sql("select handeling, toegestaan, gebruiker from logboek.toegangslog "
                        + "where objecten_json @> ?::jsonb order by volgnummer")
                .param("[{\"id\": \"" + object + "\"}]")
                .query((rs, i) -> rs.getString(1) + " " + rs.getBoolean(2) + " " + rs.getString(3))
                .list();
    }

    private static byte[] eenPng() {
        try {
            ByteArrayOutputStream uit = new ByteArrayOutputStream();
            ImageIO.write(new BufferedImage(4, 4, BufferedImage.TYPE_INT_RGB), "png", uit);
            return uit.toByteArray();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String sha256(byte[] inhoud) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(inhoud));
    }

    static String pdftotext(byte[] pdf) throws Exception {
        return voerUit(pdf, "pdftotext", "{}", "-").replaceAll("\\s+", " ");
    }

    private static String lettertypen(byte[] pdf) throws Exception {
        return voerUit(pdf, "pdffonts", "{}");
    }

    /** Page 1 as a PNG in target/, to look at (pdftoppm, poppler-utils). */
    static void beeld(byte[] pdf, String naam) throws Exception {
        Files.createDirectories(Path.of("target/brieven"));
        Path bestand = Path.of("target/brieven", naam + ".pdf");
        Files.write(bestand, pdf);
        new ProcessBuilder(
                        "pdftoppm",
                        "-png",
                        "-r",
                        "80",
                        "-f",
                        "1",
                        "-l",
                        "1",
                        bestand.toString(),
                        "target/brieven/" + naam)
                .inheritIO()
                .start()
                .waitFor();
    }

    private static String voerUit(byte[] pdf, String... opdracht) throws Exception {
        Path bestand = Files.createTempFile("brief", ".pdf");
        try {
            Files.write(bestand, pdf);
            List<String> regels = java.util.Arrays.stream(opdracht)
                    .map(a -> a.equals("{}") ? bestand.toString() : a)
                    .toList();
            Process p = new ProcessBuilder(regels).redirectErrorStream(true).start();
            String uit = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertThat(p.waitFor()).as(uit).isZero();
            return uit;
        } finally {
            Files.deleteIfExists(bestand);
        }
    }
}
