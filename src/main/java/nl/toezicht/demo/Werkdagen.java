package nl.toezicht.demo;

import de.focus_shift.jollyday.core.HolidayCalendar;
import de.focus_shift.jollyday.core.HolidayManager;
import de.focus_shift.jollyday.core.HolidayType;
import de.focus_shift.jollyday.core.ManagerParameters;
import java.time.DayOfWeek;
import java.time.LocalDate;

/**
 * Dutch working days over the generated period, looked up once: a million cases ask for "3 working days
 * after receipt" a million times. Same rule as the termijnen module (weekdays without the public holidays
 * of jollyday's Dutch calendar); the demo may not depend on that module, and only needs to look right.
 */
final class Werkdagen {

    private final LocalDate eerste;
    private final boolean[] werkdag;

    Werkdagen(LocalDate van, LocalDate tot) {
        HolidayManager feestdagen = HolidayManager.getInstance(ManagerParameters.create(HolidayCalendar.NETHERLANDS));
        this.eerste = van;
        int dagen = (int) (tot.toEpochDay() - van.toEpochDay()) + 1;
        this.werkdag = new boolean[dagen];
        for (int i = 0; i < dagen; i++) {
            LocalDate dag = van.plusDays(i);
            werkdag[i] = dag.getDayOfWeek() != DayOfWeek.SATURDAY
                    && dag.getDayOfWeek() != DayOfWeek.SUNDAY
                    && !feestdagen.isHoliday(dag, HolidayType.PUBLIC_HOLIDAY);
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
        if (i < 0 || i >= werkdag.length) {
            return dag.getDayOfWeek() != DayOfWeek.SATURDAY && dag.getDayOfWeek() != DayOfWeek.SUNDAY;
        }
        return werkdag[i];
    }
}
