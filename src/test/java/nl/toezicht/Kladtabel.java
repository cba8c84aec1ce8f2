package nl.toezicht;

import java.util.Arrays;
import java.util.stream.Collectors;
import nl.toezicht.kern.Zorgsector;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * For the index tests: a scratch copy ({@code pg_temp}) of an owner's table, in the caller's transaction, to ask
 * the planner about a known sample instead of whatever other tests left in the shared database.
 */
public final class Kladtabel {

    private Kladtabel() {}

    /** Gives {@code pg_temp.<table>} the indexes of {@code schema.table} as the catalogue has them. */
    public static void indexeer(JdbcClient jdbc, String schema, String tabel) {
        jdbc.sql("select indexdef from pg_indexes where schemaname = :schema and tablename = :tabel")
                .param("schema", schema)
                .param("tabel", tabel)
                .query(String.class)
                .list()
                .forEach(index -> jdbc.sql(
                                index.replace(" ON " + schema + "." + tabel + " ", " ON pg_temp." + tabel + " "))
                        .update());
    }

    /** Every department as a PostgreSQL array literal, to spread a sample over them ({@code cast(:a as text[])}). */
    public static String afdelingen() {
        return Arrays.stream(Zorgsector.values()).map(Enum::name).collect(Collectors.joining(",", "{", "}"));
    }
}
