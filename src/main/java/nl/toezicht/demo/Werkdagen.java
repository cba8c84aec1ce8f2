package nl.toezicht.demo;

import java.time.LocalDate;
import nl.toezicht.termijnen.Werkdagenkalender;

/**
 * Dutch working days over the generated period, looked up once: a million cases ask for "3 working days
 * after receipt" a million times, so the termijnen module's calendar is asked once per day of the period.
 */
final class Werkdagen {

    private final LocalDate eerste;
    private final boolean[] werkdag;
    private final Werkdagenkalender kalender;

    Werkdagen(LocalDate van, LocalDate tot) {
        this.kalender = new Werkdagenkalender();
        this.eerste = van;
        int dagen = (int) (tot.toEpochDay() - van.toEpochDay()) + 1;
        this.werkdag = new boolean[dagen];
        for (int i = 0; i < dagen; i++) {
            LocalDate dag = van.plusDays(i);
            werkdag[i] = kalender.isWerkdag(dag);
        }
    }

    /** The start day never counts: 3 working days after a Friday is the next Wednesday. */
    LocalDate plus(LocalDate datum, int werkdagen) {
        LocalDate dag = datum;
        int geteld = 0;
        while (geteld < werkdagen) {
            dag = dag.plusDays(1);
            if (isWerkdag(dag)) {
                geteld++;
            }
        }
        return dag;
    }

    private boolean isWerkdag(LocalDate dag) {
        int i = (int) (dag.toEpochDay() - eerste.toEpochDay());
        return i >= 0 && i < werkdag.length ? werkdag[i] : kalender.isWerkdag(dag);
    }
}
