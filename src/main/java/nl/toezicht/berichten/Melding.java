package nl.toezicht.berichten;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * What a module asks {@link Berichten#meld} to tell someone.
 *
 * @param ontvanger the user name of the recipient
 * @param sleutel what makes the alert unique for its recipient (a redelivered event adds nothing), e.g.
 *     {@code toewijzing:<case>:<instant>}
 * @param kenmerk the object's reference, e.g. {@code Z-2026-000123}; never patient data
 * @param pad the path of the object's page in this application, e.g. {@code /zaken/<id>}
 * @param datum the date the alert concerns (a deadline), if any
 */
public record Melding(
        String ontvanger,
        Berichtsoort soort,
        String sleutel,
        String kenmerk,
        @Nullable String pad,
        @Nullable LocalDate datum) {}
