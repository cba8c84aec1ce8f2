package nl.toezicht.zoeken;

import java.time.Clock;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;
import nl.toezicht.Wachten;
import nl.toezicht.kern.Zorgsector;
import nl.toezicht.meldingen.MeldingId;
import nl.toezicht.meldingen.MeldingOntvangen;
import nl.toezicht.meldingen.Meldingsoort;
import nl.toezicht.meldingen.Meldingtestdata;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Something to find: a notification stored with intake's test data and announced through the outbox, so that case
 * handling opens its case as in production; and a word no other test uses, so counts are the test's own.
 */
final class Zoekfixtures {

    private static final AtomicLong NUMMER = new AtomicLong(System.nanoTime() % 1_000_000_000L);

    record Gemeld(MeldingId melding, String referentie, UUID zaak) {}

    private final JdbcClient jdbc;
    private final TransactionTemplate transacties;
    private final ApplicationEventPublisher events;
    private final Clock klok;

    Zoekfixtures(JdbcClient jdbc, TransactionTemplate transacties, ApplicationEventPublisher events, Clock klok) {
        this.jdbc = jdbc;
        this.transacties = transacties;
        this.events = events;
        this.klok = klok;
    }

    /** A word of letters only (a number would be read as a reference), unique to the test. */
    static String uniekWoord() {
        Random r = new Random();
        StringBuilder b = new StringBuilder("zq");
        for (int i = 0; i < 10; i++) {
            b.append((char) ('a' + r.nextInt(26)));
        }
        return b.toString();
    }

    /** A calamity in this sector, received now; waits until its case is open. */
    Gemeld meld(Zorgsector sector, String omschrijving) {
        MeldingId id = MeldingId.nieuw();
        String referentie = "M-TEST-" + NUMMER.incrementAndGet();
        var nu = klok.instant();
        transacties.executeWithoutResult(s -> {
            Meldingtestdata.bewaar(jdbc, id, referentie, Meldingsoort.CALAMITEIT, sector, omschrijving, nu);
            events.publishEvent(new MeldingOntvangen(id, referentie, Meldingsoort.CALAMITEIT, sector, null, nu, null));
        });
        Wachten.tot(
                () -> jdbc.sql("select count(*) from zaken.zaak_melding where melding_id = ?")
                                .param(id.waarde())
                                .query(Long.class)
                                .single()
                        > 0,
                "the case of " + referentie);
        UUID zaak = jdbc.sql("select zaak from zaken.zaak_melding where melding_id = ?")
                .param(id.waarde())
                .query(UUID.class)
                .single();
        return new Gemeld(id, referentie, zaak);
    }

    String referentie(UUID zaak) {
        return jdbc.sql("select referentie from zaken.zaak where id = ?")
                .param(zaak)
                .query(String.class)
                .single();
    }
}
