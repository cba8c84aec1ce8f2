package nl.toezicht.historie;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import nl.toezicht.kern.Zorgsector;
import nl.toezicht.meldingen.SggSoort;
import org.junit.jupiter.api.Test;

/** Reading lines and their shape: types, required fields, known values, unknown fields, encoding. */
class RegelparserTest {

    private final Regelparser parser = new Regelparser();

    private static final String MELDING =
            "{\"type\":\"melding\",\"id\":\"M1\",\"bron\":\"BURGER\",\"kanaal\":\"EMAIL\","
                    + "\"soort\":\"KLACHT_OF_SIGNAAL\",\"sector\":\"GGZ\",\"ontvangenOp\":\"2023-03-03T10:00:00+01:00\","
                    + "\"omschrijving\":\"x\"";

    private void weigert(String regel, String veld, String sleutel) {
        assertThatThrownBy(() -> parser.lees(regel)).isInstanceOfSatisfying(Regelfout.class, f -> {
            assertThat(f.veld()).isEqualTo(veld);
            assertThat(f.sleutel()).isEqualTo(sleutel);
        });
    }

    @Test
    void readsANotificationWithItsDefaults() {
        Historierecord.Melding m = (Historierecord.Melding) parser.lees(MELDING
                + ",\"seksueelGrensoverschrijdend\":true,\"sggSoort\":\"OVERIG\",\"themas\":[\" COVID-19 \"],"
                + "\"zorgaanbieder\":null}");
        assertThat(m.sector()).isEqualTo(Zorgsector.GGZ);
        assertThat(m.sggSoort()).isEqualTo(SggSoort.OVERIG);
        assertThat(m.patientOverleden()).isFalse();
        assertThat(m.zorgaanbieder()).isNull();
        assertThat(m.themas()).containsExactly("COVID-19");
        assertThat(m.ontvangenOp()).hasToString("2023-03-03T09:00:00Z");
    }

    @Test
    void refusesWrongShapes() {
        weigert("{\"type\":\"melding\"", "regel", "historie.regel.geen-json");
        weigert("[1,2]", "regel", "historie.regel.geen-object");
        weigert("{\"type\":\"factuur\",\"id\":\"1\"}", "type", "historie.type.onbekend");
        weigert(MELDING + ",\"patientOverleden\":\"ja\"}", "patientOverleden", "historie.veld.waarOfNiet");
        weigert(MELDING.replace("\"GGZ\"", "\"GG\"") + "}", "sector", "historie.sector.onbekend");
        weigert(MELDING.replace("\"GGZ\"", "12") + "}", "sector", "historie.veld.tekst");
        weigert(MELDING.replace("\"EMAIL\"", "\"FAX\"") + "}", "kanaal", "historie.veld.waarde");
        weigert(
                MELDING.replace("2023-03-03T10:00:00+01:00", "2023-03-03 10:00") + "}",
                "ontvangenOp",
                "historie.veld.moment-of-datum");
        weigert(MELDING + ",\"datumGebeurtenis\":\"31-12-2022\"}", "datumGebeurtenis", "historie.veld.datum");
        weigert(MELDING.replace(",\"omschrijving\":\"x\"", "") + "}", "omschrijving", "historie.veld.verplicht");
        weigert(MELDING + ",\"extra\":1}", "extra", "historie.veld.onbekend");
        weigert(MELDING + ",\"id\":\"M2\"}", "regel", "historie.regel.geen-json");
        weigert(MELDING + "} {}", "regel", "historie.regel.geen-json");
        weigert(
                "{\"type\":\"zorgaanbieder\",\"id\":\"Z\",\"naam\":\"n\",\"kvkNummer\":\"12345678\",\"sectoren\":[\"GGZ\"],"
                        + "\"locaties\":[{\"id\":\"L\",\"adres\":\"a\",\"postcode\":\"1234AB\",\"plaats\":\"p\",\"gemeente\":\"g\","
                        + "\"straat\":\"s\"}]}",
                "locaties[0].straat",
                "historie.veld.onbekend");
        weigert(
                "{\"type\":\"zaak\",\"id\":\"Z\",\"meldingen\":[\"M1\"],\"tijdlijn\":[{\"transitie\":\"OPEN\","
                        + "\"op\":\"2023-03-03T10:00:00Z\",\"door\":\"s\"}]}",
                "tijdlijn[0].transitie",
                "historie.veld.waarde");
    }

    private static final String SAMENVATTING =
            "{\"type\":\"zaak\",\"id\":\"Z\",\"meldingen\":[\"M1\"],\"sluitreden\":\"GEEN_VERVOLG\"";

    @Test
    void aDateWithoutATimeIsNoonInTheNetherlandsSoItsDayAndYearAreTheSameInUtc() {
        Historierecord.Melding winter =
                (Historierecord.Melding) parser.lees(MELDING.replace("2023-03-03T10:00:00+01:00", "2023-01-01") + "}");
        assertThat(winter.ontvangenOp()).hasToString("2023-01-01T11:00:00Z");
        Historierecord.Melding zomer =
                (Historierecord.Melding) parser.lees(MELDING.replace("2023-03-03T10:00:00+01:00", "2023-07-31") + "}");
        assertThat(zomer.ontvangenOp()).hasToString("2023-07-31T10:00:00Z");
        // a moment with its offset is read as it is
        Historierecord.Melding met = (Historierecord.Melding)
                parser.lees(MELDING.replace("2023-03-03T10:00:00+01:00", "2023-01-01T00:30:00+01:00") + "}");
        assertThat(met.ontvangenOp()).hasToString("2022-12-31T23:30:00Z");
    }

    @Test
    void malformedDatesAndTimesAreRefusedOnTheirField() {
        for (String fout :
                List.of("2023-02-30", "2023-03-03T10:00", "03-03-2023", "2023-3-3", "2023-03-03 10:00", "morgen")) {
            weigert(
                    MELDING.replace("2023-03-03T10:00:00+01:00", fout) + "}",
                    "ontvangenOp",
                    "historie.veld.moment-of-datum");
        }
        weigert(
                SAMENVATTING + ",\"samenvatting\":{\"geslotenOp\":\"2023-13-01\"}}",
                "samenvatting.geslotenOp",
                "historie.veld.moment-of-datum");
    }

    @Test
    void readsASummaryWithADateOnlyClosing() {
        Historierecord.Zaak z = (Historierecord.Zaak) parser.lees(
                SAMENVATTING + ",\"samenvatting\":{\"geslotenOp\":\"2023-12-31\",\"toelichting\":\" Klaar \"}}");
        assertThat(z.tijdlijn()).isEmpty();
        assertThat(z.samenvatting()).isNotNull();
        assertThat(z.samenvatting().geslotenOp()).hasToString("2023-12-31T11:00:00Z");
        assertThat(z.samenvatting().alleenDatum()).isTrue();
        assertThat(z.samenvatting().toelichting()).isEqualTo("Klaar");
    }

    @Test
    void refusesASummaryOfTheWrongShape() {
        // a closing reason without a closing date
        weigert(SAMENVATTING + ",\"samenvatting\":{}}", "samenvatting.geslotenOp", "historie.veld.verplicht");
        weigert(
                SAMENVATTING + ",\"samenvatting\":{\"geslotenOp\":null,\"toelichting\":\"x\"}}",
                "samenvatting.geslotenOp",
                "historie.veld.verplicht");
        weigert(SAMENVATTING + ",\"samenvatting\":\"2023-01-01\"}", "samenvatting", "historie.veld.object");
        weigert(
                SAMENVATTING + ",\"samenvatting\":{\"geslotenOp\":\"2023-01-01\",\"reden\":\"x\"}}",
                "samenvatting.reden",
                "historie.veld.onbekend");
        weigert(
                SAMENVATTING.replace("GEEN_VERVOLG", "OPGELOST") + ",\"samenvatting\":{\"geslotenOp\":\"2023-01-01\"}}",
                "sluitreden",
                "historie.veld.waarde");
        weigert(
                SAMENVATTING
                        + ",\"samenvatting\":{\"geslotenOp\":\"2023-01-01\"},\"tijdlijn\":[{\"transitie\":\"OPENEN\","
                        + "\"op\":\"2023-01-01T10:00:00Z\",\"door\":\"s\"}]}",
                "tijdlijn",
                "historie.samenvatting.met-tijdlijn");
        // neither a timeline nor a summary
        weigert(SAMENVATTING + "}", "tijdlijn", "historie.veld.verplicht");
    }

    @Test
    void linesThatAreNotUtf8AreMarkedNotDropped() throws Exception {
        byte[] inhoud = ("\uFEFFeen\r\nZo\u00eb\n\ndrie").getBytes(StandardCharsets.UTF_8);
        byte[] latin1 = "Zo\u00eb".getBytes(StandardCharsets.ISO_8859_1);
        byte[] bestand = new byte[inhoud.length + latin1.length + 1];
        System.arraycopy(inhoud, 0, bestand, 0, inhoud.length);
        bestand[inhoud.length] = '\n';
        System.arraycopy(latin1, 0, bestand, inhoud.length + 1, latin1.length);
        try (Regels regels = new Regels(new ByteArrayInputStream(bestand))) {
            assertThat(regels.volgende().tekst()).isEqualTo("een");
            assertThat(regels.volgende().tekst()).isEqualTo("Zo\u00eb");
            assertThat(regels.volgende().isLeeg()).isTrue();
            assertThat(regels.volgende().tekst()).isEqualTo("drie");
            Regels.Regel fout = regels.volgende();
            assertThat(fout.nummer()).isEqualTo(5);
            assertThat(fout.tekst()).isNull();
            assertThat(fout.bytes()).isEqualTo(latin1);
            assertThat(regels.volgende()).isNull();
        }
    }
}
