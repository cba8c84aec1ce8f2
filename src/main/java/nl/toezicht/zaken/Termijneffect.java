package nl.toezicht.zaken;

import nl.toezicht.termijnen.Termijnsoort;

/**
 * What a step of the case flow does to the case's legal clock ({@link Zaakstroom}): it starts one, or stops
 * the running one. A case runs against one clock at a time; a step without an effect keeps it.
 */
public sealed interface Termijneffect {

    /** Starts the clock of this kind, counted from the receipt of the first notification or from the step. */
    record Start(Termijnsoort soort, Vanaf vanaf) implements Termijneffect {}

    /** Stops the running clock: a closed case has none. */
    record Stop() implements Termijneffect {}

    enum Vanaf {
        /** The receipt of the case's first notification (the Wkkgz clocks of a calamity). */
        ONTVANGST,
        /** The day the step is taken. */
        STAP
    }
}
