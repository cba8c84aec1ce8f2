package nl.toezicht.termijnen;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * The daily job found a running clock past its deadline and marked it overdue; published once per clock.
 * The owner of the object (by {@code object.type()}) may mark its own row, tell the person responsible, or
 * escalate.
 */
public record KlokVerstreken(
        KlokId klok,
        String soort,
        Objectverwijzing object,
        String afdeling,
        @Nullable String behandelaar,
        LocalDate uiterlijk) {}
