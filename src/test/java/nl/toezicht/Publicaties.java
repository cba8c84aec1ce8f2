package nl.toezicht;

import java.time.Duration;
import java.util.List;
import java.util.function.Predicate;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The outbox (Spring Modulith's event publication registry, {@code event_publication}) as tests see it:
 * one publication per event and listener, completed when the listener returned without an exception. A
 * listener that failed leaves its publication incomplete (to be retried), so "every publication completed"
 * is what shows that a delivery, and a repeated one, was handled.
 */
public final class Publicaties {

    private Publicaties() {}

    /** One publication: the event's type, the listener it is for, and whether it completed. */
    public record Publicatie(String gebeurtenis, String listener, boolean voltooid) {}

    /** The publications of events of this type (simple name) whose serialized form mentions {@code id}. */
    public static List<Publicatie> van(JdbcClient jdbc, String gebeurtenis, Object id) {
        return jdbc.sql("select event_type, listener_id, completion_date is not null from event_publication"
                        + " where event_type like ? and serialized_event like ? order by publication_date")
                .params("%." + gebeurtenis, "%" + id + "%")
                .query((rs, i) -> new Publicatie(rs.getString(1), rs.getString(2), rs.getBoolean(3)))
                .list();
    }

    /** Waits (15 s at most) until there are at least {@code aantal} such publications and all completed. */
    public static List<Publicatie> afgehandeld(JdbcClient jdbc, String gebeurtenis, Object id, int aantal) {
        Wachten.tot(
                () -> allemaalVoltooid(aantal).test(van(jdbc, gebeurtenis, id)),
                Duration.ofSeconds(15),
                "all publications of " + gebeurtenis + " for " + id + " completed");
        return van(jdbc, gebeurtenis, id);
    }

    /** At least {@code aantal} publications, and all completed (for a {@code Scenario}'s state change). */
    public static Predicate<List<Publicatie>> allemaalVoltooid(int aantal) {
        return publicaties ->
                publicaties.size() >= aantal && publicaties.stream().allMatch(Publicatie::voltooid);
    }
}
