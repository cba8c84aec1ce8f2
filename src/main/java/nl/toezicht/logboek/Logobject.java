package nl.toezicht.logboek;

import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * An object an access-log entry concerns: its type ({@code MELDING}, {@code ZAAK}, {@code BIJLAGE},
 * {@code PATIENT}, {@code STATISTIEK}, {@code IMPORT}, ...), its id, and the keyed pseudonym of the patient
 * involved, if any (never the patient's identity itself).
 */
public record Logobject(String type, String id, @Nullable String patientPseudoniem) {

    public static Logobject melding(UUID id, @Nullable String patientPseudoniem) {
        return new Logobject("MELDING", id.toString(), patientPseudoniem);
    }

    public static Logobject zaak(UUID id) {
        return new Logobject("ZAAK", id.toString(), null);
    }

    public static Logobject bijlage(UUID id, @Nullable String patientPseudoniem) {
        return new Logobject("BIJLAGE", id.toString(), patientPseudoniem);
    }

    /** A staff or care-provider account, by its user name (account administration). */
    public static Logobject medewerker(String gebruikersnaam) {
        return new Logobject("MEDEWERKER", gebruikersnaam, null);
    }

    /** A supervision activity of module inspecties (a visit, a desk inspection, a conversation). */
    public static Logobject toezichtactiviteit(UUID id) {
        return new Logobject("TOEZICHTACTIVITEIT", id.toString(), null);
    }

    /** A document in a dossier (a case's), as module documenten keeps it. */
    public static Logobject document(UUID id) {
        return new Logobject("DOCUMENT", id.toString(), null);
    }

    /** An enforcement measure of module handhaving (a warning, an instruction, a fine, ...). */
    public static Logobject maatregel(UUID id) {
        return new Logobject("MAATREGEL", id.toString(), null);
    }

    public static Logobject van(String type, String id) {
        return new Logobject(type, id, null);
    }
}
