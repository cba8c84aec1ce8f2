package nl.toezicht.koppelingen;

import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import nl.toezicht.kern.NietGevonden;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * What could not be delivered to a subscription after every attempt. The administrator offers a dead letter
 * (or all of a subscription's) again once the partner's endpoint works: the next run of the delivery job tries
 * each once; a delivered one leaves the list, a failed one stays with its new error.
 */
@Service
public class DodeLetters {

    private final JdbcClient jdbc;
    private final Clock clock;

    DodeLetters(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** One dead letter: which event (never its data), how often it failed, and why the last time. */
    public record DodeLetter(
            UUID abonnement,
            UUID gebeurtenis,
            String type,
            @Nullable String onderwerp,
            Instant tijd,
            int pogingen,
            String laatsteFout,
            Instant sinds,
            @Nullable Instant opnieuwVanaf) {}

    public List<DodeLetter> van(UUID abonnement) {
        return jdbc.sql("select d.abonnement, d.gebeurtenis, g.type, g.onderwerp, g.tijd, d.pogingen, d.laatste_fout,"
                        + " d.sinds, d.opnieuw_vanaf from koppelingen.dode_letter d"
                        + " join koppelingen.gebeurtenis g on g.id = d.gebeurtenis"
                        + " where d.abonnement = ? order by g.transactie, g.rij")
                .param(abonnement)
                .query((rs, i) -> new DodeLetter(
                        rs.getObject("abonnement", UUID.class),
                        rs.getObject("gebeurtenis", UUID.class),
                        rs.getString("type"),
                        rs.getString("onderwerp"),
                        rs.getObject("tijd", OffsetDateTime.class).toInstant(),
                        rs.getInt("pogingen"),
                        rs.getString("laatste_fout"),
                        rs.getObject("sinds", OffsetDateTime.class).toInstant(),
                        rs.getObject("opnieuw_vanaf", OffsetDateTime.class) == null
                                ? null
                                : rs.getObject("opnieuw_vanaf", OffsetDateTime.class)
                                        .toInstant()))
                .list();
    }

    /** Offers one dead letter again; 404 when the subscription has no such dead letter. */
    public void biedAan(UUID abonnement, UUID gebeurtenis) {
        int gewijzigd = jdbc.sql("update koppelingen.dode_letter set opnieuw_vanaf = ? where abonnement = ?"
                        + " and gebeurtenis = ?")
                .params(Abonnementen.tijdstip(Instant.now(clock)), abonnement, gebeurtenis)
                .update();
        if (gewijzigd == 0) {
            throw new NietGevonden("object.dode-letter", gebeurtenis);
        }
    }

    /** Offers all of a subscription's dead letters again; returns how many. */
    public int biedAllesAan(UUID abonnement) {
        return jdbc.sql("update koppelingen.dode_letter set opnieuw_vanaf = ? where abonnement = ?")
                .params(Abonnementen.tijdstip(Instant.now(clock)), abonnement)
                .update();
    }
}
