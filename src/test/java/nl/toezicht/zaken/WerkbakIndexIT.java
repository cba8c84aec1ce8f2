package nl.toezicht.zaken;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import nl.toezicht.IntegratieTest;
import nl.toezicht.kern.Zorgsector;
import nl.toezicht.meldingen.Meldingsoort;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The work-queue pages must stay fast at a million cases: each shape of query is answered from a
 * partial index in the requested order (no sort of all open cases). The test database is small, so
 * sequential and bitmap scans are switched off for the plan, which then shows whether an index can serve at all.
 */
@IntegratieTest
class WerkbakIndexIT {

    @Autowired
    JdbcClient jdbc;

    @Autowired
    TransactionTemplate transacties;

    /** The plans do not depend on the day; any named one will do. */
    private static final LocalDate VANDAAG = LocalDate.of(2026, 6, 10);

    private String plan(Werkbak.Filter filter, Werkbak.Cursor cursor) {
        Werkbak.Zoekvraag vraag = Werkbak.zoekvraag(filter, null, cursor, false, 25, VANDAAG);
        return transacties.execute(status -> {
            jdbc.sql("set local enable_seqscan = off").update();
            // a bitmap scan cannot give rows in index order; with few rows the planner prefers it plus a sort
            jdbc.sql("set local enable_bitmapscan = off").update();
            return String.join(
                    "\n",
                    jdbc.sql("explain " + vraag.sql())
                            .params(vraag.params())
                            .query(String.class)
                            .list());
        });
    }

    @Test
    void aDepartmentsQueueIsReadFromTheDepartmentIndexInDeadlineOrder() {
        String plan = plan(
                new Werkbak.Filter(Zorgsector.GGZ, null, null, null, null, null, null),
                new Werkbak.Cursor(LocalDate.of(2026, 1, 1), UUID.randomUUID()));
        assertThat(plan).contains("zaak_werkbak_afdeling_idx").doesNotContain("Sort");
    }

    @Test
    void anInspectorsQueueIsReadFromTheInspectorIndexInDeadlineOrder() {
        String plan =
                plan(new Werkbak.Filter(null, "inspecteur.ggz", null, Meldingsoort.CALAMITEIT, null, true, null), null);
        assertThat(plan).contains("zaak_werkbak_inspecteur_idx").doesNotContain("Sort");
    }

    @Test
    void theWholeQueueIsReadFromTheOpenCasesIndexInDeadlineOrder() {
        String plan = plan(new Werkbak.Filter(null, null, null, null, null, null, 7), null);
        assertThat(plan).contains("zaak_werkbak_idx").doesNotContain("Sort");
    }

    @Test
    void intakesQueueOfOneStateIsReadFromTheStateIndexInDeadlineOrder() {
        String plan = plan(new Werkbak.Filter(null, null, Zaakstatus.ONTVANGEN, null, null, null, null), null);
        assertThat(plan).contains("zaak_werkbak_status_idx").doesNotContain("Sort");
    }

    @Test
    void theOverdueJobFindsItsCasesThroughItsOwnIndex() {
        String plan = transacties.execute(status -> {
            jdbc.sql("set local enable_seqscan = off").update();
            List<String> regels = jdbc.sql("explain update zaken.zaak set te_laat = true "
                            + "where status <> 'GESLOTEN' and not te_laat and termijn_datum < :vandaag")
                    .param("vandaag", VANDAAG)
                    .query(String.class)
                    .list();
            return String.join("\n", regels);
        });
        assertThat(plan).contains("zaak_te_laat_idx");
    }
}
