package nl.toezicht.meldingen;

import static org.assertj.core.api.Assertions.assertThat;

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
import nl.toezicht.IntegratieTest;
import nl.toezicht.S3Server;
import nl.toezicht.ToezichtApplication;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * {@code bijlagen-migreer} copies the attachments of the directory into the object store under their
 * keys, checks each file against the checksum taken at intake before copying and what the store keeps
 * after, refuses to copy a file that changed (exit code 1, listed), and skips what is already there when
 * run again.
 */
@IntegratieTest
class BijlagenMigratieIT {

    @Autowired
    MeldingIntake intake;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    BijlagenProperties bijlagen;

    final S3Opslag s3 = new S3Opslag(s3Instellingen());

    @AfterEach
    void sluit() {
        s3.close();
    }

    @Test
    void copiesEveryFileWithItsChecksumRefusesAChangedOneAndSkipsWhatIsThereOnASecondRun() throws IOException {
        String goed = sleutelVan(intake.ontvang(
                Meldingfixtures.eenSignaal("Migratie naar objectopslag " + UUID.randomUUID()),
                List.of(new Meldingfixtures.Bestand("a.pdf", Meldingfixtures.eenPdf())),
                null));
        String veranderd = sleutelVan(intake.ontvang(
                Meldingfixtures.eenSignaal("Migratie naar objectopslag " + UUID.randomUUID()),
                List.of(new Meldingfixtures.Bestand("b.png", Meldingfixtures.eenPng())),
                null));
        MapOpslag map = new MapOpslag(bijlagen.map());
        Path bestand = map.pad(veranderd);
        byte[] echt = Files.readAllBytes(bestand);
        Files.write(bestand, "niet meer wat de melder stuurde".getBytes(StandardCharsets.UTF_8));

        Uitvoer eerste = migreer();

        assertThat(eerste.code()).isEqualTo(1);
        assertThat(eerste.tekst()).contains("bestand wijkt af van de controlesom bij ontvangst");
        assertThat(s3.opgeslagen(goed))
                .hasValueSatisfying(o -> assertThat(o.sha256()).isEqualTo(S3OpslagIT.sha256(Meldingfixtures.eenPdf())));
        assertThat(s3.opgeslagen(veranderd)).as("a changed file is not copied").isEmpty();

        Files.write(bestand, echt);
        Uitvoer tweede = migreer();

        assertThat(tweede.code()).as(tweede.tekst()).isZero();
        assertThat(tweede.tekst()).containsPattern("[1-9][0-9]* al aanwezig").contains(" 0 fout");
        try (InputStream in = s3.open(veranderd)) {
            assertThat(in.readAllBytes()).isEqualTo(echt);
        }
        assertThat(Files.exists(bestand))
                .as("files are the operator's to remove")
                .isTrue();

        assertThat(ToezichtApplication.commando(opdracht()))
                .as("the command as started from the command line: everything is there")
                .isZero();
    }

    @Test
    void withoutAnObjectStoreTheCommandExplainsItselfAndEndsWithTwo() {
        ByteArrayOutputStream uit = new ByteArrayOutputStream();
        int code = new BijlagenMigratie(jdbc, new MapOpslag(bijlagen.map()), bijlagen)
                .voerUit(new PrintStream(uit, true, StandardCharsets.UTF_8));
        assertThat(code).isEqualTo(2);
        assertThat(uit.toString(StandardCharsets.UTF_8)).contains("toezicht.bijlagen.opslag=s3");
    }

    private record Uitvoer(int code, String tekst) {}

    private Uitvoer migreer() {
        ByteArrayOutputStream uit = new ByteArrayOutputStream();
        int code = new BijlagenMigratie(jdbc, s3, bijlagen).voerUit(new PrintStream(uit, true, StandardCharsets.UTF_8));
        return new Uitvoer(code, uit.toString(StandardCharsets.UTF_8));
    }

    private static String[] opdracht() {
        List<String> args = new ArrayList<>(List.of(BijlagenMigratie.COMMANDO, "--spring.profiles.active=test"));
        for (String eigenschap : S3Server.eigenschappen()) {
            args.add("--" + eigenschap);
        }
        return args.toArray(String[]::new);
    }

    private static BijlagenProperties.S3 s3Instellingen() {
        return new BijlagenProperties.S3(S3Server.BUCKET, S3Server.adres(), "us-east-1", true, "", "test", "test");
    }

    private String sleutelVan(Ontvangst ontvangst) {
        return jdbc.sql("select opslag_sleutel from meldingen.bijlage where melding_id = ?")
                .param(ontvangst.id().waarde())
                .query(String.class)
                .single();
    }
}
