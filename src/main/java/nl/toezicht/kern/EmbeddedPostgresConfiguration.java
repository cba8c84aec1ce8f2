package nl.toezicht.kern;

import com.zaxxer.hikari.HikariDataSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Starts the embedded PostgreSQL when no external database is configured. One server per JVM: test
 * contexts that Spring caches side by side share it, and it stops when the JVM ends.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnExpression("'${spring.datasource.url:}'.isEmpty()")
@EnableConfigurationProperties(EmbeddedPostgresProperties.class)
class EmbeddedPostgresConfiguration {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedPostgresConfiguration.class);
    private static EmbeddedPostgres server;

    @Bean(destroyMethod = "close")
    HikariDataSource dataSource(EmbeddedPostgresProperties properties) {
        EmbeddedPostgres postgres = server(properties);
        HikariDataSource dataSource = new HikariDataSource();
        dataSource.setJdbcUrl(postgres.getJdbcUrl("postgres", properties.database()));
        dataSource.setUsername("postgres");
        dataSource.setPoolName("toezicht-embedded");
        // keep row values (personal data) out of exception messages and so out of the logs
        dataSource.addDataSourceProperty("logServerErrorDetail", "false");
        dataSource.setMaximumPoolSize(20);
        // zonky stops the server from its own JVM shutdown hook, alongside Spring's; whatever still asks for a
        // connection then (the event registry on close) should give up quickly instead of waiting 30 s
        dataSource.setConnectionTimeout(3_000);
        return dataSource;
    }

    static synchronized EmbeddedPostgres server(EmbeddedPostgresProperties properties) {
        if (server == null) {
            try {
                Files.createDirectories(
                        properties.dataDirectory().getParent() == null
                                ? properties.dataDirectory().toAbsolutePath().getParent()
                                : properties.dataDirectory().getParent());
                EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
                        .setDataDirectory(properties.dataDirectory())
                        .setCleanDataDirectory(properties.clean())
                        // zonky turns fsync and synchronous_commit off by default (fine for throw-away test
                        // databases); an acknowledged notification must survive a crash of the machine
                        .setServerConfig("fsync", "on")
                        .setServerConfig("full_page_writes", "on")
                        .setServerConfig("synchronous_commit", "on")
                        .setServerConfig("max_connections", "200")
                        .setServerConfig("shared_buffers", "256MB");
                if (properties.port() > 0) {
                    builder.setPort(properties.port());
                }
                EmbeddedPostgres started = builder.start();
                createDatabaseIfMissing(started.getPostgresDatabase(), properties.database());
                // after every application context has closed (and let go of its connections)
                SpringApplication.getShutdownHandlers().add(() -> closeQuietly(started));
                log.info(
                        "Embedded PostgreSQL started on port {} with data in {}",
                        started.getPort(),
                        properties.dataDirectory().toAbsolutePath());
                server = started;
            } catch (IOException e) {
                throw new UncheckedIOException("Embedded PostgreSQL could not start", e);
            }
        }
        return server;
    }

    private static void createDatabaseIfMissing(DataSource postgres, String database) {
        if (!database.matches("[a-z_][a-z0-9_]*")) {
            throw new IllegalArgumentException("Invalid database name: " + database);
        }
        try (Connection connection = postgres.getConnection();
                var exists = connection.prepareStatement("select 1 from pg_database where datname = ?")) {
            exists.setString(1, database);
            try (var rows = exists.executeQuery()) {
                if (!rows.next()) {
                    try (var create = connection.createStatement()) {
                        create.execute("create database " + database + " encoding 'UTF8' template template0");
                    }
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Database " + database + " could not be created", e);
        }
    }

    private static void closeQuietly(EmbeddedPostgres postgres) {
        try {
            postgres.close();
        } catch (IOException e) {
            log.warn("Embedded PostgreSQL did not stop cleanly", e);
        }
    }
}
