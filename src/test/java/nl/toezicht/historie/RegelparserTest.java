package nl.toezicht.historie;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
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
                "historie.veld.moment");
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
