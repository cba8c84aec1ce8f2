package nl.toezicht.cijfers;

import static nl.toezicht.Publicaties.allemaalAfgehandeld;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;
import nl.toezicht.Moduletest;
import nl.toezicht.Publicaties;
import nl.toezicht.historie.HistorieGeimporteerd;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.test.Scenario;

/** The annual figures with the modules they use: what an import of past records sets in motion. */
@Moduletest
class CijfersModuleIT {

    /** A day long past that no other test counts; the triggers mark such a day when past rows arrive. */
    private static final LocalDate GEIMPORTEERDE_DAG = LocalDate.of(1987, 3, 14);

    @Autowired
    JdbcClient jdbc;

    private boolean vuil() {
        return jdbc.sql("select count(*) from cijfers.vuile_dag where dag = ?")
                        .param(GEIMPORTEERDE_DAG)
                        .query(Long.class)
                        .single()
                > 0;
    }

    @Test
    void whenAnImportIsCommittedTheDaysItTouchedAreCountedAtOnce(Scenario scenario) {
        jdbc.sql("insert into cijfers.vuile_dag (dag) values (?) on conflict do nothing")
                .param(GEIMPORTEERDE_DAG)
                .update();
        assertThat(vuil()).isTrue();
        UUID importrun = UUID.randomUUID();
        Publicaties publicaties = new Publicaties(jdbc);

        scenario.publish(new HistorieGeimporteerd(importrun, 0, 1, 1, Set.of(GEIMPORTEERDE_DAG.getYear())))
                .andWaitAtMost(Duration.ofSeconds(30))
                .andWaitForStateChange(
                        () -> publicaties.van(HistorieGeimporteerd.class, importrun), allemaalAfgehandeld(1))
                .andVerify(afgeleverd -> assertThat(vuil()).isFalse());
    }
}
