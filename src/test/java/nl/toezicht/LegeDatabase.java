package nl.toezicht;

import com.zaxxer.hikari.HikariDataSource;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;

/**
 * A database of its own in the test server, migrated and empty: for tests that fill whole tables (the demo
 * generator, the history round trip) without crowding the other tests' work queues. Close it when done.
 */
public final class LegeDatabase implements AutoCloseable {

    private final DataSource server;
    private final String naam;
    private final HikariDataSource dataSource;

    private LegeDatabase(DataSource server, String naam, HikariDataSource dataSource) {
        this.server = server;
        this.naam = naam;
        this.dataSource = dataSource;
    }

    /** Drops a database of that name if one is left over, creates it and runs the migrations. */
    public static LegeDatabase maak(DataSource server, String naam) throws SQLException {
        String url;
        try (Connection c = server.getConnection();
                Statement s = c.createStatement()) {
            s.execute("drop database if exists " + naam + " with (force)");
            s.execute("create database " + naam);
            url = c.getMetaData().getURL();
        }
        HikariDataSource ds = new HikariDataSource();
        ds.setJdbcUrl(url.replaceFirst("/[^/?]+(\\?|$)", "/" + naam + "$1"));
        ds.setUsername("postgres");
        ds.setMaximumPoolSize(3);
        Flyway.configure()
                .dataSource(ds)
                .locations("classpath:db/migration")
                .load()
                .migrate();
        return new LegeDatabase(server, naam, ds);
    }

    public DataSource dataSource() {
        return dataSource;
    }

    @Override
    public void close() throws SQLException {
        dataSource.close();
        try (Connection c = server.getConnection();
                Statement s = c.createStatement()) {
            s.execute("drop database if exists " + naam + " with (force)");
        }
    }
}
