package nl.toezicht.meldingen;

import java.sql.Timestamp;
import java.util.UUID;
import nl.toezicht.register.LocatieId;
import nl.toezicht.register.ZorgaanbiederId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Stores a notification that has just been taken in, with plain INSERTs. Intake is the hot path (every
 * notification of the country passes here) and a profile showed half of its CPU in Spring Data JDBC's
 * mapping of a new aggregate; the aggregate still decides what is stored ({@link Melding#ontvang}), and
 * reads and later changes go through {@link MeldingRepository} as before. The row starts at version 0,
 * as Spring Data JDBC would write it. See docs/PERFORMANCE.md.
 */
@Component
class NieuweMeldingen {

    private static final String MELDING = "insert into meldingen.melding (id, version, referentie, status, bron,"
            + " kanaal, soort, sector, zorgaanbieder_id, locatie_id, zorgaanbieder_omschrijving, melder_kvk_nummer,"
            + " datum_gebeurtenis, datum_vastgesteld, omschrijving, patient_overleden, door_suicide, suicidepoging,"
            + " gesloten_jeugdinstelling, seksueel_grensoverschrijdend, sgg_soort, themas, melder_naam, melder_email,"
            + " melder_telefoon, patient_bsn_versleuteld, patient_naam_versleuteld, patient_geboortedatum_versleuteld,"
            + " patient_pseudoniem, status_token_hash, ontvangen_op)"
            + " values (:id, 0, :referentie, :status, :bron, :kanaal, :soort, :sector, :zorgaanbieder, :locatie,"
            + " :zorgaanbiederOmschrijving, :melderKvkNummer, :datumGebeurtenis, :datumVastgesteld, :omschrijving,"
            + " :patientOverleden, :doorSuicide, :suicidepoging, :geslotenJeugdinstelling,"
            + " :seksueelGrensoverschrijdend, :sggSoort, :themas, :melderNaam, :melderEmail, :melderTelefoon,"
            + " :patientBsn, :patientNaam, :patientGeboortedatum, :patientPseudoniem, :statusTokenHash, :ontvangenOp)";

    private static final String BIJLAGE = "insert into meldingen.bijlage (id, melding_id, bestandsnaam, mediatype,"
            + " grootte, sha256, opslag_sleutel, toegevoegd_op) values (?, ?, ?, ?, ?, ?, ?, ?)";

    private final JdbcClient jdbc;

    NieuweMeldingen(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void voegToe(Melding m) {
        ZorgaanbiederId zorgaanbieder = m.zorgaanbieder();
        LocatieId locatie = m.locatie();
        Melder melder = m.melder();
        VersleuteldePatient patient = m.patient();
        UUID id = m.id().waarde();
        jdbc.sql(MELDING)
                .param("id", id)
                .param("referentie", m.referentie())
                .param("status", m.status().name())
                .param("bron", m.bron().name())
                .param("kanaal", m.kanaal().name())
                .param("soort", m.soort().name())
                .param("sector", m.sector().name())
                .param("zorgaanbieder", zorgaanbieder == null ? null : zorgaanbieder.waarde())
                .param("locatie", locatie == null ? null : locatie.waarde())
                .param("zorgaanbiederOmschrijving", m.zorgaanbiederOmschrijving())
                .param("melderKvkNummer", m.melderKvkNummer())
                .param("datumGebeurtenis", m.datumGebeurtenis())
                .param("datumVastgesteld", m.datumVastgesteld())
                .param("omschrijving", m.omschrijving())
                .param("patientOverleden", m.patientOverleden())
                .param("doorSuicide", m.doorSuicide())
                .param("suicidepoging", m.suicidepoging())
                .param("geslotenJeugdinstelling", m.geslotenJeugdinstelling())
                .param("seksueelGrensoverschrijdend", m.seksueelGrensoverschrijdend())
                .param("sggSoort", m.sggSoort() == null ? null : m.sggSoort().name())
                .param("themas", m.themas().toArray(String[]::new))
                .param("melderNaam", melder == null ? null : melder.naam())
                .param("melderEmail", melder == null ? null : melder.email())
                .param("melderTelefoon", melder == null ? null : melder.telefoon())
                .param("patientBsn", patient == null ? null : patient.bsnVersleuteld())
                .param("patientNaam", patient == null ? null : patient.naamVersleuteld())
                .param("patientGeboortedatum", patient == null ? null : patient.geboortedatumVersleuteld())
                .param("patientPseudoniem", patient == null ? null : patient.pseudoniem())
                .param("statusTokenHash", m.statusTokenHash())
                .param("ontvangenOp", Timestamp.from(m.ontvangenOp()))
                .update();
        for (Bijlage b : m.bijlagen()) {
            jdbc.sql(BIJLAGE)
                    .params(
                            b.id(),
                            id,
                            b.bestandsnaam(),
                            b.mediatype(),
                            b.grootte(),
                            b.sha256(),
                            b.opslagSleutel(),
                            Timestamp.from(b.toegevoegdOp()))
                    .update();
        }
    }
}
