package nl.toezicht.toegang;

import java.util.List;
import java.util.Map;

/**
 * A module that holds records about patients contributes them to the answer to a right-of-access request
 * (AVG art. 15) by implementing this: everything it holds on the patient with a given keyed pseudonym. The
 * privacy officer's export ({@link Inzageverzoeken}) collects every implementation, so a new module that
 * stores patient data adds one and is included.
 */
public interface Patientgegevensbron {

    /** Which records these are, in Dutch, for the export (e.g. "Meldingen"). */
    String naam();

    /**
     * The records on this patient, each as field → value (values as JSON can write them: text, numbers,
     * booleans, dates as ISO text), in a stable order. Patient identifiers may be included decrypted: the
     * export goes to the patient.
     */
    List<Map<String, Object>> gegevensVan(String patientPseudoniem);
}
