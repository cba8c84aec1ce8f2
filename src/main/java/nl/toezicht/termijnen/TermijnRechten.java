package nl.toezicht.termijnen;

import nl.toezicht.toegang.Recht;
import nl.toezicht.toegang.Toegangsverklaring;
import org.springframework.stereotype.Component;

/**
 * The rights of module termijnen (decision 0036); its page and API are for any logged-in account, the
 * services decide. Who may extend a clock is not a right of this module but the kind's extension rule
 * ({@link Verlengingsregel#besluitDoor()}), checked against what the calling module passes as
 * {@link Handelende#rollen()}.
 */
@Component
public final class TermijnRechten implements Toegangsverklaring {

    /** The "due this week" lists (of the departments one may see) and the kinds of clock. */
    public static final Recht INZIEN = Recht.van("termijnen.inzien");
}
