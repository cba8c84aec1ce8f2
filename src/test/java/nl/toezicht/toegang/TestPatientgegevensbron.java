package nl.toezicht.toegang;

import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * A module's contribution to a right-of-access answer, as the tests see it: one record for the patient with
 * BSN {@value #BSN}, nothing for anyone else.
 */
@Component
class TestPatientgegevensbron implements Patientgegevensbron {

    static final String BSN = "123456782";

    private final Patientgegevens patientgegevens;

    TestPatientgegevensbron(Patientgegevens patientgegevens) {
        this.patientgegevens = patientgegevens;
    }

    @Override
    public String naam() {
        return "Testbron";
    }

    @Override
    public List<Map<String, Object>> gegevensVan(String patientPseudoniem) {
        return patientgegevens.pseudoniem(BSN).equals(patientPseudoniem)
                ? List.of(Map.of("kenmerk", "T-1", "omschrijving", "testgegeven over de patiënt"))
                : List.of();
    }
}
