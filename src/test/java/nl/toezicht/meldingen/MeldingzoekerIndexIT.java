package nl.toezicht.meldingen;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import nl.toezicht.IntegratieTest;
import nl.toezicht.Kladtabel;
import nl.toezicht.kern.Zoekuitvoering;
import nl.toezicht.kern.Zorgsector;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A search's count must be served by the index of words and department together, also for a word that is common
 * in departments the user may not see and absent from the ones they may (at 1,000,000 notifications the planner,
 * taking word and department as independent, expected early matches under the count's LIMIT and read the whole
 * table: 4-8 s; docs/PERFORMANCE.md). The plan is asked of a scratch copy of the notification table with the same
 * indexes (read from the catalogue), filled with 60,000 notifications in known proportions. Sequential scans are
 * off, as in the search's own transaction (decision 0090): without the index of both the planner walked another
 * index under the LIMIT, with the same result as the table walk.
 */
@IntegratieTest
class MeldingzoekerIndexIT {

    @Autowired
    JdbcClient jdbc;

    @Autowired
    TransactionTemplate transacties;

    /**
     * 60,000 notifications over twelve departments; "insulinepomp" in every notification of two of them
     * (10,000), "valpartij" in every third notification of any department.
     */
    private static final String MELDINGEN = """
            insert into pg_temp.melding (id, referentie, status, bron, kanaal, soort, sector, omschrijving,
                status_token_hash, ontvangen_op)
            select gen_random_uuid(), 'M-PROEF-' || i, 'ONTVANGEN', 'BURGER', 'WEB', 'KLACHT', s.sector,
                   case when s.sector in ('MEDISCHE_TECHNOLOGIE', 'FARMACEUTISCHE_PRODUCTEN')
                        then 'De insulinepomp gaf een verkeerde dosis'
                        else 'Een cliënt viel op de gang' end
                   || case when i % 3 = 0 then ' na een valpartij' else '' end,
                   md5('proef' || i), timestamptz '2026-01-01' + i * interval '5 minutes'
            from generate_series(1, 60000) i
            cross join lateral (select (cast(:afdelingen as text[]))[1 + i % :aantal] as sector) s
            """;

    private String plan(String tekst) {
        return transacties.execute(status -> {
            status.setRollbackOnly();
            jdbc.sql("create temp table melding (like meldingen.melding including defaults including generated)"
                            + " on commit drop")
                    .update();
            jdbc.sql(MELDINGEN)
                    .param("afdelingen", Kladtabel.afdelingen())
                    .param("aantal", Zorgsector.values().length)
                    .update();
            // indexed after the load, as a million notifications are: rows added to a GIN index wait in its pending
            // list until the next vacuum, which the planner prices high, and a scratch table is never vacuumed
            Kladtabel.indexeer(jdbc, "meldingen", "melding");
            jdbc.sql("analyze pg_temp.melding").update();
            // as the search itself does (Zoekuitvoering): the table is read through an index; which one is tested
            jdbc.sql("set local enable_seqscan = off").update();
            String telvraag = new Zoekuitvoering(
                            jdbc,
                            "pg_temp.melding",
                            "status",
                            "sector",
                            Meldingzoeker.WOORDEN + Meldingzoeker.ZICHTBAAR)
                    .telvraag();
            return String.join(
                    "\n",
                    jdbc.sql("explain " + telvraag)
                            .params(Map.of("tekst", tekst, "zichtbaar", new String[] {
                                "GGZ", "MEDISCH_SPECIALISTISCHE_ZORG", "JEUGD"
                            }))
                            .query(String.class)
                            .list());
        });
    }

    @Test
    void aWordCommonOnlyOutsideTheUsersDepartmentsIsCountedFromTheIndexNotTheTable() {
        assertThat(plan("insulinepomp"))
                .contains("melding_sector_zoektekst_idx")
                .doesNotContain("Seq Scan");
    }

    @Test
    void aWordCommonEverywhereIsCountedFromTheIndexToo() {
        assertThat(plan("valpartij")).contains("melding_sector_zoektekst_idx").doesNotContain("Seq Scan");
    }
}
