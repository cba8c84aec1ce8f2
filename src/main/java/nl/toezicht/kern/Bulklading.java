package nl.toezicht.kern;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
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

    /** Counts one row written, spanning {@code begin} to {@code eind}. */
    public void tel(Instant begin, Instant eind) {
        aantal++;
        van = van == null || begin.isBefore(van) ? begin : van;
        tot = tot == null || eind.isAfter(tot) ? eind : tot;
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
