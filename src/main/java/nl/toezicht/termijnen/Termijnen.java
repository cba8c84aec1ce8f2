package nl.toezicht.termijnen;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import nl.toezicht.kern.Tijdzone;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Service;

/**
 * The Dutch date and calendar as other modules use them. Moments become Dutch calendar dates here, so that a
 * notification received at 23:30 UTC on 31 December counts as received on 1 January. Deadlines run on clocks
 * ({@link Klokken}), whose kinds compute them ({@link Kloksoorten}); here is only the Wkkgz check of a
 * calamity reported late.
 */
@Service
public class Termijnen {

    private final Kloksoorten soorten;
    private final Clock clock;

    @Autowired
    Termijnen(Kloksoorten soorten, Clock clock) {
        this.soorten = soorten;
        this.clock = clock;
    }

    /** With the kinds of {@code termijnen/kloksoorten.yaml} and these periods (for tests without Spring). */
    public Termijnen(TermijnenProperties perioden, Clock clock) {
        this(Kloksoorten.laad(perioden), clock);
    }

    public Werkdagenkalender kalender() {
        return soorten.rekening().kalender();
    }

    public LocalDate vandaag() {
        return LocalDate.now(clock.withZone(Tijdzone.NEDERLAND));
    }

    public static LocalDate datumVan(Instant moment) {
        return LocalDate.ofInstant(moment, Tijdzone.NEDERLAND);
    }

    /**
     * Wkkgz art. 11: a calamity is reported within 3 working days after the provider established it.
     * Received on the last of those days is on time; the day of establishing does not count.
     */
    public boolean isTeLaatGemeld(LocalDate datumVastgesteld, Instant ontvangenOp) {
        LocalDate uiterlijk = soorten.uiterlijk(
                soorten.soort(Kloksoorten.MELDING_CALAMITEIT), Startpunt.datum(datumVastgesteld), null);
        return datumVan(ontvangenOp).isAfter(uiterlijk);
    }
}
