package nl.toezicht.kern;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.TemporalAccessor;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * How dates and moments are written for people, on every page and in every export: one date format
 * ({@code 05-12-2026}) and Dutch local time to the minute ({@code 05-12-2026 14:03}), or to the second where
 * the order of events matters (the access log). Pages call it as {@code ${@opmaak.datum(x)}}; nothing is
 * shown in UTC or with fractions of a second.
 */
@Component("opmaak")
public final class Opmaak {

    private static final DateTimeFormatter DATUM = DateTimeFormatter.ofPattern("dd-MM-yyyy");
    private static final DateTimeFormatter TIJDSTIP = DateTimeFormatter.ofPattern("dd-MM-yyyy HH:mm");
    private static final DateTimeFormatter SECONDE = DateTimeFormatter.ofPattern("dd-MM-yyyy HH:mm:ss");

    /** A day ({@code 05-12-2026}); a moment counts as its Dutch day. Empty for nothing. */
    public String datum(@Nullable TemporalAccessor dag) {
        return schrijf(dag, DATUM);
    }

    /** A moment in Dutch local time, to the minute. Empty for nothing. */
    public String tijdstip(@Nullable TemporalAccessor moment) {
        return schrijf(moment, TIJDSTIP);
    }

    /** A moment in Dutch local time, to the second (logs, exports). Empty for nothing. */
    public String seconde(@Nullable TemporalAccessor moment) {
        return schrijf(moment, SECONDE);
    }

    /** The same as {@link #seconde}, for code without the bean (exports). */
    public static String alsSeconde(Instant moment) {
        return SECONDE.format(moment.atZone(Tijdzone.NEDERLAND));
    }

    private static String schrijf(@Nullable TemporalAccessor waarde, DateTimeFormatter formaat) {
        if (waarde == null) {
            return "";
        }
        TemporalAccessor lokaal = waarde;
        if (waarde instanceof Instant i) {
            lokaal = i.atZone(Tijdzone.NEDERLAND);
        } else if (waarde instanceof ZonedDateTime z) {
            lokaal = z.withZoneSameInstant(Tijdzone.NEDERLAND);
        } else if (waarde instanceof java.time.OffsetDateTime o) {
            lokaal = o.atZoneSameInstant(Tijdzone.NEDERLAND);
        }
        if (lokaal instanceof LocalDate d && formaat != DATUM) {
            return DATUM.format(d);
        }
        return formaat.format(lokaal);
    }
}
