package nl.toezicht.kern;

import java.time.Duration;
import java.util.Optional;

/**
 * A request cannot be finished now because something it must wait for (the access log's durable write) did
 * not answer in time under load. Nothing of the request is acknowledged; the client may try again in a few
 * seconds. On the wire: 503 with {@code Retry-After} (a problem for the API, the error page for pages).
 */
public final class TijdelijkTeDruk extends RuntimeException {

    /** How long a client is asked to wait before trying again ({@code Retry-After}). */
    public static final Duration OPNIEUW_NA = Duration.ofSeconds(5);

    public TijdelijkTeDruk(String waarom, Throwable oorzaak) {
        super(waarom, oorzaak);
    }

    /** This exception, when {@code e} is it or was caused by it. */
    public static Optional<TijdelijkTeDruk> in(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof TijdelijkTeDruk teDruk) {
                return Optional.of(teDruk);
            }
        }
        return Optional.empty();
    }

    /** The value of the {@code Retry-After} header. */
    public static String opnieuwNaSeconden() {
        return Long.toString(OPNIEUW_NA.toSeconds());
    }
}
