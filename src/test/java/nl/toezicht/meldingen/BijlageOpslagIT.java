package nl.toezicht.meldingen;

import static nl.toezicht.meldingen.Meldingfixtures.aantalBestanden;
import static nl.toezicht.meldingen.Meldingfixtures.aantalMeldingen;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.util.List;
import nl.toezicht.IntegratieTest;
import nl.toezicht.kern.Zorgsector;
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
    BijlagenProperties bijlagen;

    @Test
    void filesWrittenInATransactionThatRollsBackAreDeleted() {
        long bestandenVoor = aantalBestanden(bijlagen);
        long meldingenVoor = aantalMeldingen(jdbc);

        new TransactionTemplate(transacties).executeWithoutResult(status -> {
            intake.ontvang(eenMelding(), List.of(new Bestand("a.pdf", Meldingfixtures.eenPdf())), null);
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

        intake.ontvang(eenMelding(), List.of(new Bestand("a.png", Meldingfixtures.eenPng())), null);

        assertThat(aantalBestanden(bijlagen)).isEqualTo(bestandenVoor + 1);
    }

    private static Meldinggegevens eenMelding() {
        return new Meldinggegevens(
                Bron.ANDERS,
                Kanaal.EMAIL,
                Meldingsoort.OVERIG,
                Zorgsector.PREVENTIE,
                null,
                null,
                null,
                null,
                null,
                null,
                "Signaal uit de media",
                false,
                false,
                false,
                false,
                false,
                null,
                List.of(),
                null,
                null);
    }

    private record Bestand(String bestandsnaam, byte[] inhoud) implements Upload {
        @Override
        public long grootte() {
            return inhoud.length;
        }

        @Override
        public InputStream open() {
            return new ByteArrayInputStream(inhoud);
        }
    }
}
