package nl.toezicht.meldingen;

import static nl.toezicht.meldingen.Meldingfixtures.aantalBestanden;
import static nl.toezicht.meldingen.Meldingfixtures.aantalMeldingen;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import nl.toezicht.IntegratieTest;
import nl.toezicht.kern.OpslagProperties;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/** Files and rows commit together: a transaction that does not commit leaves no file behind. */
@IntegratieTest
class BijlageOpslagIT {

    @Autowired
    MeldingIntake intake;

    @Autowired
    PlatformTransactionManager transacties;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    OpslagProperties bijlagen;

    @Test
    void filesWrittenInATransactionThatRollsBackAreDeleted() {
        long bestandenVoor = aantalBestanden(bijlagen);
        long meldingenVoor = aantalMeldingen(jdbc);

        new TransactionTemplate(transacties).executeWithoutResult(status -> {
            intake.ontvang(
                    Meldingfixtures.eenSignaal("Signaal uit de media"),
                    List.of(new Meldingfixtures.Bestand("a.pdf", Meldingfixtures.eenPdf())),
                    null);
            assertThat(aantalBestanden(bijlagen))
                    .as("written and fsynced before commit")
                    .isEqualTo(bestandenVoor + 1);
            status.setRollbackOnly();
        });

        assertThat(aantalBestanden(bijlagen)).isEqualTo(bestandenVoor);
        assertThat(aantalMeldingen(jdbc)).isEqualTo(meldingenVoor);
    }

    @Test
    void filesOfACommittedNotificationStay() {
        long bestandenVoor = aantalBestanden(bijlagen);

        intake.ontvang(
                Meldingfixtures.eenSignaal("Signaal uit de media"),
                List.of(new Meldingfixtures.Bestand("a.png", Meldingfixtures.eenPng())),
                null);

        assertThat(aantalBestanden(bijlagen)).isEqualTo(bestandenVoor + 1);
    }
}
