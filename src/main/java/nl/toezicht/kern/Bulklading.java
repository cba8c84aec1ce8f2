package nl.toezicht.kern;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.List;
import javax.sql.DataSource;
import org.jspecify.annotations.Nullable;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyManager;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * One load of an owner's bulk writer (decision 0030), and what those writers share: a load writes in the
 * caller's transaction, on its connection, with COPY; it takes the references of a chunk from the owner's
 * live sequence ({@link Referentie#reserveer}); it counts what it wrote and the period it spans and announces
 * that once ({@link #rondAf}); the owner refreshes the planner's statistics of its tables after a large load.
 * The table layout and the announcement are the owner's ({@link #bereidVoor}, {@link #aankondiging}). A load
 * takes any number of chunks; it is not thread-safe (one thread writes), but {@link #bereidVoor} touches no
 * database, so another thread may make the next chunk while one is written.
 *
 * @param <T> what the owner loads (a notification, a case)
 */
public abstract class Bulklading<T> {

    private final DataSource dataSource;
    private final JdbcClient jdbc;
    private final ApplicationEventPublisher events;
    private final String nummerreeks;

    /** How many rows a load wrote, and the earliest and latest moment among them. */
    private long aantal;

    private @Nullable Instant van;
    private @Nullable Instant tot;

    /** A new load in the current transaction; refuses when there is none to write in. */
    protected Bulklading(DataSource dataSource, JdbcClient jdbc, ApplicationEventPublisher events, String nummerreeks) {
        vereisTransactie();
        this.dataSource = dataSource;
        this.jdbc = jdbc;
        this.events = events;
        this.nummerreeks = nummerreeks;
    }

    /** Writes these rows, each with a new reference; returns the references in the order given. */
    public final List<String> schrijf(List<T> rijen) {
        return schrijf(bereidVoor(rijen, reserveer(rijen.size())));
    }

    /** Takes numbers for the references of a chunk of {@code aantal}, beside live intake and case opening. */
    public final long[] reserveer(int aantal) {
        return Referentie.reserveer(jdbc, nummerreeks, aantal);
    }

    /**
     * Makes a chunk ready to write, with the numbers {@link #reserveer} took for it (one a row); touches no
     * database.
     */
    public abstract Brok bereidVoor(List<T> rijen, long[] nummers);

    /** The event that announces a load of {@code aantal} rows spanning {@code van} to {@code tot}. */
    protected abstract Object aankondiging(long aantal, Instant van, Instant tot);

    /** Announces the load in the transaction ({@link #aankondiging}); nothing if nothing was written. */
    public final void rondAf() {
        if (aantal > 0 && van != null && tot != null) {
            events.publishEvent(aankondiging(aantal, van, tot));
        }
    }

    /**
     * A chunk made ready to write: its rows in COPY format (one {@link CopyRegels} a table, in the order to
     * write them), the references they were given, and the period they span. Made without the database,
     * so another thread may make the next chunk while this one is written.
     */
    public static final class Brok {
        private final List<CopyRegels> tabellen;
        private final List<String> referenties;
        private final @Nullable Instant van;
        private final @Nullable Instant tot;

        public Brok(List<CopyRegels> tabellen, List<String> referenties, @Nullable Instant van, @Nullable Instant tot) {
            this.tabellen = List.copyOf(tabellen);
            this.referenties = List.copyOf(referenties);
            this.van = van;
            this.tot = tot;
        }
    }

    /** Writes a chunk made ready by {@link #bereidVoor} with COPY and counts it; returns its references. */
    public final List<String> schrijf(Brok brok) {
        vereisTransactie();
        kopieer(dataSource, brok.tabellen.toArray(CopyRegels[]::new));
        if (!brok.referenties.isEmpty() && brok.van != null && brok.tot != null) {
            aantal += brok.referenties.size();
            van = van == null || brok.van.isBefore(van) ? brok.van : van;
            tot = tot == null || brok.tot.isAfter(tot) ? brok.tot : tot;
        }
        return brok.referenties;
    }

    public static void vereisTransactie() {
        if (!TransactionSynchronizationManager.isActualTransactionActive()) {
            throw new IllegalStateException("a bulk load runs in the caller's transaction");
        }
    }

    /** Streams the rows, in this order, with COPY on the connection of the current transaction. */
    public static void kopieer(DataSource dataSource, CopyRegels... tabellen) {
        Connection c = DataSourceUtils.getConnection(dataSource);
        try {
            CopyManager copy = c.unwrap(PGConnection.class).getCopyAPI();
            for (CopyRegels rijen : tabellen) {
                rijen.schrijf(copy);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("COPY of a bulk load failed", e);
        } finally {
            DataSourceUtils.releaseConnection(c, dataSource);
        }
    }

    /**
     * Fresh planner statistics and visibility map after a large load, so the first queries plan well;
     * outside any transaction (VACUUM cannot run inside one), on a connection of its own.
     */
    public static void analyseer(DataSource dataSource, String tabellen) {
        try (Connection c = dataSource.getConnection();
                Statement s = c.createStatement()) {
            s.execute("vacuum (analyze) " + tabellen);
        } catch (SQLException e) {
            throw new IllegalStateException("vacuum analyze of " + tabellen + " failed", e);
        }
    }
}
