package nl.toezicht.meldingen;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.toezicht.toegang.Patientgegevens;
import nl.toezicht.toegang.Patientgegevensbron;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The notifications about one patient, for the answer to a right-of-access request (AVG art. 15): what
 * was reported, when, about whom (decrypted: the export goes to the patient) and how far it is. The
 * reporter's contact details stay out: they are the reporter's personal data, not the patient's.
 */
@Component
class MeldingenVoorInzage implements Patientgegevensbron {

    private final JdbcClient jdbc;
    private final Patientgegevens patientgegevens;

    MeldingenVoorInzage(JdbcClient jdbc, Patientgegevens patientgegevens) {
        this.jdbc = jdbc;
        this.patientgegevens = patientgegevens;
    }

    @Override
    public String naam() {
        return "Meldingen";
    }

    @Override
    public List<Map<String, Object>> gegevensVan(String patientPseudoniem) {
        return jdbc.sql("select referentie, ontvangen_op, soort, sector, status, datum_gebeurtenis, omschrijving, "
                        + "patient_overleden, patient_naam_versleuteld, patient_geboortedatum_versleuteld, "
                        + "patient_bsn_versleuteld from meldingen.melding where patient_pseudoniem = ? "
                        + "order by ontvangen_op, referentie")
                .param(patientPseudoniem)
                .query((rs, i) -> {
                    Map<String, Object> regel = new LinkedHashMap<>();
                    regel.put("referentie", rs.getString("referentie"));
                    regel.put(
                            "ontvangenOp",
                            rs.getTimestamp("ontvangen_op").toInstant().toString());
                    regel.put("soort", rs.getString("soort"));
                    regel.put("sector", rs.getString("sector"));
                    regel.put("status", rs.getString("status"));
                    if (rs.getDate("datum_gebeurtenis") != null) {
                        regel.put(
                                "datumGebeurtenis",
                                rs.getDate("datum_gebeurtenis").toLocalDate().toString());
                    }
                    regel.put("omschrijving", rs.getString("omschrijving"));
                    regel.put("patientOverleden", rs.getBoolean("patient_overleden"));
                    zetOntsleuteld(regel, "patientNaam", rs.getString("patient_naam_versleuteld"));
                    zetOntsleuteld(regel, "patientGeboortedatum", rs.getString("patient_geboortedatum_versleuteld"));
                    zetOntsleuteld(regel, "patientBsn", rs.getString("patient_bsn_versleuteld"));
                    return regel;
                })
                .list();
    }

    private void zetOntsleuteld(Map<String, Object> regel, String veld, @Nullable String versleuteld) {
        if (versleuteld != null) {
            regel.put(veld, patientgegevens.ontsleutel(versleuteld));
        }
    }
}
