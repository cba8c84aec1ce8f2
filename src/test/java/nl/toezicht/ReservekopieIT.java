package nl.toezicht;

import static org.assertj.core.api.Assertions.assertThat;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import javax.sql.DataSource;
import nl.toezicht.kern.ReservekopieCommando;
import nl.toezicht.logboek.Ketencontrole;
import nl.toezicht.meldingen.Meldingfixtures;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.util.FileSystemUtils;
import org.springframework.util.ReflectionUtils;

/**
 * {@code backup} beside the running application (this test JVM's PostgreSQL, with what the suite and this test
 * stored: notifications with attachments, cases, the access log), {@code restore} into empty directories,
 * PostgreSQL started on the restored directory: every table's count, every attachment's bytes and the access
 * log's hash chain are those of the original.
 */
@IntegratieTest
class ReservekopieIT {

    /** Rows the running application's background work changes at any moment: not the data backed up. */
    private static final List<String> VLUCHTIG = List.of(
            "public.scheduled_tasks",
            "public.event_publication",
            "public.event_publication_archive",
            "public.snelheidslimiet_emmer",
            "toegang.spring_session",
            "toegang.spring_session_attributes");

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    DataSource dataSource;

    @Test
    void aBackupOfTheRunningApplicationRestoresIntoAnEmptyDatabaseWithEveryRowFileAndLink() throws Exception {
        for (int i = 0; i < 3; i++) {
            Multipart multipart = new Multipart()
                    .json("melding", """
                            {"bron": "BURGER", "soort": "KLACHT_OF_SIGNAAL", "sector": "GGZ",
                             "zorgaanbiederOmschrijving": "GGZ De Brug", "omschrijving": "Reservekopie %d"}
                            """.formatted(i))
                    .bestand("bijlagen", "verslag.pdf", "application/pdf", Meldingfixtures.eenPdf());
            assertThat(Api.op(port)
                            .post("/api/v1/meldingen", multipart.contentType(), multipart.bytes())
                            .status())
                    .isEqualTo(201);
        }
        Path werk = Path.of("target", "reservekopie-" + UUID.randomUUID());
        Path kopie = werk.resolve("kopie");
        Path data = werk.resolve("postgres");
        Path bijlagen = werk.resolve("bijlagen");
        try {
            // the notifications' cases open asynchronously (outbox): count once the application is quiet
            Map<String, Long> voor = stil(jdbc);
            Ketencontrole.Uitslag ketenVoor = keten(dataSource);
            assertThat(ReservekopieCommando.voerUit(
                            "backup",
                            kopie.toString(),
                            "--toezicht.embedded-postgres.data-directory=./target/test-postgres",
                            "--toezicht.bijlagen.map=./target/test-bijlagen"))
                    .isZero();
            assertThat(tellingen(jdbc)).as("nothing changed during the backup").isEqualTo(voor);
            assertThat(ReservekopieCommando.voerUit("backup", kopie.toString()))
                    .as("never into a directory that is not empty")
                    .isEqualTo(1);

            assertThat(ReservekopieCommando.voerUit(
                            "restore",
                            kopie.toString(),
                            "--toezicht.embedded-postgres.data-directory=" + data,
                            "--toezicht.bijlagen.map=" + bijlagen))
                    .isZero();
            assertThat(ReservekopieCommando.voerUit(
                            "restore",
                            kopie.toString(),
                            "--toezicht.embedded-postgres.data-directory=" + data,
                            "--toezicht.bijlagen.map=" + werk.resolve("andere-bijlagen")))
                    .as("never over a database")
                    .isEqualTo(1);

            try (EmbeddedPostgres hersteld = EmbeddedPostgres.builder()
                    .setDataDirectory(data)
                    .setCleanDataDirectory(false)
                    .start()) {
                DataSource herstelde = hersteld.getDatabase("postgres", "toezicht");
                JdbcClient h = JdbcClient.create(herstelde);
                Map<String, Long> na = tellingen(h);
                assertThat(na).isEqualTo(voor);
                assertThat(na.get("meldingen.bijlage")).isGreaterThanOrEqualTo(3);

                // rows whose file is in this directory (the suite's S3 tests keep theirs in the object store)
                Path origineel = Path.of("target", "test-bijlagen");
                int gecontroleerd = 0;
                List<Map<String, Object>> rijen = h.sql("select opslag_sleutel, sha256, grootte from meldingen.bijlage")
                        .query()
                        .listOfRows();
                for (Map<String, Object> rij : rijen) {
                    String sleutel = (String) rij.get("opslag_sleutel");
                    if (!Files.exists(origineel.resolve(sleutel.substring(0, 2)).resolve(sleutel))) {
                        continue;
                    }
                    byte[] inhoud = Files.readAllBytes(
                            bijlagen.resolve(sleutel.substring(0, 2)).resolve(sleutel));
                    assertThat(HexFormat.of()
                                    .formatHex(
                                            MessageDigest.getInstance("SHA-256").digest(inhoud)))
                            .as("attachment %s", sleutel)
                            .isEqualTo(rij.get("sha256"));
                    assertThat((long) inhoud.length).isEqualTo(((Number) rij.get("grootte")).longValue());
                    gecontroleerd++;
                }
                assertThat(gecontroleerd)
                        .as("at least this test's three attachments")
                        .isGreaterThanOrEqualTo(3);

                Ketencontrole.Uitslag ketenNa = keten(herstelde);
                assertThat(ketenNa.isHeel())
                        .as(String.valueOf(ketenNa.toelichting()))
                        .isTrue();
                assertThat(ketenNa.laatsteVolgnummer()).isEqualTo(ketenVoor.laatsteVolgnummer());
                assertThat(ketenNa.laatsteHash()).isEqualTo(ketenVoor.laatsteHash());
            }
        } finally {
            FileSystemUtils.deleteRecursively(werk);
        }
    }

    private static Map<String, Long> stil(JdbcClient db) throws InterruptedException {
        Map<String, Long> vorige = tellingen(db);
        for (int i = 0; i < 30; i++) {
            Thread.sleep(1_000);
            Map<String, Long> nu = tellingen(db);
            if (nu.equals(vorige)) {
                return nu;
            }
            vorige = nu;
        }
        throw new AssertionError("the application did not come to rest within 30 s");
    }

    /** Rows per table of the application's schemas. */
    private static Map<String, Long> tellingen(JdbcClient db) {
        Map<String, Long> tellingen = new TreeMap<>();
        for (String tabel : db.sql("select table_schema || '.' || table_name from information_schema.tables"
                        + " where table_type = 'BASE TABLE'"
                        + " and table_schema not in ('pg_catalog', 'information_schema')")
                .query(String.class)
                .list()) {
            if (!VLUCHTIG.contains(tabel)) {
                tellingen.put(
                        tabel,
                        db.sql("select count(*) from " + tabel)
                                .query(Long.class)
                                .single());
            }
        }
        return tellingen;
    }

    /** The access log's chain check ({@code verifieer-toegangslog}) on a database. */
    private static Ketencontrole.Uitslag keten(DataSource db) throws ReflectiveOperationException {
        return ReflectionUtils.accessibleConstructor(
                        Ketencontrole.class, JdbcTemplate.class, PlatformTransactionManager.class)
                .newInstance(new JdbcTemplate(db), new DataSourceTransactionManager(db))
                .controleer();
    }
}
