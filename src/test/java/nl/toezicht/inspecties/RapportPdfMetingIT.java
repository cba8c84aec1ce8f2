package nl.toezicht.inspecties;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import nl.toezicht.IntegratieTest;
import nl.toezicht.Testklok;
import nl.toezicht.inspecties.Kaderinhoud.Norm;
import nl.toezicht.inspecties.Kaderinhoud.Thema;
import nl.toezicht.register.Register;
import nl.toezicht.register.Registertestdata;
import nl.toezicht.register.Zorgaanbiederlader;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A measurement, not a check of behaviour (docs/PERFORMANCE.md, "Report PDF"): the draft report PDF of an
 * 80-norm framework with a finding on every norm, rendered {@code -Dherhalingen} times (default 7) through the
 * page's download, against the same for the 3-norm test framework in the same run (the baseline). Runs only with
 * {@code -Dtoezicht.meten=true} (bench/rapportpdf.sh); writes target/rapport-pdf.txt.
 */
@IntegratieTest
@EnabledIfSystemProperty(named = "toezicht.meten", matches = "true")
class RapportPdfMetingIT {

    static final int THEMAS = 8;
    static final int PER_THEMA = 10;
    static final String[] SCORES = {"VOLDOET", "VOLDOET_GROTENDEELS", "VOLDOET_GROTENDEELS_NIET", "VOLDOET_NIET"};

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Planning planning;

    @Autowired
    Testklok klok;

    @Autowired
    Register register;

    @Autowired
    Zorgaanbiederlader lader;

    @Autowired
    TransactionTemplate transacties;

    @Test
    void measuresTheReportPdfOfAnEightyNormFramework() throws Exception {
        new Registertestdata(lader, transacties, klok).demoZorgaanbieder();
        int herhalingen = Integer.getInteger("herhalingen", 7);
        Meting klein = meet(new Rapportfixtures(port, jdbc, register, planning.vandaag()), 3, herhalingen);
        Meting groot = meet(
                new Rapportfixtures(port, jdbc, register, planning.vandaag(), null, d -> tachtigNormen()),
                THEMAS * PER_THEMA,
                herhalingen);
        String uitkomst =
                "80 norms: median %.0f ms (runs %s), %d pages, %d KB; 3 norms (baseline, same run): median %.0f ms (runs %s), %d pages; ratio %.1f"
                        .formatted(
                                groot.mediaan(),
                                groot.tijden(),
                                groot.paginas(),
                                groot.grootte() / 1024,
                                klein.mediaan(),
                                klein.tijden(),
                                klein.paginas(),
                                groot.mediaan() / klein.mediaan());
        System.out.println("RAPPORT-PDF " + uitkomst);
        Files.writeString(Path.of("target/rapport-pdf.txt"), uitkomst + "\n");
        assertThat(groot.paginas()).isGreaterThan(klein.paginas());
    }

    record Meting(double mediaan, List<Long> tijden, int paginas, int grootte) {}

    private Meting meet(Rapportfixtures fixtures, int normen, int herhalingen) throws Exception {
        UUID aanbieder = fixtures.demo();
        List<String[]> meer = new ArrayList<>();
        if (normen > 3) {
            for (int t = 1; t <= THEMAS; t++) {
                for (int n = 1; n <= PER_THEMA; n++) {
                    if (t > 1 || n > 2) {
                        meer.add(new String[] {
                            t + "." + n,
                            score(t * PER_THEMA + n),
                            ("Tijdens het bezoek zag de inspectie bij norm " + t + "." + n
                                            + " dat de werkwijze is vastgelegd; in gesprekken bleek die bekend. ")
                                    .repeat(3)
                        });
                    }
                }
            }
        }
        UUID id = fixtures.veldwerkAfgerond(aanbieder, "Het risicoprofiel is per cliënt bekend.", meer);
        fixtures.rapportactie(fixtures.ggz, id, "/opstellen", Map.of());
        assertThat(fixtures.status(id)).isEqualTo("RAPPORT_CONCEPT");
        String pad = "/inspecties/activiteiten/" + id + "/rapport.pdf";
        byte[] pdf = fixtures.ggz.get(pad).bytes(); // warm-up, not counted
        List<Long> tijden = new ArrayList<>();
        for (int i = 0; i < herhalingen; i++) {
            long begin = System.nanoTime();
            pdf = fixtures.ggz.get(pad).bytes();
            tijden.add((System.nanoTime() - begin) / 1_000_000);
        }
        List<Long> gesorteerd = new ArrayList<>(tijden);
        Collections.sort(gesorteerd);
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new Meting(gesorteerd.get(gesorteerd.size() / 2), tijden, document.getNumberOfPages(), pdf.length);
        }
    }

    /** A framework of 8 themes of 10 norms, each with a paragraph of text and three points of attention. */
    static String tachtigNormen() {
        List<Thema> themas = new ArrayList<>();
        for (int t = 1; t <= THEMAS; t++) {
            List<Norm> normen = new ArrayList<>();
            for (int n = 1; n <= PER_THEMA; n++) {
                normen.add(new Norm(
                        t + "." + n,
                        "Norm " + t + "." + n + " over zorgverlening",
                        ("De zorgaanbieder heeft voor onderwerp " + t + "." + n
                                        + " een werkwijze vastgelegd die medewerkers kennen en toepassen. ")
                                .repeat(3),
                        List.of("werkwijze is vastgelegd", "medewerkers kennen de werkwijze", "evaluatie per jaar")));
            }
            themas.add(new Thema(Integer.toString(t), "Thema " + t + ": kwaliteit en veiligheid", normen));
        }
        Kaderinhoud inhoud =
                new Kaderinhoud("Toetsingskader met tachtig normen (meting).", Kaderinhoud.VIER_STAPPEN, themas);
        Kaderversie versie = Kaderversie.concept(
                UUID.randomUUID(), "test-kader", 1, "Meetkader", null, inhoud, "kadereigenaar", Instant.EPOCH);
        return Kaderdocument.schrijf(versie);
    }

    static String score(int i) {
        return SCORES[i % SCORES.length];
    }
}
