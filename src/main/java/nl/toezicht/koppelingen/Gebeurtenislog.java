package nl.toezicht.koppelingen;

import java.math.BigInteger;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import tools.jackson.databind.ObjectMapper;

/**
 * The event log partners receive from: an application event of a declared {@link Gebeurtenistype} is written
 * here in the transaction that publishes it (so it exists exactly when what it reports was committed, and
 * costs the publisher one row and no outbox entry of its own), and only while some subscription wants that
 * type. Delivery and the partners' catch-up API read it in the order of {@link Positie}.
 */
@Component
class Gebeurtenislog {

    private static final String KOLOMMEN = "transactie::text as transactie, rij, id, type, onderwerp, tijd, gegevens";

    private final JdbcClient jdbc;
    private final Clock clock;
    private final ObjectMapper json;
    private final Abonnementen abonnementen;
    private final Map<Class<?>, Gebeurtenistype<?>> typen = new HashMap<>();

    Gebeurtenislog(
            JdbcClient jdbc,
            Clock clock,
            ObjectMapper json,
            Abonnementen abonnementen,
            List<Gebeurtenistype<?>> typen) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.json = json;
        this.abonnementen = abonnementen;
        for (Gebeurtenistype<?> type : typen) {
            if (this.typen.put(type.klasse(), type) != null) {
                throw new IllegalStateException(
                        "Two event types for " + type.klasse().getName());
            }
        }
    }

    /** Synchronous, in the publisher's transaction: a rolled back command leaves no event behind. */
    @EventListener
    void leg(Object event) {
        Gebeurtenistype<?> type = typen.get(event.getClass());
        if (type == null || !type.geldtVoor(event) || !abonnementen.gevraagd(type.type())) {
            return;
        }
        jdbc.sql("insert into koppelingen.gebeurtenis (id, type, onderwerp, tijd, zorgaanbieder, gegevens)"
                        + " values (?, ?, ?, ?, ?, cast(? as jsonb))")
                .params(
                        UUID.randomUUID(),
                        type.type(),
                        type.onderwerpVan(event),
                        OffsetDateTime.ofInstant(Instant.now(clock), ZoneOffset.UTC),
                        type.zorgaanbiederVan(event).map(z -> z.waarde()).orElse(null),
                        json.writeValueAsString(type.gegevensVan(event)))
                .update();
    }

    List<String> bekendeTypen() {
        return typen.values().stream().map(Gebeurtenistype::type).sorted().toList();
    }

    boolean magOntvangen(String type, Partnersoort soort) {
        return typen.values().stream()
                .anyMatch(t -> t.type().equals(type) && t.voor().contains(soort));
    }

    /**
     * The events after {@code na} that this subscription may receive, oldest first, up to the oldest
     * transaction still running.
     */
    List<Gebeurtenis> na(Abonnement abonnement, Positie na, int limiet) {
        return jdbc.sql("select " + KOLOMMEN + " from koppelingen.gebeurtenis"
                        + " where (transactie, rij) > (cast(:transactie as xid8), :rij)"
                        + " and transactie < pg_snapshot_xmin(pg_current_snapshot())"
                        + " and type = any(:typen)"
                        + " and (:landelijk or zorgaanbieder = any(:zorgaanbieders))"
                        + " order by transactie, rij limit :limiet")
                .param("transactie", na.transactie().toString())
                .param("rij", na.rij())
                .param("typen", abonnement.typen().toArray(String[]::new))
                .param("landelijk", abonnement.soort() == Partnersoort.LANDELIJK)
                .param("zorgaanbieders", abonnement.zorgaanbieders().toArray(UUID[]::new))
                .param("limiet", limiet)
                .query((rs, i) -> gebeurtenis(rs))
                .list();
    }

    @Nullable
    Gebeurtenis vind(UUID id) {
        return jdbc.sql("select " + KOLOMMEN + " from koppelingen.gebeurtenis where id = ?")
                .param(id)
                .query((rs, i) -> gebeurtenis(rs))
                .optional()
                .orElse(null);
    }

    /** Where the log stands now for a new reader: after everything already recorded and settled. */
    Positie nu() {
        String xmin = jdbc.sql("select pg_snapshot_xmin(pg_current_snapshot())::text")
                .query(String.class)
                .single();
        return new Positie(new BigInteger(xmin), 0);
    }

    /** Forgets events older than the retention time (partners had that long to catch up). */
    int vergeet(Instant voor) {
        return jdbc.sql("delete from koppelingen.gebeurtenis where tijd < ?")
                .param(OffsetDateTime.ofInstant(voor, ZoneOffset.UTC))
                .update();
    }

    private static Gebeurtenis gebeurtenis(java.sql.ResultSet rs) throws java.sql.SQLException {
        return new Gebeurtenis(
                new Positie(new BigInteger(rs.getString("transactie")), rs.getLong("rij")),
                rs.getObject("id", UUID.class),
                rs.getString("type"),
                rs.getString("onderwerp"),
                rs.getObject("tijd", OffsetDateTime.class).toInstant(),
                rs.getString("gegevens"));
    }
}
