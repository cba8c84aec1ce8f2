package nl.toezicht;

import java.time.Duration;
import java.util.List;
import java.util.function.Predicate;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The outbox (Spring Modulith's event publication registry, {@code event_publication}) as tests see it: one
 * publication per event and listener, written in the publisher's transaction. The application runs with
 * {@code spring.modulith.events.completion-mode=delete} (decision 0096): a publication whose listener returned
 * without an exception is deleted, one whose listener failed stays, incomplete, to be republished. So what a test
 * can read here is what is <em>not yet</em> handled; that a delivery, or a repeated one, was handled exactly once
 * is shown by "nothing of it left incomplete" together with the listener's effect counted once (a case, a clock,
 * an alert), which the test asserts itself.
 */
public final class Publicaties {

    private Publicaties() {}

    /** A publication still waiting for its listener: the event's type, the listener, its status. */
    public record Onvoltooid(String gebeurtenis, String listener, String status) {}

    /** The incomplete publications of events of this type (simple name) whose serialized form mentions {@code id}. */
    public static List<Onvoltooid> onvoltooid(JdbcClient jdbc, String gebeurtenis, Object id) {
        return jdbc.sql("select event_type, listener_id, coalesce(status, '') from event_publication"
                        + " where event_type like ? and serialized_event like ? and completion_date is null"
                        + " order by publication_date")
                .params("%." + gebeurtenis, "%" + id + "%")
                .query((rs, i) -> new Onvoltooid(rs.getString(1), rs.getString(2), rs.getString(3)))
                .list();
    }

    /**
     * The rows, complete or not, of such publications: none once all were handled, since completion deletes them
     * (a test asserting this fails when the completion mode is set back to {@code update}).
     */
    public static int rijen(JdbcClient jdbc, String gebeurtenis, Object id) {
        return jdbc.sql("select count(*) from event_publication where event_type like ? and serialized_event like ?")
                .params("%." + gebeurtenis, "%" + id + "%")
                .query(Integer.class)
                .single();
    }

    /**
     * Waits (15 s at most) until no publication of such events is left incomplete: every listener that got one
     * returned without an exception. Call it after the publishing transaction committed (the publications exist
     * from then on), and assert the listeners' effects beside it.
     */
    public static void afgehandeld(JdbcClient jdbc, String gebeurtenis, Object id) {
        Wachten.tot(
                () -> onvoltooid(jdbc, gebeurtenis, id).isEmpty(),
                Duration.ofSeconds(15),
                "no publication of " + gebeurtenis + " for " + id + " left incomplete");
    }

    /** Nothing left incomplete (for a {@code Scenario}'s state change over {@link #onvoltooid}). */
    public static Predicate<List<Onvoltooid>> nietsOnvoltooid() {
        return List::isEmpty;
    }
}
