package nl.toezicht.zaken;

import java.time.Instant;
import java.time.LocalDate;
import nl.toezicht.kern.Zorgsector;
import org.jspecify.annotations.Nullable;

/**
 * A task on a case was given to a person ({@code medewerker}) or to a department ({@code taakAfdeling}), due on
 * {@code uiterlijk}. For alerts to whom it is for; {@code afdeling} is the case's department (need-to-know).
 */
public record TaakToegewezen(
        TaakId taak,
        ZaakId zaak,
        String referentie,
        Zorgsector afdeling,
        @Nullable String medewerker,
        @Nullable Zorgsector taakAfdeling,
        LocalDate uiterlijk,
        String door,
        Instant op) {}
