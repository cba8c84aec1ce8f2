package nl.toezicht.kern;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.HexFormat;
import nl.toezicht.S3Server;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionSynchronizationUtils;

/**
 * The object store keeps exactly the inspected bytes or refuses, and gives back what it kept; an object
 * put inside a transaction that does not commit is removed again. Against S3Mock in the test JVM.
 */
class S3OpslagIT {

    static final S3Opslag opslag = new S3Opslag(
            new OpslagProperties.S3(S3Server.BUCKET, S3Server.adres(), "us-east-1", true, "test/", "test", "test"));

    static final byte[] PDF = "%PDF-1.4\n% een document\n%%EOF\n".getBytes(java.nio.charset.StandardCharsets.US_ASCII);
    static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0, 0, 13};

    @AfterAll
    static void sluit() {
        opslag.close();
    }

    @Test
    void whatIsStoredIsReadBackWithItsChecksum() throws IOException {
        byte[] pdf = PDF;
        String sha256 = sha256(pdf);

        String sleutel = opslag.bewaar(new Inhoud(pdf), sha256);

        try (InputStream in = opslag.open(sleutel)) {
            assertThat(in.readAllBytes()).isEqualTo(pdf);
        }
        assertThat(opslag.opgeslagen(sleutel)).hasValueSatisfying(o -> {
            assertThat(o.sha256()).isEqualTo(sha256);
            assertThat(o.grootte()).isEqualTo(pdf.length);
        });
    }

    @Test
    void bytesThatDoNotMatchTheirChecksumAreRefusedAndNotKept() {
        byte[] pdf = PDF;
        String sleutel = "ab".repeat(32);
        String verkeerd = sha256(PNG);

        assertThatThrownBy(() -> opslag.zet(sleutel, new Inhoud(pdf), verkeerd)).isInstanceOf(RuntimeException.class);

        assertThat(opslag.opgeslagen(sleutel)).isEmpty();
    }

    @Test
    void anObjectPutInATransactionThatRollsBackIsRemoved() {
        byte[] png = PNG;
        TransactionSynchronizationManager.initSynchronization();
        String sleutel;
        try {
            sleutel = opslag.bewaar(new Inhoud(png), sha256(png));
            assertThat(opslag.opgeslagen(sleutel)).as("stored before commit").isPresent();
            TransactionSynchronizationUtils.invokeAfterCompletion(
                    TransactionSynchronizationManager.getSynchronizations(),
                    TransactionSynchronization.STATUS_ROLLED_BACK);
        } finally {
            TransactionSynchronizationManager.clearSynchronization();
        }

        assertThat(opslag.opgeslagen(sleutel)).isEmpty();
    }

    @Test
    void aMissingObjectIsNotFound() {
        assertThatThrownBy(() -> opslag.open("cd".repeat(32))).isInstanceOf(java.io.FileNotFoundException.class);
    }

    static String sha256(byte[] bytes) {
        return HexFormat.of().formatHex(MapOpslag.sha256().digest(bytes));
    }

    private record Inhoud(byte[] bytes) implements Upload {
        @Override
        public String bestandsnaam() {
            return "bijlage";
        }

        @Override
        public long grootte() {
            return bytes.length;
        }

        @Override
        public InputStream open() {
            return new ByteArrayInputStream(bytes);
        }
    }
}
