package nl.toezicht.meldingen;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.UUID;
import nl.toezicht.IntegratieTest;
import nl.toezicht.Kladtabel;
import nl.toezicht.kern.Zorgsector;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The case page's related work must be read from the indexes of provider and location in date order, not by walking
 * all notifications newest first: with the provider and the location OR-ed over subqueries the planner could use
 * neither index (0.3-1 s a case page at 1,000,000 notifications, 305,851 rows read for one; docs/PERFORMANCE.md,
 * "Mixed load"), and the duplicates compared every notification of the location and the provider by trigrams
 * instead of those within the window. The plans are asked of a scratch copy of the notification table with the
 * same indexes, 60,000 notifications over 300 providers and 600 locations in two years.
 */
@IntegratieTest
class MeldingVerwantIndexIT {

    @Autowired
    JdbcClient jdbc;

    @Autowired
    TransactionTemplate transacties;

    /** Notification {@code i}: provider i % 300, location i % 600 (none for every tenth), every 17.5 minutes. */
    private static final String MELDINGEN = """
            insert into pg_temp.melding (id, referentie, status, bron, kanaal, soort, sector, omschrijving,
                status_token_hash, ontvangen_op, zorgaanbieder_id, locatie_id)
            select md5('melding' || i)::uuid, 'M-PROEF-' || i, 'ONTVANGEN', 'BURGER', 'WEB', 'KLACHT',
                   (cast(:afdelingen as text[]))[1 + i % :aantal],
                   'Een cliënt viel op de gang ' || (i % 50), md5('proef' || i),
                   timestamptz '2025-01-01' + i * interval '17.5 minutes',
                   md5('aanbieder' || (i % 300))::uuid,
                   case when i % 10 = 0 then null else md5('locatie' || (i % 600))::uuid end
            from generate_series(1, 60000) i
            """;

    private static final String[] ZICHTBAAR = {"GGZ", "MEDISCH_SPECIALISTISCHE_ZORG", "JEUGD"};

    private String plan(String vraag, Map<String, Object> parameters) {
        return transacties.execute(status -> {
            status.setRollbackOnly();
            jdbc.sql("create temp table melding (like meldingen.melding including defaults including generated)"
                            + " on commit drop")
                    .update();
            jdbc.sql(MELDINGEN)
                    .param("afdelingen", Kladtabel.afdelingen())
                    .param("aantal", Zorgsector.values().length)
                    .update();
            Kladtabel.indexeer(jdbc, "meldingen", "melding");
            jdbc.sql("analyze pg_temp.melding").update();
            return String.join(
                    "\n",
                    jdbc.sql("explain " + vraag)
                            .params(parameters)
                            .query(String.class)
                            .list());
        });
    }

    private static UUID melding(int i) {
        return md5Uuid("melding" + i);
    }

    /** As PostgreSQL's {@code md5(text)::uuid}. */
    private static UUID md5Uuid(String tekst) {
        try {
            byte[] d = java.security.MessageDigest.getInstance("MD5")
                    .digest(tekst.getBytes(java.nio.charset.StandardCharsets.UTF_8));
            long hoog = 0;
            long laag = 0;
            for (int i = 0; i < 8; i++) {
                hoog = (hoog << 8) | (d[i] & 0xff);
                laag = (laag << 8) | (d[i + 8] & 0xff);
            }
            return new UUID(hoog, laag);
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void theSameProviderAndLocationAreReadFromTheirIndexesNewestFirstNotFromAllNotifications() {
        String plan = plan(
                Meldingzoeker.zelfdeAanbiederVraag("pg_temp.melding"),
                Map.of("eigen", new UUID[] {melding(12345)}, "zichtbaar", ZICHTBAAR, "max", 10));
        assertThat(plan)
                .contains("melding_zorgaanbieder_ontvangen_idx")
                .contains("melding_locatie_idx")
                .doesNotContain("melding_ontvangen_op_idx")
                .doesNotContain("Seq Scan on melding m");
    }

    @Test
    void duplicatesAreLookedForWithinTheWindowByTheIndexBeforeTheirTextsAreCompared() {
        String plan = plan(
                Meldingzoeker.dubbelVraag("pg_temp.melding"),
                Map.of(
                        "eigen",
                        new UUID[] {melding(12345), melding(12340)},
                        "zichtbaar",
                        ZICHTBAAR,
                        "dagen",
                        14,
                        "drempel",
                        Meldingzoeker.DUBBEL_GELIJKENIS,
                        "max",
                        10));
        // the location and the window together in the index condition, also for a notification without location
        // (the provider's notifications in date order)
        assertThat(plan)
                .containsPattern("\\(locatie_id = e(_\\d)?\\.locatie_id\\) AND \\(ontvangen_op >=")
                .containsPattern("\\(zorgaanbieder_id = e(_\\d)?\\.zorgaanbieder_id\\) AND \\(ontvangen_op >=")
                .doesNotContain("Seq Scan on melding m");
    }
}
