package nl.toezicht.termijnen;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Collection;
import java.util.Set;

/**
 * The arithmetic of legal periods: adding a length, moving an end off a day off (Algemene termijnenwet),
 * and how long a suspension lasts (Awb 4:15). Pure, no state but the calendars; see docs/termijnen.md.
 */
final class Termijnrekening {

    private final Werkdagenkalender kalender;
    private final Set<LocalDate> atwGelijkgesteld;

    /**
     * @param atwGelijkgesteld days declared equal to a public holiday for the Algemene termijnenwet by royal
     *     decree (art. 3 lid 3), e.g. the Friday after Ascension Day
     */
    Termijnrekening(Werkdagenkalender kalender, Collection<LocalDate> atwGelijkgesteld) {
        this.kalender = kalender;
        this.atwGelijkgesteld = Set.copyOf(atwGelijkgesteld);
    }

    Werkdagenkalender kalender() {
        return kalender;
    }

    /** {@code datum} plus {@code lengte}; the start day never counts, a month ends on the same day number. */
    LocalDate plus(LocalDate datum, Lengte lengte) {
        return switch (lengte.eenheid()) {
            case WERKDAGEN -> kalender.plusWerkdagen(datum, lengte.aantal());
            case KALENDERDAGEN -> datum.plusDays(lengte.aantal());
            case WEKEN -> datum.plusWeeks(lengte.aantal());
            case MAANDEN -> datum.plusMonths(lengte.aantal());
            case JAREN -> datum.plusYears(lengte.aantal());
        };
    }

    /** The deadline as users see it: the computed end, moved off a day off where the kind says so. */
    LocalDate uiterlijk(Verschuiving verschuiving, LocalDate startdatum, LocalDate einde) {
        return switch (verschuiving) {
            case GEEN -> einde;
            case ALGEMENE_TERMIJNENWET -> algemeneTermijnenwet(startdatum, einde);
        };
    }

    /**
     * Art. 1: a period that ends on a Saturday, Sunday or generally recognised holiday is extended up to and
     * including the next day that is none of these. Art. 2: a period of at least three days is extended, where
     * needed, so that it holds at least two such days (the start day does not count).
     */
    private LocalDate algemeneTermijnenwet(LocalDate startdatum, LocalDate einde) {
        LocalDate uiterlijk = einde;
        while (isAtwRustdag(uiterlijk)) {
            uiterlijk = uiterlijk.plusDays(1);
        }
        if (ChronoUnit.DAYS.between(startdatum, einde) >= 3) {
            while (atwWerkdagen(startdatum, uiterlijk) < 2) {
                uiterlijk = uiterlijk.plusDays(1);
                while (isAtwRustdag(uiterlijk)) {
                    uiterlijk = uiterlijk.plusDays(1);
                }
            }
        }
        return uiterlijk;
    }

    private int atwWerkdagen(LocalDate startdatum, LocalDate tot) {
        int geteld = 0;
        for (LocalDate dag = startdatum.plusDays(1); !dag.isAfter(tot); dag = dag.plusDays(1)) {
            if (!isAtwRustdag(dag)) {
                geteld++;
            }
        }
        return geteld;
    }

    /**
     * A day on which no statutory period ends (Algemene termijnenwet art. 1 and 3): Saturday, Sunday, the
     * public holidays of art. 3 lid 1 (the days {@link Werkdagenkalender} does not work), Good Friday (lid 2)
     * and the days declared equal to a holiday (lid 3).
     */
    boolean isAtwRustdag(LocalDate dag) {
        DayOfWeek weekdag = dag.getDayOfWeek();
        return weekdag == DayOfWeek.SATURDAY
                || weekdag == DayOfWeek.SUNDAY
                || !kalender.isWerkdag(dag)
                || kalender.isGoedeVrijdag(dag)
                || atwGelijkgesteld.contains(dag);
    }

    /**
     * Moves a computed end by a suspension. Awb 4:15: the period is suspended "from the day after" the clock
     * stopped "until the day" it resumed; so the days strictly between the two stand still, and the day of
     * resumption counts again. A clock in working days moves by the working days among them, any other by
     * the calendar days: a suspension from Friday to Monday costs a working-day clock nothing and a weeks
     * clock two days.
     */
    LocalDate naOpschorting(LocalDate einde, Eenheid eenheid, LocalDate opgeschortOp, LocalDate hervatOp) {
        return eenheid == Eenheid.WERKDAGEN
                ? kalender.plusWerkdagen(einde, stilgestaneWerkdagen(opgeschortOp, hervatOp))
                : einde.plusDays(stilgestaneDagen(opgeschortOp, hervatOp));
    }

    static long stilgestaneDagen(LocalDate opgeschortOp, LocalDate hervatOp) {
        return Math.max(0, ChronoUnit.DAYS.between(opgeschortOp, hervatOp) - 1);
    }

    int stilgestaneWerkdagen(LocalDate opgeschortOp, LocalDate hervatOp) {
        int geteld = 0;
        for (LocalDate dag = opgeschortOp.plusDays(1); dag.isBefore(hervatOp); dag = dag.plusDays(1)) {
            if (kalender.isWerkdag(dag)) {
                geteld++;
            }
        }
        return geteld;
    }
}
