package nl.toezicht.meldingen;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
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
        long bestandenVoor = aantalBestanden();
        long meldingenVoor = aantalMeldingen();

        new TransactionTemplate(transacties).executeWithoutResult(status -> {
            intake.ontvang(eenMelding(), List.of(new Bestand("a.pdf", Meldingfixtures.eenPdf())), null);
            assertThat(aantalBestanden())
                    .as("written and fsynced before commit")
                    .isEqualTo(bestandenVoor + 1);
            status.setRollbackOnly();
        });

        assertThat(aantalBestanden()).isEqualTo(bestandenVoor);
        assertThat(aantalMeldingen()).isEqualTo(meldingenVoor);
    }

    @Test
    void filesOfACommittedNotificationStay() {
        long bestandenVoor = aantalBestanden();

        intake.ontvang(eenMelding(), List.of(new Bestand("a.png", Meldingfixtures.eenPng())), null);

        assertThat(aantalBestanden()).isEqualTo(bestandenVoor + 1);
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

    private long aantalMeldingen() {
        return jdbc.sql("select count(*) from meldingen.melding")
                .query(Long.class)
                .single();
    }

    private long aantalBestanden() {
        Path map = bijlagen.map();
        if (!Files.exists(map)) {
            return 0;
        }
        try (Stream<Path> bestanden = Files.walk(map)) {
            return bestanden.filter(Files::isRegularFile).count();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
