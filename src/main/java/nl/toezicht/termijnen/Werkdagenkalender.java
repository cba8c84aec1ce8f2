package nl.toezicht.termijnen;

import de.focus_shift.jollyday.core.HolidayCalendar;
import de.focus_shift.jollyday.core.HolidayManager;
import de.focus_shift.jollyday.core.HolidayType;
import de.focus_shift.jollyday.core.ManagerParameters;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Year;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Dutch working days: Monday to Friday, except the public holidays of focus-shift's jollyday calendar
 * for the Netherlands (type {@code PUBLIC_HOLIDAY}): New Year's Day, Easter Monday, King's Day (27 April,
 * 26 April when the 27th is a Sunday), Liberation Day (5 May, every year since 1990), Ascension Day,
 * Whit Monday and both Christmas days. Good Friday is only an observance in jollyday and is a working
 * day here, as in the Algemene termijnenwet (art. 3), which lists exactly the days above. See
 * docs/decisions/0010-werkdagen-en-termijnen.md.
 */
public final class Werkdagenkalender {

    private final HolidayManager feestdagen;
    private final Map<Integer, LocalDate> goedeVrijdagen = new ConcurrentHashMap<>();

    public Werkdagenkalender() {
        this.feestdagen = HolidayManager.getInstance(ManagerParameters.create(HolidayCalendar.NETHERLANDS));
    }

    public boolean isWerkdag(LocalDate datum) {
        DayOfWeek dag = datum.getDayOfWeek();
        return dag != DayOfWeek.SATURDAY
                && dag != DayOfWeek.SUNDAY
                && !feestdagen.isHoliday(datum, HolidayType.PUBLIC_HOLIDAY);
    }

    /**
     * Good Friday: a working day here (decision 0010), but equal to a public holiday for the Algemene
     * termijnenwet (art. 3 lid 2), which moves the end of a statutory period off it (decision 0035).
     */
    boolean isGoedeVrijdag(LocalDate datum) {
        return datum.equals(goedeVrijdagen.computeIfAbsent(
                datum.getYear(),
                jaar -> feestdagen.getHolidays(Year.of(jaar), HolidayType.OBSERVANCE).stream()
                        .filter(f -> f.getPropertiesKey().equals("christian.GOOD_FRIDAY"))
                        .findFirst()
                        .orElseThrow(() -> new IllegalStateException("jollyday knows no Good Friday in " + jaar))
                        .getDate()));
    }

    /**
     * The date {@code werkdagen} working days after {@code datum}; the start day itself never counts
     * ("within 3 working days after" a Friday is the next Wednesday). Zero gives the start day.
     */
    public LocalDate plusWerkdagen(LocalDate datum, int werkdagen) {
        if (werkdagen < 0) {
            throw new IllegalArgumentException("werkdagen must not be negative");
        }
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
}
