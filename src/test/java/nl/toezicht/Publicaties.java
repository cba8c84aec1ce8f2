package nl.toezicht;

import java.util.List;
import java.util.function.Predicate;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * What the outbox (Spring Modulith's event publication registry) holds about the deliveries of an event: one
 * publication per listener and publication, completed once its listener committed. A delivery that failed stays
 * incomplete, so "all completed" is the check that a listener did its work without failing, where counting the
 * rows it wrote cannot tell (a second, failing write is rolled back).
 */
public final class Publicaties {

    /** One delivery of an event to one listener. */
    public record Publicatie(String luisteraar, boolean afgehandeld, int pogingen) {}

    private final JdbcClient jdbc;

    public Publicaties(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The deliveries of events of this type whose contents mention {@code id}, oldest first. */
    public List<Publicatie> van(Class<?> type, Object id) {
        return zoek(type.getName(), id);
    }

    /** The deliveries of events of any type whose contents mention {@code id}, oldest first. */
    public List<Publicatie> over(Object id) {
        return zoek("%", id);
    }

    private List<Publicatie> zoek(String type, Object id) {
        return jdbc.sql("""
                        select listener_id, completion_date is not null as afgehandeld,
                               coalesce(completion_attempts, 0) as pogingen
                        from event_publication
                        where event_type like ? and serialized_event like ?
                        order by publication_date
                        """)
                .params(type, "%" + id + "%")
                .query((rs, i) -> new Publicatie(rs.getString(1), rs.getBoolean(2), rs.getInt(3)))
                .list();
    }

    /** At least {@code aantal} deliveries, and every one of them completed. */
    public static Predicate<List<Publicatie>> allemaalAfgehandeld(int aantal) {
        return publicaties ->
                publicaties.size() >= aantal && publicaties.stream().allMatch(Publicatie::afgehandeld);
    }
}
