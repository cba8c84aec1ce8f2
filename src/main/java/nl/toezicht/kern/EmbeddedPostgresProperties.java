package nl.toezicht.kern;

import java.nio.file.Path;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The embedded default database, used when no {@code spring.datasource.url} is configured.
 *
 * @param dataDirectory where PostgreSQL keeps its files; kept across restarts unless {@code clean}
 * @param port TCP port on loopback; 0 picks a free one
 * @param clean start from an empty data directory (tests)
 * @param database name of the application database inside the cluster
 */
@ConfigurationProperties("toezicht.embedded-postgres")
public record EmbeddedPostgresProperties(
        @DefaultValue("./data/postgres") Path dataDirectory,
        @DefaultValue("0") int port,
        @DefaultValue("false") boolean clean,
        @DefaultValue("toezicht") String database) {}
