package nl.toezicht.logboek;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.zaxxer.hikari.HikariDataSource;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;
import nl.toezicht.IntegratieTest;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.MigrationVersion;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;

/**
 * V45 moves the access log from schema toegang to schema logboek (decision 0037): a chain written before the
 * move is whole after it, and the table stays append-only. Runs the migrations on a database of its own.
 */
@IntegratieTest
class VerhuizingIT {

    @Autowired
    HikariDataSource dataSource;

    @Test
    void aChainWrittenBeforeTheMoveIsWholeAfterItAndStaysAppendOnly() {
        JdbcTemplate server = new JdbcTemplate(dataSource);
        String database =
                "verhuizing_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        server.execute("create database " + database);
        String url = dataSource.getJdbcUrl().replaceFirst("/[^/?]+(\\?|$)", "/" + database + "$1");
        SingleConnectionDataSource eigen = new SingleConnectionDataSource(url, dataSource.getUsername(), "", true);
        try {
            // every migration before the move (the last one below V45, whichever that is)
            MigrationVersion voorDeVerhuizing = java.util.Arrays.stream(Flyway.configure()
                            .dataSource(eigen)
                            .locations("classpath:db/migration")
                            .load()
                            .info()
                            .all())
                    .map(MigrationInfo::getVersion)
                    .filter(v -> v.compareTo(MigrationVersion.fromVersion("45")) < 0)
                    .max(MigrationVersion::compareTo)
                    .orElseThrow();
            Flyway.configure()
                    .dataSource(eigen)
                    .locations("classpath:db/migration")
                    .target(voorDeVerhuizing)
                    .load()
                    .migrate();
            JdbcTemplate jdbc = new JdbcTemplate(eigen);
            String vorige = Logregel.BEGIN;
            Instant tijdstip = Instant.parse("2026-03-01T09:00:00Z").truncatedTo(ChronoUnit.MILLIS);
            for (long volgnummer = 1; volgnummer <= 3; volgnummer++) {
                Logregel regel = new Logregel(
                        UUID.randomUUID(),
                        "INZIEN",
                        tijdstip.plusSeconds(volgnummer),
                        true,
                        "inspecteur",
                        "Ingrid de Vries",
                        "INSPECTEUR",
                        "GGZ,JEUGD",
                        null,
                        null,
                        "127.0.0.1",
                        "test",
                        null,
                        "[{\"type\":\"ZAAK\",\"id\":\"" + UUID.randomUUID() + "\"}]");
                String hash = regel.hash(vorige, volgnummer);
                // as the writer wrote it before the move, into the old schema
                jdbc.update(
                        Logschrijver.invoegen("toegang.toegangslog"),
                        Logschrijver.rij(regel, volgnummer, vorige, hash));
                vorige = hash;
            }

            Flyway.configure()
                    .dataSource(eigen)
                    .locations("classpath:db/migration")
                    .load()
                    .migrate();

            assertThat(jdbc.queryForObject("select to_regclass('toegang.toegangslog') is null", Boolean.class))
                    .isTrue();
            Ketencontrole.Uitslag uitslag =
                    new Ketencontrole(jdbc, new DataSourceTransactionManager(eigen)).controleer();
            assertThat(uitslag.isHeel()).as(String.valueOf(uitslag)).isTrue();
            assertThat(uitslag.gecontroleerd()).isEqualTo(3);
            assertThat(uitslag.laatsteHash()).isEqualTo(vorige);
            assertThatThrownBy(() -> jdbc.update("update logboek.toegangslog set doel = 'x' where volgnummer = 2"))
                    .isInstanceOf(DataAccessException.class)
                    .hasStackTraceContaining("logboek.toegangslog is alleen-toevoegen");
            assertThatThrownBy(() -> jdbc.execute("truncate logboek.toegangslog"))
                    .isInstanceOf(DataAccessException.class)
                    .hasStackTraceContaining("alleen-toevoegen");
        } finally {
            eigen.destroy();
            server.execute("drop database if exists " + database);
        }
    }
}
