package nl.toezicht.zaken;

import java.time.Instant;
import nl.toezicht.termijnen.KlokId;
import nl.toezicht.termijnen.KlokStand;
import nl.toezicht.termijnen.Startpunt;
import nl.toezicht.termijnen.Termijnsoort;

/**
 * What a step of the case flow does to the case's legal clock ({@link Termijneffect}), carried out on the
 * engine of module termijnen by {@link Zaakklokken}: {@link Zaak} decides which clock and from when, this
 * starts and stops it and answers the clock's state, whose deadline the case copies.
 */
interface Zaakklok {

    /** Starts a clock of this kind for the case, from day 0 {@code vanaf}, answerable to its department. */
    KlokStand start(Zaak zaak, Termijnsoort soort, Startpunt vanaf, String door, Instant op);

    /** Stops the case's clock: the awaited thing happened, or the case moved on or closed. */
    void stop(KlokId klok, String door, Instant op);
}
