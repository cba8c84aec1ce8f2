package nl.toezicht.zaken;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.BooleanSupplier;
import nl.toezicht.Wachten;
import nl.toezicht.kern.Zorgsector;
import nl.toezicht.meldingen.MeldingGekoppeld;
import nl.toezicht.meldingen.MeldingId;
import nl.toezicht.meldingen.MeldingOntvangen;
import nl.toezicht.meldingen.Meldingsoort;
import nl.toezicht.meldingen.Meldingtestdata;
import nl.toezicht.register.ZorgaanbiederId;
import org.springframework.context.ApplicationContext;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Notifications as intake would deliver them: a row in intake's table (written by intake's test data) and
 * its {@link MeldingOntvangen} published in the same transaction, so case handling receives it through the
 * outbox as in production. Received now by the application's clock (the test clock) unless the test names
 * the moment.
 */
final class Zaakfixtures {

    private static final AtomicLong NUMMER = new AtomicLong(System.nanoTime() % 1_000_000_000L);

    private final JdbcClient jdbc;
    private final TransactionTemplate transacties;
    private final ApplicationEventPublisher events;
    private final Clock klok;

    Zaakfixtures(JdbcClient jdbc, TransactionTemplate transacties, ApplicationEventPublisher events, Clock klok) {
        this.jdbc = jdbc;
        this.transacties = transacties;
        this.events = events;
        this.klok = klok;
    }

    /** With the beans of this application context. */
    static Zaakfixtures uit(ApplicationContext context) {
        return new Zaakfixtures(
                context.getBean(JdbcClient.class),
                context.getBean(TransactionTemplate.class),
                context,
                context.getBean(Clock.class));
    }

    final class Melding {
        private Meldingsoort soort = Meldingsoort.CALAMITEIT;
        private Zorgsector sector = Zorgsector.GGZ;
        private Instant ontvangenOp = klok.instant();
        private String omschrijving = "Cliënt overleden na medicatiefout";
        private java.time.LocalDate vastgesteld;

        Melding vastgesteldOp(java.time.LocalDate vastgesteld) {
            this.vastgesteld = vastgesteld;
            return this;
        }

        Melding vanSoort(Meldingsoort soort) {
            this.soort = soort;
            return this;
        }

        Melding inSector(Zorgsector sector) {
            this.sector = sector;
            return this;
        }

        Melding ontvangenOp(Instant ontvangenOp) {
            this.ontvangenOp = ontvangenOp;
            return this;
        }

        Melding metOmschrijving(String omschrijving) {
            this.omschrijving = omschrijving;
            return this;
        }

        /** Stores the notification and announces it; does not wait for the case. */
        MeldingOntvangen ontvangen() {
            return transacties.execute(status -> {
                MeldingOntvangen event = slaOp();
                events.publishEvent(event);
                return event;
            });
        }

        /** Stores the notification without announcing it: the test publishes the event (a {@code Scenario}). */
        MeldingOntvangen vastgelegd() {
            return transacties.execute(status -> slaOp());
        }

        private MeldingOntvangen slaOp() {
            MeldingId id = MeldingId.nieuw();
            String referentie = "M-TEST-" + NUMMER.incrementAndGet();
            Meldingtestdata.bewaar(jdbc, id, referentie, soort, sector, omschrijving, ontvangenOp);
            return new MeldingOntvangen(id, referentie, soort, sector, null, ontvangenOp, vastgesteld);
        }

        /** Stores, announces and waits until case handling opened its case. */
        ZaakId opentZaak() {
            MeldingOntvangen event = ontvangen();
            return zaakVan(event.melding());
        }
    }

    Melding eenMelding() {
        return new Melding();
    }

    Melding eenCalamiteit() {
        return new Melding().vanSoort(Meldingsoort.CALAMITEIT);
    }

    Melding eenKlacht() {
        return new Melding().vanSoort(Meldingsoort.KLACHT_OF_SIGNAAL);
    }

    void publiceer(Object event) {
        transacties.executeWithoutResult(status -> events.publishEvent(event));
    }

    void koppel(MeldingId melding, ZorgaanbiederId zorgaanbieder) {
        publiceer(new MeldingGekoppeld(melding, zorgaanbieder, "intake"));
    }

    ZaakId zaakVan(MeldingId melding) {
        wachtTot(() -> jdbc.sql("select count(*) from zaken.zaak_melding where melding_id = ?")
                        .param(melding.waarde())
                        .query(Long.class)
                        .single()
                > 0);
        return new ZaakId(jdbc.sql("select zaak from zaken.zaak_melding where melding_id = ?")
                .param(melding.waarde())
                .query(UUID.class)
                .single());
    }

    String meldingstatus(MeldingId melding) {
        return jdbc.sql("select status from meldingen.melding where id = ?")
                .param(melding.waarde())
                .query(String.class)
                .single();
    }

    static void wachtTot(BooleanSupplier voorwaarde) {
        Wachten.tot(voorwaarde, Duration.ofSeconds(15), "condition");
    }
}
