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
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * What the owners' bulk writers share (decision 0030): they write in the caller's transaction, on its
 * connection, with COPY; they count what a load wrote and the period it spans, for its announcement; and
 * they refresh the planner's statistics of their tables after a large load. The table layout stays with
 * each owner.
 */
public final class Bulklading {

    /** How many rows a load wrote, and the earliest and latest moment among them. */
    private long aantal;

    private @Nullable Instant van;
    private @Nullable Instant tot;

    /** A new load; refuses when there is no transaction to write in. */
    public static Bulklading begin() {
        vereisTransactie();
        return new Bulklading();
    }

    private Bulklading() {}

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

    /** Writes a chunk with COPY in the current transaction and counts it; returns its references. */
    public List<String> schrijf(DataSource dataSource, Brok brok) {
        vereisTransactie();
        kopieer(dataSource, brok.tabellen.toArray(CopyRegels[]::new));
        if (!brok.referenties.isEmpty() && brok.van != null && brok.tot != null) {
            aantal += brok.referenties.size();
            van = van == null || brok.van.isBefore(van) ? brok.van : van;
            tot = tot == null || brok.tot.isAfter(tot) ? brok.tot : tot;
        }
        return brok.referenties;
    }

    public long aantal() {
        return aantal;
    }

    /** The earliest moment of the rows written; only when {@link #aantal} is not zero. */
    public Instant van() {
        if (van == null) {
            throw new IllegalStateException("nothing was written");
        }
        return van;
    }

    /** The latest moment of the rows written; only when {@link #aantal} is not zero. */
    public Instant tot() {
        if (tot == null) {
            throw new IllegalStateException("nothing was written");
        }
        return tot;
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
