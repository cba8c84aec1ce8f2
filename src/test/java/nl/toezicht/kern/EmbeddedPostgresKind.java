package nl.toezicht.kern;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;

/**
 * The embedded database as the application starts it, alone in a JVM of its own, for {@link
 * EmbeddedPostgresHerstartIT}: starts it on the data directory given, writes a row, prints {@code KLAAR <port>}
 * and waits; a line {@code stop} on its input stops the server and the JVM, as a clean shutdown does.
 */
public final class EmbeddedPostgresKind {

    public static void main(String[] args) throws Exception {
        EmbeddedPostgresProperties properties = new EmbeddedPostgresProperties(Path.of(args[0]), 0, false, "toezicht");
        EmbeddedPostgres server = EmbeddedPostgresConfiguration.server(properties);
        try (Connection c = server.getDatabase("postgres", "toezicht").getConnection();
                Statement sql = c.createStatement()) {
            sql.execute("create table if not exists herstart (wanneer text not null)");
            sql.execute("insert into herstart values ('" + args[1] + "')");
        }
        System.out.println("KLAAR " + server.getPort());
        System.out.flush();
        BufferedReader invoer = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
        String regel;
        while ((regel = invoer.readLine()) != null && !regel.equals("stop")) {
            // wait
        }
        server.close();
        System.exit(0);
    }
}
