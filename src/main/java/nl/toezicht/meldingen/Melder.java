package nl.toezicht.meldingen;

import org.jspecify.annotations.Nullable;

/** How the intake desk can reach the reporter. */
public record Melder(
        @Nullable String naam,
        @Nullable String email,
        @Nullable String telefoon) {

    /** Never print contact data, in logs or exceptions. */
    @Override
    public String toString() {
        return "Melder[***]";
    }
}
