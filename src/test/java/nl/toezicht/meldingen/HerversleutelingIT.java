package nl.toezicht.meldingen;

import static nl.toezicht.meldingen.Meldingfixtures.eenCalamiteitVanEenZorgaanbieder;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.UUID;
import nl.toezicht.Api;
import nl.toezicht.IntegratieTest;
import nl.toezicht.toegang.OudeSleutel;
import nl.toezicht.toegang.Patientgegevens;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/** Patient data that V4 stored in plaintext is encrypted on start, and the notification reads as before. */
@IntegratieTest
class HerversleutelingIT {

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Herversleuteling herversleuteling;

    @Autowired
    Patientgegevens patientgegevens;

    @Test
    void plaintextPatientDataIsEncryptedAndEmptiedAndStillReadsForIntake() {
        UUID id = UUID.fromString(Api.op(port)
                .postJson(
                        "/api/v1/meldingen", eenCalamiteitVanEenZorgaanbieder().tekst())
                .json()
                .get("id")
                .asString());
        // as V4 left it: the identity in plaintext, nothing encrypted
        jdbc.sql("update meldingen.melding set patient_naam = 'Oud Klaartekst', patient_geboortedatum = '1940-01-01',"
                        + " patient_naam_versleuteld = null, patient_geboortedatum_versleuteld = null,"
                        + " patient_pseudoniem = null where id = ?")
                .param(id)
                .update();

        assertThat(herversleuteling.versleutelKlareTekst()).isPositive();

        Map<String, Object> rij = jdbc.sql("select * from meldingen.melding where id = ?")
                .param(id)
                .query()
                .singleRow();
        assertThat(rij.get("patient_naam")).isNull();
        assertThat(rij.get("patient_geboortedatum")).isNull();
        assertThat(patientgegevens.ontsleutel((String) rij.get("patient_naam_versleuteld")))
                .isEqualTo("Oud Klaartekst");
        assertThat((String) rij.get("patient_pseudoniem")).matches("[0-9a-f]{64}");
        JsonNode gelezen =
                Api.op(port).als("intake").get("/api/v1/meldingen/" + id).json();
        assertThat(gelezen.get("patient").get("naam").asString()).isEqualTo("Oud Klaartekst");
        assertThat(gelezen.get("patient").get("geboortedatum").asString()).isEqualTo("1940-01-01");
        assertThat(herversleuteling.versleutelKlareTekst()).isZero();
    }

    @Test
    void afterAKeyRotationEverythingIsReEncryptedUnderTheActiveKeyAndReadsAsBefore() {
        UUID id = UUID.fromString(Api.op(port)
                .postJson(
                        "/api/v1/meldingen", eenCalamiteitVanEenZorgaanbieder().tekst())
                .json()
                .get("id")
                .asString());
        String oud = OudeSleutel.versleutel("test-0", "Vv0bYq2b0f0bq1rHq9Jm3l8n6m7o4m7c2Gm2m6g8C3k=", "Voor Rotatie");
        jdbc.sql("update meldingen.melding set patient_naam_versleuteld = ? where id = ?")
                .params(oud, id)
                .update();

        assertThat(herversleuteling.herversleutel()).isPositive();

        String nu = jdbc.sql("select patient_naam_versleuteld from meldingen.melding where id = ?")
                .param(id)
                .query(String.class)
                .single();
        assertThat(nu).startsWith("test-1:");
        assertThat(patientgegevens.isOudeSleutel(nu)).isFalse();
        assertThat(Api.op(port)
                        .als("intake")
                        .get("/api/v1/meldingen/" + id)
                        .json()
                        .get("patient")
                        .get("naam")
                        .asString())
                .isEqualTo("Voor Rotatie");
        assertThat(herversleuteling.herversleutel()).isZero();
    }
}
