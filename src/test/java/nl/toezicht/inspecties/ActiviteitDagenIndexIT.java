package nl.toezicht.inspecties;

import static org.assertj.core.api.Assertions.assertThat;

import nl.toezicht.IntegratieTest;
import nl.toezicht.Kladtabel;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The planning list's clash check reads the activities on the same days through the GiST index of V181, not the
 * whole table per row (at 100,000 activities a sequential scan per listed row: 10.8 s for 300 rows; docs/
 * PERFORMANCE.md, "Activiteiten"). The plan is asked of scratch copies of the activity and team tables with the
 * same indexes (read from the catalogue), filled with 100,000 activities over eight years and thirteen people.
 */
@IntegratieTest
class ActiviteitDagenIndexIT {

    @Autowired
    JdbcClient jdbc;

    @Autowired
    TransactionTemplate transacties;

    private static final String ACTIVITEITEN = """
            insert into pg_temp.toezichtactiviteit (id, referentie, soort, aankondiging, status, afdeling, aanleiding,
                zorgaanbieder_id, leider, begindatum, einddatum, aangemaakt_op, aangemaakt_door)
            select gen_random_uuid(), 'T-PROEF-' || i, 'BEZOEK', 'AANGEKONDIGD',
                   case when i % 40 = 0 then 'GEANNULEERD' else 'RAPPORT_DEFINITIEF' end,
                   (array['GGZ', 'JEUGD', 'VERZORGING_EN_VERPLEGING', 'GEHANDICAPTENZORG', 'MEDISCH_SPECIALISTISCHE_ZORG',
                          'EERSTELIJNSZORG', 'FARMACEUTISCHE_PRODUCTEN', 'MEDISCHE_TECHNOLOGIE'])[1 + i % 8], 'THEMA',
                   gen_random_uuid(), 'proef.' || (i % 13), date '2020-01-01' + (i * 2922 / 100000),
                   date '2020-01-01' + (i * 2922 / 100000) + i % 3, now(), 'proef'
            from generate_series(1, 100000) i
            """;

    private static final String TEAM = """
            insert into pg_temp.activiteit_teamlid (activiteit, gebruikersnaam, leider)
            select id, leider, true from pg_temp.toezichtactiviteit
            union all
            select id, 'proef.' || ((substr(referentie, 9)::int + 1) % 13), false from pg_temp.toezichtactiviteit
            """;

    private String plan(String vraag) {
        return transacties.execute(status -> {
            status.setRollbackOnly();
            jdbc.sql("create temp table toezichtactiviteit (like inspecties.toezichtactiviteit including defaults)"
                            + " on commit drop")
                    .update();
            jdbc.sql("create temp table activiteit_teamlid (like inspecties.activiteit_teamlid including defaults)"
                            + " on commit drop")
                    .update();
            jdbc.sql(ACTIVITEITEN).update();
            jdbc.sql(TEAM).update();
            Kladtabel.indexeer(jdbc, "inspecties", "toezichtactiviteit");
            Kladtabel.indexeer(jdbc, "inspecties", "activiteit_teamlid");
            jdbc.sql("analyze pg_temp.toezichtactiviteit").update();
            jdbc.sql("analyze pg_temp.activiteit_teamlid").update();
            return String.join(
                    "\n", jdbc.sql("explain " + vraag).query(String.class).list());
        });
    }

    /** The clash column of Planning.planning, for one person's list from a day on, as the page asks it. */
    private static final String BOTSINGEN = "select a.id, (a.status <> 'GEANNULEERD' and exists (select 1"
            + " from pg_temp.activiteit_teamlid t"
            + " join pg_temp.activiteit_teamlid t2 on t2.gebruikersnaam = t.gebruikersnaam"
            + "  and t2.activiteit <> t.activiteit"
            + " join pg_temp.toezichtactiviteit b on b.id = t2.activiteit"
            + " where t.activiteit = a.id and b.status <> 'GEANNULEERD' and " + Planning.DAGEN_OVERLAPPEN
            + ")) as botsing from pg_temp.toezichtactiviteit a where a.afdeling = 'GGZ'"
            + " and a.einddatum >= date '2027-01-01' and exists (select 1 from pg_temp.activiteit_teamlid t"
            + " where t.activiteit = a.id and t.gebruikersnaam = 'proef.1')"
            + " order by a.begindatum, a.referentie limit 300";

    @Test
    void theClashCheckReadsTheActivitiesOnTheSameDaysFromTheIndex() {
        assertThat(plan(BOTSINGEN))
                .contains("toezichtactiviteit_dagen_idx")
                .doesNotContain("Seq Scan on toezichtactiviteit b");
    }

    /**
     * The list's own filter (three departments' activities not ended before a week ago) reads one page of those
     * beginning from that day on in page order from the index on (begindatum, referentie) and the few that began
     * earlier and still run from the day-range index (V222), not every activity of the departments not yet ended
     * (about 5,000 rows at 100,000 activities, then sorted; docs/PERFORMANCE.md), and the page is the paged query of
     * decision 0102.
     */
    @Test
    void theListReadsOnePageFromTheBeginDayIndexAndTheRunningOnesFromTheDayRangeIndex() {
        String vraag = Planning.planningVraag(true, false, false)
                .replace("inspecties.", "pg_temp.")
                .replace("any(?)", "any('{GGZ,JEUGD,VERZORGING_EN_VERPLEGING}')")
                .replace("begindatum >= ?", "begindatum >= date '2027-06-01'")
                .replace("@> ?::date", "@> date '2027-06-01'")
                .replace("begindatum < ?", "begindatum < date '2027-06-01'")
                .replace("gebruikersnaam = ?", "gebruikersnaam = 'proef.1'");
        assertThat(vraag).endsWith("limit " + (Planning.PAGINAGROOTTE + 1)).doesNotContain("?");
        String plan = plan(vraag);
        assertThat(plan)
                .contains("toezichtactiviteit_begindatum_idx", "toezichtactiviteit_dagen_idx")
                .doesNotContain("Seq Scan on toezichtactiviteit")
                .doesNotContain("Bitmap Heap Scan on toezichtactiviteit a_1");
    }
}
