package nl.toezicht.kern;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.Consumer;
import nl.toezicht.IntegratieTest;
import nl.toezicht.S3Server;
import nl.toezicht.ToezichtApplication;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * {@code bijlagen-migreer} copies the contents of the directory into the object store under their keys, as
 * every module that keeps files lists them ({@link Opslaggebruiker}), checks each file against the checksum
 * its row keeps before copying and what the store keeps after, refuses to copy a file that changed (exit code
 * 1, listed), and skips what is already there when run again.
 */
@IntegratieTest
class OpslagMigratieIT {

    @Autowired
    OpslagProperties bijlagen;

    @Autowired
    List<Opslaggebruiker> gebruikers;

    final S3Opslag s3 = new S3Opslag(s3Instellingen());

    @AfterEach
    void sluit() {
        s3.close();
    }

    @Test
    void everyModuleThatKeepsFilesTellsTheCommandItsContents() {
        assertThat(gebruikers).extracting(Opslaggebruiker::soort).contains("bijlage", "documentversie");
    }

    @Test
    void copiesEveryFileWithItsChecksumRefusesAChangedOneAndSkipsWhatIsThereOnASecondRun() throws IOException {
        MapOpslag map = new MapOpslag(bijlagen.map());
        byte[] a = ("eerste inhoud " + UUID.randomUUID()).getBytes(StandardCharsets.UTF_8);
        byte[] b = ("tweede inhoud " + UUID.randomUUID()).getBytes(StandardCharsets.UTF_8);
        Opslaggebruiker.Opgeslagen goed = bewaar(map, a);
        Opslaggebruiker.Opgeslagen veranderd = bewaar(map, b);
        Opslaggebruiker proef = gebruiker(goed, veranderd);
        Path bestand = map.pad(veranderd.sleutel());
        Files.write(bestand, "niet meer wat er binnenkwam".getBytes(StandardCharsets.UTF_8));

        Uitvoer eerste = migreer(proef);

        assertThat(eerste.code()).isEqualTo(1);
        assertThat(eerste.tekst())
                .contains("proef " + veranderd.id(), "bestand wijkt af van de controlesom bij ontvangst");
        assertThat(s3.opgeslagen(goed.sleutel()))
                .hasValueSatisfying(o -> assertThat(o.sha256()).isEqualTo(goed.sha256()));
        assertThat(s3.opgeslagen(veranderd.sleutel()))
                .as("a changed file is not copied")
                .isEmpty();

        Files.write(bestand, b);
        Uitvoer tweede = migreer(proef);

        assertThat(tweede.code()).as(tweede.tekst()).isZero();
        assertThat(tweede.tekst()).contains("1 gekopieerd, 1 al aanwezig, 0 fout");
        try (InputStream in = s3.open(veranderd.sleutel())) {
            assertThat(in.readAllBytes()).isEqualTo(b);
        }
        assertThat(Files.exists(bestand))
                .as("files are the operator's to remove")
                .isTrue();

        assertThat(ToezichtApplication.commando(opdracht()))
                .as("the command as started from the command line: every attachment and document is there")
                .isZero();
    }

    @Test
    void withoutAnObjectStoreTheCommandExplainsItselfAndEndsWithTwo() {
        ByteArrayOutputStream uit = new ByteArrayOutputStream();
        int code = new OpslagMigratie(gebruikers, new MapOpslag(bijlagen.map()), bijlagen)
                .voerUit(new PrintStream(uit, true, StandardCharsets.UTF_8));
        assertThat(code).isEqualTo(2);
        assertThat(uit.toString(StandardCharsets.UTF_8)).contains("toezicht.bijlagen.opslag=s3");
    }

    private record Uitvoer(int code, String tekst) {}

    private Uitvoer migreer(Opslaggebruiker gebruiker) {
        ByteArrayOutputStream uit = new ByteArrayOutputStream();
        int code = new OpslagMigratie(List.of(gebruiker), s3, bijlagen)
                .voerUit(new PrintStream(uit, true, StandardCharsets.UTF_8));
        return new Uitvoer(code, uit.toString(StandardCharsets.UTF_8));
    }

    private static Opslaggebruiker.Opgeslagen bewaar(MapOpslag map, byte[] inhoud) {
        String sha256 = Bestandskeuring.sha256(inhoud);
        String sleutel = map.bewaar(new Inhoud(inhoud), sha256);
        return new Opslaggebruiker.Opgeslagen(UUID.randomUUID().toString(), sleutel, sha256, inhoud.length);
    }

    private static Opslaggebruiker gebruiker(Opslaggebruiker.Opgeslagen... rijen) {
        return new Opslaggebruiker() {
            @Override
            public String soort() {
                return "proef";
            }

            @Override
            public void elk(Consumer<Opgeslagen> elk) {
                List.of(rijen).forEach(elk);
            }
        };
    }

    private static String[] opdracht() {
        List<String> args = new ArrayList<>(List.of(OpslagMigratie.COMMANDO, "--spring.profiles.active=test"));
        for (String eigenschap : S3Server.eigenschappen()) {
            args.add("--" + eigenschap);
        }
        return args.toArray(String[]::new);
    }

    private static OpslagProperties.S3 s3Instellingen() {
        return new OpslagProperties.S3(S3Server.BUCKET, S3Server.adres(), "us-east-1", true, "", "test", "test");
    }

    private record Inhoud(byte[] bytes) implements Upload {
        @Override
        public String bestandsnaam() {
            return "inhoud";
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
