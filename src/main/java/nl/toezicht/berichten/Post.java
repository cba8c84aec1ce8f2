package nl.toezicht.berichten;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Letters to outside parties by e-mail: the caller's letter goes into the outbox in the caller's transaction (so
 * a letter is queued exactly when the step that sends it is stored) and the job that sends the alerts sends it,
 * with retries. The caller checks who may send what; this class only queues.
 */
@Service
public class Post {

    private final JdbcClient jdbc;
    private final Clock clock;

    Post(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** Queues the letter unless one with its key was queued already; returns whether it was new. */
    @Transactional
    public boolean verstuur(Poststuk stuk) {
        OffsetDateTime nu = OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC);
        return jdbc.sql("""
                        insert into berichten.mail (id, sleutel, aan, onderwerp, tekst, bijlage_naam, bijlage, status,
                            volgende_poging, aangemaakt_op)
                        values (?, ?, ?, ?, ?, ?, ?, 'WACHTEND', ?, ?) on conflict (sleutel) do nothing""")
                        .params(
                                UUID.randomUUID(),
                                stuk.sleutel(),
                                stuk.aan(),
                                stuk.onderwerp(),
                                stuk.tekst(),
                                stuk.bijlagenaam(),
                                stuk.bijlage(),
                                nu,
                                nu)
                        .update()
                == 1;
    }
}
