package nl.toezicht.termijnen;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.stereotype.Service;

/**
 * The legal clocks as other modules use them. Moments become Dutch calendar dates here, so that a
 * notification received at 23:30 UTC on 31 December counts as received on 1 January.
 */
@Service
@EnableConfigurationProperties(TermijnenProperties.class)
public class Termijnen {

    public static final ZoneId NEDERLAND = ZoneId.of("Europe/Amsterdam");

    private final Werkdagenkalender kalender;
    private final TermijnenProperties perioden;
    private final Clock clock;

    public Termijnen(TermijnenProperties perioden, Clock clock) {
        this.kalender = new Werkdagenkalender();
        this.perioden = perioden;
        this.clock = clock;
    }

    public Werkdagenkalender kalender() {
        return kalender;
    }

    public LocalDate vandaag() {
        return LocalDate.now(clock.withZone(NEDERLAND));
    }

    public static LocalDate datumVan(Instant moment) {
        return LocalDate.ofInstant(moment, NEDERLAND);
    }

    /** Triage of a new case: working days after the day of receipt. */
    public Termijn triage(Instant ontvangenOp) {
        return new Termijn(
                Termijnsoort.TRIAGE, kalender.plusWerkdagen(datumVan(ontvangenOp), perioden.triageWerkdagen()));
    }

    /** Wkkgz: the calamity investigation is due 8 weeks after the notification was received. */
    public Termijn onderzoeksrapport(Instant meldingOntvangenOp) {
        return new Termijn(
                Termijnsoort.ONDERZOEKSRAPPORT_ZORGAANBIEDER,
                kalender.plusWeken(datumVan(meldingOntvangenOp), perioden.onderzoeksrapportWeken()));
    }

    /** The provider completes its investigation, counted from today. */
    public Termijn aanvulling() {
        return new Termijn(
                Termijnsoort.AANVULLING_ZORGAANBIEDER, kalender.plusWeken(vandaag(), perioden.aanvullingWeken()));
    }

    /** The inspector judges, counted from today. */
    public Termijn beoordeling() {
        return new Termijn(
                Termijnsoort.BEOORDELING, kalender.plusWerkdagen(vandaag(), perioden.beoordelingWerkdagen()));
    }

    /**
     * Wkkgz art. 11: a calamity is reported within 3 working days after the provider established it.
     * Received on the last of those days is on time; the day of establishing does not count.
     */
    public boolean isTeLaatGemeld(LocalDate datumVastgesteld, Instant ontvangenOp) {
        LocalDate uiterlijk = kalender.plusWerkdagen(datumVastgesteld, perioden.meldingWerkdagen());
        return datumVan(ontvangenOp).isAfter(uiterlijk);
    }
}
