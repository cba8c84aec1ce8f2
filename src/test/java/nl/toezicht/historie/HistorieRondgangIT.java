package nl.toezicht.historie;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.List;
import javax.sql.DataSource;
import nl.toezicht.IntegratieTest;
import nl.toezicht.LegeDatabase;
import nl.toezicht.Testklok;
import nl.toezicht.demo.DemoLand;
import nl.toezicht.historie.Importverslag.Uitkomst;
import nl.toezicht.inspecties.Inspectielader;
import nl.toezicht.kern.Bestandsopslag;
import nl.toezicht.kern.Upload;
import nl.toezicht.meldingen.Meldingenlader;
import nl.toezicht.register.Zorgaanbiederlader;
import nl.toezicht.toegang.Toegangsbeleid;
import nl.toezicht.zaken.Zakenlader;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import tools.jackson.databind.ObjectMapper;

/**
 * Round trip on two empty databases in the test server: the demo generator fills the first, the export
 * writes it in the exchange format, the import reads that into the second; the figures per sector, kind,
 * year and state are equal, and importing the same file again changes nothing.
 */
@IntegratieTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class HistorieRondgangIT {

    @Autowired
    DataSource dataSource;

    @Autowired
    Testklok klok;

    @Autowired
    MessageSource berichten;

    @Autowired
    Toegangsbeleid toegangsbeleid;

    @Autowired
    ObjectMapper json;

    @TempDir
    Path map;

    LegeDatabase bronDatabase;
    LegeDatabase doelDatabase;
    DataSource bron;
    DataSource doel;

    @BeforeAll
    void tweeLegeDatabases() throws SQLException {
        bronDatabase = LegeDatabase.maak(dataSource, "historie_bron");
        doelDatabase = LegeDatabase.maak(dataSource, "historie_doel");
        bron = bronDatabase.dataSource();
        doel = doelDatabase.dataSource();
    }

    @AfterAll
    void ruimOp() throws SQLException {
        bronDatabase.close();
        doelDatabase.close();
    }

    private HistorieImport importNaar(DataSource ds) {
        JdbcClient jdbc = JdbcClient.create(ds);
        ApplicationEventPublisher nergens = event -> {};
        return new HistorieImport(
                ds,
                jdbc,
                klok,
                berichten,
                (handeling, toegestaan, doel, objecten) -> {},
                toegangsbeleid,
                nergens,
                new DataSourceTransactionManager(ds),
                json,
                new HistorieProperties(map),
                new Zorgaanbiederlader(ds, jdbc),
                new Meldingenlader(ds, jdbc, nergens, klok),
                new Zakenlader(ds, jdbc, nergens, klok),
                // the round trip's file has no inspections (issue 14 has its own test): no report files to keep
                new Inspectielader(jdbc, new Bestandsopslag() {
                    @Override
                    public String bewaar(Upload inhoud, String sha256) {
                        throw new UnsupportedOperationException();
                    }

                    @Override
                    public java.io.InputStream open(String sleutel) {
                        throw new UnsupportedOperationException();
                    }

                    @Override
                    public void verwijder(String sleutel) {}
                }));
    }

    private static final List<String> TELLINGEN = List.of(
            "select 'zorgaanbieders', count(*) from register.zorgaanbieder",
            "select 'locaties', count(*) from register.locatie",
            "select 'melding ' || sector, count(*) from meldingen.melding group by sector",
            "select 'melding ' || soort, count(*) from meldingen.melding group by soort",
            "select 'melding ' || status, count(*) from meldingen.melding group by status",
            "select 'melding ' || extract(year from ontvangen_op at time zone 'Europe/Amsterdam'), count(*)"
                    + " from meldingen.melding group by 1",
            "select 'melding overleden ' || patient_overleden || door_suicide || seksueel_grensoverschrijdend"
                    + " || coalesce(sgg_soort, '') || suicidepoging || gesloten_jeugdinstelling, count(*)"
                    + " from meldingen.melding group by 1",
            "select 'melding gekoppeld ' || (zorgaanbieder_id is not null) || (locatie_id is not null), count(*)"
                    + " from meldingen.melding group by 1",
            "select 'themas ' || t, count(*) from meldingen.melding, unnest(themas) t group by t",
            "select 'zaak ' || status, count(*) from zaken.zaak group by status",
            "select 'zaak ' || sector || soort, count(*) from zaken.zaak group by 1",
            "select 'zaak ' || coalesce(sluitreden, '-') || coalesce(termijn_soort, '-') || te_laat, count(*)"
                    + " from zaken.zaak group by 1",
            "select 'zaak ' || extract(year from ontvangen_op at time zone 'Europe/Amsterdam'), count(*)"
                    + " from zaken.zaak group by 1",
            "select 'stap ' || coalesce(van, '-') || naar || transitie, count(*) from zaken.statuswijziging group by 1",
            "select 'koppelingen', count(*) from zaken.zaak_melding");

    private static List<String> tellingen(DataSource ds) {
        JdbcClient jdbc = JdbcClient.create(ds);
        return TELLINGEN.stream()
                .flatMap(sql -> jdbc.sql(sql).query((rs, i) -> rs.getString(1) + " = " + rs.getLong(2)).list().stream())
                .sorted()
                .toList();
    }

    @Test
    void theExportOfTheDemoDataImportsIntoAnEmptyDatabaseWithEqualFiguresAndASecondRunChangesNothing()
            throws Exception {
        // generated a year back from a named day, imported a moment later
        klok.zet("2026-06-10T10:00");
        DemoLand.genereer(bron, klok, 20260601L, 40, 3_000);
        Path bestand = map.resolve("export.jsonl");
        long regels;
        try (var uit = Files.newOutputStream(bestand)) {
            regels = HistorieExport.exporteer(bron, uit);
        }
        assertThat(regels).isGreaterThan(6_000);

        HistorieImport historie = importNaar(doel);
        Importverslag verslag = historie.voerUit(historie.registreer(bestand, Importopties.allesOfNiets()));

        assertThat(verslag.fouten()).isEmpty();
        assertThat(verslag.uitkomst()).isEqualTo(Uitkomst.GESLAAGD);
        assertThat(verslag.nieuw()).containsEntry("MELDING", 3_000L).containsEntry("ZAAK", 3_000L);
        assertThat(verslag.klopt()).isTrue();
        assertThat(verslag.aansluiting())
                .anySatisfy(r -> assertThat(r.dimensie()).isEqualTo("status"))
                .anySatisfy(r -> assertThat(r.dimensie()).isEqualTo("jaar"));
        assertThat(tellingen(doel)).isEqualTo(tellingen(bron));
        JdbcClient naar = JdbcClient.create(doel);
        assertThat(naar.sql("select count(*) from historie.herkomst where soort = 'MELDING'")
                        .query(Long.class)
                        .single())
                .isEqualTo(3_000L);

        List<String> voor = tellingen(doel);
        Importverslag nogmaals = historie.voerUit(historie.registreer(bestand, Importopties.allesOfNiets()));
        assertThat(nogmaals.uitkomst()).isEqualTo(Uitkomst.GESLAAGD);
        assertThat(nogmaals.totaalNieuw()).isZero();
        assertThat(nogmaals.ongewijzigd()).containsEntry("MELDING", 3_000L).containsEntry("ZAAK", 3_000L);
        assertThat(nogmaals.klopt()).isTrue();
        assertThat(tellingen(doel)).isEqualTo(voor);

        // the export of the imported data is the same file, but for the ids
        ByteArrayOutputStream opnieuw = new ByteArrayOutputStream();
        assertThat(HistorieExport.exporteer(doel, opnieuw)).isEqualTo(regels);
    }
}
