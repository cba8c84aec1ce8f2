package nl.toezicht.historie;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import nl.toezicht.inspecties.Aankondiging;
import nl.toezicht.inspecties.Activiteitstatus;
import nl.toezicht.inspecties.Inspectielader.Teamlid;
import org.junit.jupiter.api.Test;

/** Issue 14: the shape of the inspection lines, judged by the line alone (no database). */
class InspectieregelsTest {

    private final Regelparser parser = new Regelparser();

    static final byte[] PDF = "%PDF-1.7\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);

    static final String BASIS = "{\"type\":\"toezichtactiviteit\",\"id\":\"A1\",\"soort\":\"BUREAUONDERZOEK\","
            + "\"aanleiding\":\"THEMA\",\"afdeling\":\"GGZ\",\"zorgaanbieder\":\"ZA\","
            + "\"team\":[{\"gebruiker\":\"inspecteur.ggz\",\"leider\":true}],\"begindatum\":\"2020-02-10\","
            + "\"status\":\"VELDWERK_AFGEROND\"";

    static String rapport(String pdf, String sha) {
        return ",\"status\":\"RAPPORT_DEFINITIEF\",\"rapport\":{\"definitiefOp\":\"2020-03-01\",\"pdf\":\"" + pdf
                + "\",\"pdfSha256\":\"" + sha + "\"}}";
    }

    private void weigert(String regel, String veld, String sleutel) {
        assertThatThrownBy(() -> parser.lees(regel)).isInstanceOfSatisfying(Regelfout.class, f -> {
            assertThat(f.veld()).isEqualTo(veld);
            assertThat(f.sleutel()).isEqualTo(sleutel);
        });
    }

    @Test
    void readsAnActivityWithItsDefaults() {
        Inspectierecords.Toezichtactiviteit a = (Inspectierecords.Toezichtactiviteit) parser.lees(BASIS + "}");
        assertThat(a.aankondiging()).isEqualTo(Aankondiging.AANGEKONDIGD);
        assertThat(a.einddatum()).isEqualTo(a.begindatum());
        assertThat(a.team()).containsExactly(new Teamlid("inspecteur.ggz", true));
        assertThat(a.rapport()).isNull();
        assertThat(a.soort()).isEqualTo(Historierecord.Soort.TOEZICHTACTIVITEIT);
    }

    @Test
    void readsTheReportAndChecksItsPdfAgainstItsChecksum() {
        String pdf = Base64.getEncoder().encodeToString(PDF);
        String goed =
                BASIS.replace(",\"status\":\"VELDWERK_AFGEROND\"", "") + rapport(pdf, Inspectieregels.sha256(PDF));
        Inspectierecords.Toezichtactiviteit a = (Inspectierecords.Toezichtactiviteit) parser.lees(goed);
        assertThat(a.status()).isEqualTo(Activiteitstatus.RAPPORT_DEFINITIEF);
        assertThat(a.rapport().pdf()).isEqualTo(PDF);

        String zonderStatus = BASIS.replace(",\"status\":\"VELDWERK_AFGEROND\"", "");
        weigert(zonderStatus + rapport(pdf, "a".repeat(64)), "rapport.pdfSha256", "historie.rapport.sha256.klopt-niet");
        weigert(zonderStatus + rapport(pdf, "A".repeat(64)), "rapport.pdfSha256", "historie.rapport.sha256.vorm");
        weigert(zonderStatus + rapport("!!", "a".repeat(64)), "rapport.pdf", "historie.rapport.pdf.base64");
        byte[] geenPdf = "<html>".getBytes(StandardCharsets.US_ASCII);
        weigert(
                zonderStatus + rapport(Base64.getEncoder().encodeToString(geenPdf), Inspectieregels.sha256(geenPdf)),
                "rapport.pdf",
                "historie.rapport.pdf.geen-pdf");
        // a report only with a final activity, and a final activity only with its report
        weigert(
                BASIS + rapport(pdf, Inspectieregels.sha256(PDF)).replace(",\"status\":\"RAPPORT_DEFINITIEF\"", ""),
                "status",
                "historie.activiteit.rapport");
        weigert(zonderStatus + ",\"status\":\"RAPPORT_DEFINITIEF\"}", "rapport", "historie.activiteit.rapport");

        // decision 0107: final without PDF, said so, with the old system's reference
        String zonderPdf = zonderStatus
                + ",\"status\":\"RAPPORT_DEFINITIEF\",\"rapport\":{\"definitiefOp\":\"2020-03-01\",\"zonderPdf\":true,"
                + "\"kenmerk\":\"OUD-7\"}}";
        Inspectierecords.Rapport r = ((Inspectierecords.Toezichtactiviteit) parser.lees(zonderPdf)).rapport();
        assertThat(r.pdf()).isNull();
        assertThat(r.sha256()).isNull();
        assertThat(r.kenmerk()).isEqualTo("OUD-7");
        weigert(zonderPdf.replace(",\"zonderPdf\":true", ""), "rapport.pdf", "historie.rapport.pdf.verplicht");
        weigert(
                zonderPdf.replace("true,", "true,\"pdfSha256\":\"" + "a".repeat(64) + "\","),
                "rapport.pdfSha256",
                "historie.rapport.pdf.zonder-pdf");
    }

    @Test
    void refusesWhatTheLineAloneShowsIsWrong() {
        weigert(BASIS + ",\"aankondiging\":\"ONAANGEKONDIGD\"}", "aankondiging", "historie.activiteit.aankondiging");
        weigert(BASIS.replace("BUREAUONDERZOEK", "BEZOEK") + "}", "locaties", "historie.activiteit.bezoek.locatie");
        weigert(BASIS.replace("\"THEMA\"", "\"ZAAK\"") + "}", "zaak", "historie.activiteit.zaak.verplicht");
        weigert(BASIS + ",\"zaak\":\"Z-1\"}", "zaak", "historie.activiteit.zaak.alleen-bij-zaak");
        weigert(BASIS.replace("VELDWERK_AFGEROND", "GEPLAND") + "}", "status", "historie.activiteit.status");
        weigert(BASIS + ",\"einddatum\":\"2020-02-09\"}", "einddatum", "historie.activiteit.einddatum");
        weigert(BASIS.replace("true", "false") + "}", "team", "historie.activiteit.leider");
        weigert(
                BASIS.replace(
                                "{\"gebruiker\":\"inspecteur.ggz\",\"leider\":true}",
                                "{\"naam\":\"bakker\",\"leider\":true}")
                        + "}",
                "team[0].naam",
                "historie.activiteit.naam");
        weigert(
                BASIS.replace("\"gebruiker\":\"inspecteur.ggz\"", "\"gebruiker\":\"Inspecteur GGZ\"") + "}",
                "team[0].gebruiker",
                "historie.activiteit.gebruiker");
        weigert(
                BASIS + ",\"bevindingen\":[{\"norm\":\"A.1\",\"score\":\"VOLDOET\"}]}",
                "kaderversie",
                "historie.activiteit.kaderversie.verplicht");
        weigert(
                BASIS + ",\"kaderversie\":\"K\",\"bevindingen\":[{\"norm\":\"A.1\",\"onderbouwing\":\"a\\u0000b\"}]}",
                "bevindingen[0].onderbouwing",
                "historie.tekst.stuurteken");
        weigert(
                BASIS + ",\"toelichting\":\"" + "x".repeat(Inspectieregels.MAX_TEKST + 1) + "\"}",
                "toelichting",
                "historie.tekst.te-lang");
        weigert(
                BASIS + ",\"effect\":{\"beoogd\":\"x\",\"uitkomst\":\"BEREIKT\",\"toelichting\":\"y\"}}",
                "effect.beoordeeldOp",
                "historie.effect.samen");
        weigert(BASIS + ",\"extra\":1}", "extra", "historie.veld.onbekend");
    }

    @Test
    void readsAFrameworkVersionAndRefusesADraft() {
        Inspectierecords.Kaderversie k = (Inspectierecords.Kaderversie)
                parser.lees(
                        "{\"type\":\"kaderversie\",\"id\":\"K1\",\"gepubliceerdOp\":\"2019-01-15\",\"kader\":{\"code\":\"x\",\"versie\":3}}");
        assertThat(k.versie()).isEqualTo(3);
        assertThat(k.gepubliceerdOp()).hasToString("2019-01-15T11:00:00Z");
        weigert(
                "{\"type\":\"kaderversie\",\"id\":\"K1\",\"gepubliceerdOp\":\"2019-01-15\",\"kader\":{\"status\":\"CONCEPT\"}}",
                "kader.status",
                "historie.kaderversie.concept");
        weigert(
                "{\"type\":\"kaderversie\",\"id\":\"K1\",\"gepubliceerdOp\":\"2019-01-15\",\"kader\":{\"versie\":0}}",
                "kader.versie",
                "historie.kaderversie.versie.ongeldig");
        weigert(
                "{\"type\":\"kaderversie\",\"id\":\"K1\",\"gepubliceerdOp\":\"2019-01-15\",\"kader\":{\"naam\":\"a\\u0000\"}}",
                "kader",
                "historie.tekst.stuurteken");
    }

    @Test
    void aFrameworkDocumentsPointerBecomesThePathInTheLine() {
        assertThat(Inspectieinlezer.kaderveld("/themas/0/normen/2/tekst")).isEqualTo("kader.themas[0].normen[2].tekst");
        assertThat(Inspectieinlezer.kaderveld("/")).isEqualTo("kader");
        assertThat(Inspectieinlezer.kaderveld("versie")).isEqualTo("kader.versie");
    }
}
