package nl.toezicht.meldingen;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * The patient or client concerned, when the reporter gives them; {@code bsn} is the citizen service
 * number (checked with the 11-proof). Stored only encrypted, see {@link Patientkluis}.
 */
public record Patient(
        @Nullable String naam,
        @Nullable LocalDate geboortedatum,
        @Nullable String bsn) {

    public Patient(@Nullable String naam, @Nullable LocalDate geboortedatum) {
        this(naam, geboortedatum, null);
    }

    /** Never print the identity, in logs or exceptions. */
    @Override
    public String toString() {
        return "Patient[***]";
    }
}
