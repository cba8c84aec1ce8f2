package nl.toezicht.logboek;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * What the privacy officer searches the access log for; every part optional. {@code patientPseudoniem} is
 * the keyed pseudonym (a BSN is turned into it before it gets here and never stored or logged); {@code voor}
 * is the keyset cursor: only entries with a lower sequence number (newest first).
 */
public record Logzoekvraag(
        @Nullable String gebruiker,
        @Nullable String patientPseudoniem,
        @Nullable String objectType,
        @Nullable String objectId,
        @Nullable LocalDate van,
        @Nullable LocalDate tot,
        @Nullable Handeling handeling,
        @Nullable Boolean toegestaan,
        @Nullable Long voor) {

    public static Logzoekvraag alles() {
        return new Logzoekvraag(null, null, null, null, null, null, null, null, null);
    }

    public static Logzoekvraag doorbrekingen(@Nullable Long voor) {
        return new Logzoekvraag(null, null, null, null, null, null, Handeling.DOORBREKEN, null, voor);
    }

    public Logzoekvraag vanaf(@Nullable Long cursor) {
        return new Logzoekvraag(
                gebruiker, patientPseudoniem, objectType, objectId, van, tot, handeling, toegestaan, cursor);
    }

    /** The search as it is recorded in the access log itself (the pseudonym goes in its own field). */
    String omschrijving() {
        List<String> delen = new ArrayList<>();
        voeg(delen, "gebruiker", gebruiker);
        voeg(delen, "patient", patientPseudoniem == null ? null : "pseudoniem");
        voeg(delen, "objecttype", objectType);
        voeg(delen, "objectid", objectId);
        voeg(delen, "van", van);
        voeg(delen, "tot", tot);
        voeg(delen, "handeling", handeling);
        voeg(delen, "toegestaan", toegestaan);
        voeg(delen, "voor", voor);
        return delen.isEmpty() ? "alles" : String.join(";", delen);
    }

    private static void voeg(List<String> delen, String naam, @Nullable Object waarde) {
        if (waarde != null) {
            delen.add(naam + "=" + waarde);
        }
    }
}
