package nl.toezicht.termijnen;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import nl.toezicht.kern.Tijdzone;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Service;

/**
 * The legal clocks as other modules use them. Moments become Dutch calendar dates here, so that a
 * notification received at 23:30 UTC on 31 December counts as received on 1 January. The deadlines of the
 * case clocks are computed by the kinds of the registry ({@link Kloksoorten}), so the periods live in one
 * place; running clocks with suspension, extension and history are {@link Klokken}.
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

    /** Triage of a new case: working days after the day of receipt. */
    public Termijn triage(Instant ontvangenOp) {
        return termijn(Termijnsoort.TRIAGE, Startpunt.moment(ontvangenOp));
    }

    /** Wkkgz: the calamity investigation is due 8 weeks after the notification was received. */
    public Termijn onderzoeksrapport(Instant meldingOntvangenOp) {
        return termijn(Termijnsoort.ONDERZOEKSRAPPORT_ZORGAANBIEDER, Startpunt.moment(meldingOntvangenOp));
    }

    /** The provider completes its investigation, counted from today. */
    public Termijn aanvulling() {
        return termijn(Termijnsoort.AANVULLING_ZORGAANBIEDER, Startpunt.datum(vandaag()));
    }

    /** The inspector judges, counted from today. */
    public Termijn beoordeling() {
        return termijn(Termijnsoort.BEOORDELING, Startpunt.datum(vandaag()));
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

    private Termijn termijn(Termijnsoort soort, Startpunt startpunt) {
        return new Termijn(soort, soorten.uiterlijk(soorten.soort(soort.name()), startpunt, null));
    }
}
