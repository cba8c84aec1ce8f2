package nl.toezicht.kern;

import java.time.ZoneId;

/**
 * The inspectorate works on Dutch time: a moment becomes a calendar date (day 0 of a legal deadline, the
 * year of a reference, the day of a figure) and a time on a page in this zone, and nowhere else.
 */
public final class Tijdzone {

    public static final ZoneId NEDERLAND = ZoneId.of("Europe/Amsterdam");

    private Tijdzone() {}
}
