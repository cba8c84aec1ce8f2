package nl.toezicht.logboek;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.Statement;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import nl.toezicht.IntegratieTest;
import nl.toezicht.Testklok;
import nl.toezicht.ToezichtApplication;
import nl.toezicht.Wachten;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.TestingAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/** The access log: append-only, its chain and its verification, group commit, denied entries that stay. */
@IntegratieTest
class ToegangslogIT {

    private static final String KOLOMMEN =
            "volgnummer, id, handeling, tijdstip, toegestaan, gebruiker, gebruiker_naam, "
                    + "rol, afdelingen, namens, doel, ip, user_agent, request_id, objecten, vorige_hash, hash";

    @Autowired
    Toegangslog toegangslog;

    @Autowired
    Ketencontrole controle;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    PlatformTransactionManager transacties;

    @BeforeEach
    void alsInspecteur() {
        SecurityContextHolder.getContext()
                .setAuthentication(new TestingAuthenticationToken("inspecteur", "x", "ROLE_INSPECTEUR"));
    }

    @AfterEach
    void niemand() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void recordsWhoWhatAndWhichObjectsWithTheUsersDetails() {
        UUID zaak = UUID.randomUUID();
        UUID melding = UUID.randomUUID();
        toegangslog.toegestaan(Handeling.INZIEN, Logobject.zaak(zaak), Logobject.melding(melding, "abc123"));

        Map<String, Object> regel = jdbc.queryForMap(
                "select handeling, toegestaan, gebruiker, gebruiker_naam, rol, array_to_string(afdelingen, ',') a, "
                        + "objecten from logboek.toegangslog where objecten_json @> ?::jsonb",
                "[{\"type\":\"ZAAK\",\"id\":\"" + zaak + "\"}]");
        assertThat(regel)
                .containsEntry("handeling", "INZIEN")
                .containsEntry("toegestaan", true)
                .containsEntry("gebruiker", "inspecteur")
                .containsEntry("gebruiker_naam", "Ingrid de Vries")
                .containsEntry("rol", "INSPECTEUR")
                .containsEntry("a", "GGZ,JEUGD,MEDISCH_SPECIALISTISCHE_ZORG");
        assertThat((String) regel.get("objecten")).contains(melding.toString()).contains("\"patient\":\"abc123\"");
    }

    @Test
    void breakTheGlassNeedsAPurpose() {
        assertThatThrownBy(() ->
                        toegangslog.leg(Handeling.DOORBREKEN, true, " ", List.of(Logobject.zaak(UUID.randomUUID()))))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aDeniedAttemptStaysWhenTheCallersTransactionRollsBack() {
        UUID zaak = UUID.randomUUID();
        TransactionTemplate tx = new TransactionTemplate(transacties);
        assertThatThrownBy(() -> tx.executeWithoutResult(s -> {
                    toegangslog.geweigerd(Handeling.INZIEN, Logobject.zaak(zaak));
                    throw new IllegalStateException("de aanroeper faalt");
                }))
                .hasMessage("de aanroeper faalt");

        assertThat(aantalOver(zaak)).isEqualTo(1);
        assertThat(jdbc.queryForObject(
                        "select toegestaan from logboek.toegangslog where objecten_json @> ?::jsonb",
                        Boolean.class,
                        objectJson(zaak)))
                .isFalse();
    }

    @Test
    void theApplicationsRoleCannotChangeOrRemoveEntries() {
        toegangslog.toegestaan(Handeling.ZOEKEN, Logobject.van("TEST", "alleen-toevoegen"));
        long laatste = laatste();

        assertThatThrownBy(() -> jdbc.update(
                        "update logboek.toegangslog set gebruiker = 'iemand-anders' where volgnummer = ?", laatste))
                .isInstanceOf(DataAccessException.class)
                .hasStackTraceContaining("alleen-toevoegen");
        assertThatThrownBy(() -> jdbc.update("delete from logboek.toegangslog where volgnummer = ?", laatste))
                .isInstanceOf(DataAccessException.class)
                .hasStackTraceContaining("alleen-toevoegen");
        assertThatThrownBy(() -> jdbc.execute("truncate logboek.toegangslog"))
                .isInstanceOf(DataAccessException.class)
                .hasStackTraceContaining("alleen-toevoegen");
        assertThat(laatste()).isEqualTo(laatste);
        assertThat(controle.controleer().isHeel()).isTrue();
    }

    @Test
    void theProductionGrantsAllowInsertAndSelectOnly() {
        // the production setup of docs/toegangslog.md: an application role with INSERT and SELECT only
        // (even with the trigger disabled, which only the owner can do, the grants alone refuse)
        jdbc.execute("do $$ begin if not exists (select 1 from pg_roles where rolname = 'toezicht_app_test') then "
                + "create role toezicht_app_test nologin; end if; end $$");
        jdbc.execute("grant usage on schema logboek to toezicht_app_test");
        jdbc.execute("grant select, insert on logboek.toegangslog to toezicht_app_test");
        toegangslog.toegestaan(Handeling.ZOEKEN, Logobject.van("TEST", "rechten"));
        long laatste = laatste();
        TransactionTemplate tx = new TransactionTemplate(transacties);

        Long zichtbaar = tx.execute(s -> {
            jdbc.execute("set local role toezicht_app_test");
            return jdbc.queryForObject("select count(*) from logboek.toegangslog", Long.class);
        });
        assertThat(zichtbaar).isPositive();
        for (String verboden : List.of(
                "update logboek.toegangslog set doel = 'x' where volgnummer = " + laatste,
                "delete from logboek.toegangslog where volgnummer = " + laatste,
                "truncate logboek.toegangslog",
                "alter table logboek.toegangslog disable trigger toegangslog_geen_wijziging")) {
            assertThatThrownBy(() -> tx.executeWithoutResult(s -> {
                        jdbc.execute("set local role toezicht_app_test");
                        jdbc.execute(verboden);
                    }))
                    .as(verboden)
                    .isInstanceOfSatisfying(
                            DataAccessException.class,
                            e -> assertThat(e.getMostSpecificCause().getMessage())
                                    .containsAnyOf("permission denied", "must be owner"));
        }
    }

    @Test
    void concurrentAppendsFormOneUnbrokenChain() throws Exception {
        long voor = laatste();
        ExecutorService pool = Executors.newFixedThreadPool(8);
        List<Future<?>> klaar = new ArrayList<>();
        for (int t = 0; t < 8; t++) {
            klaar.add(pool.submit(() -> {
                SecurityContextHolder.getContext()
                        .setAuthentication(new TestingAuthenticationToken("jurist", "x", "ROLE_JURIST"));
                for (int i = 0; i < 40; i++) {
                    toegangslog.toegestaan(Handeling.INZIEN, Logobject.zaak(UUID.randomUUID()));
                }
            }));
        }
        for (Future<?> f : klaar) {
            f.get();
        }
        pool.shutdown();

        assertThat(laatste() - voor).isGreaterThanOrEqualTo(320);
        Ketencontrole.Uitslag uitslag = controle.controleer();
        assertThat(uitslag.isHeel()).as(String.valueOf(uitslag)).isTrue();
        assertThat(uitslag.laatsteVolgnummer()).isEqualTo(laatste());
    }

    @Test
    void controlCharactersFromOutsideAreStoredCleanedInsteadOfFailingTheEntry() {
        String zoekvraag = "zoek" + UUID.randomUUID() + "\u0000na";
        toegangslog.leg(
                Handeling.DOORBREKEN,
                true,
                "Spoed\u0000vraag\u0007",
                List.of(Logobject.van("ZOEKVRAAG", zoekvraag), Logobject.zaak(UUID.randomUUID())));

        Map<String, Object> regel = jdbc.queryForMap(
                "select doel, objecten from logboek.toegangslog where objecten_json @> ?::jsonb",
                "[{\"type\":\"ZOEKVRAAG\",\"id\":\"" + zoekvraag.replace('\u0000', '\uFFFD') + "\"}]");
        assertThat(regel.get("doel")).isEqualTo("Spoed\uFFFDvraag\uFFFD");
        assertThat(controle.controleer().isHeel()).isTrue();
    }

    @Autowired
    Logschrijver schrijver;

    @Autowired
    Testklok testklok;

    @Autowired
    javax.sql.DataSource dataSource;

    /**
     * Entries waiting together are written in one group; one the database refuses (here a U+0000 that got past
     * the cleaning) used to fail every request of its group (issue 11, item 2).
     */
    @Test
    void anEntryTheDatabaseRefusesFailsAloneAndTheOthersOfItsGroupAreWrittenInOneWholeChain() throws Exception {
        ExecutorService aanroepers = Executors.newFixedThreadPool(8);
        List<Future<CompletableFuture<Long>>> goed = new ArrayList<>();
        CompletableFuture<Long> eerste;
        CompletableFuture<Long> fout;
        try (Connection slot = dataSource.getConnection();
                Statement sql = slot.createStatement()) {
            // hold the chain's lock: the writer waits with its first entry while the others queue up behind it
            sql.execute("select pg_advisory_lock(" + Logschrijver.KETTING_SLOT + ")");
            eerste = schrijver.voegToe(aanvraag("eerste", "reden"));
            Wachten.tot(
                    () -> jdbc.queryForObject(
                                    "select count(*) from pg_locks where locktype = 'advisory' and objid = ? "
                                            + "and not granted",
                                    Integer.class,
                                    (int) Logschrijver.KETTING_SLOT)
                            > 0,
                    "the writer waits for the chain's lock");
            for (int i = 0; i < 40; i++) {
                int n = i;
                goed.add(aanroepers.submit(() -> schrijver.voegToe(aanvraag("goed-" + n, "reden"))));
            }
            fout = schrijver.voegToe(aanvraag("fout", "niet\u0000op te slaan"));
            for (Future<CompletableFuture<Long>> f : goed) {
                f.get();
            }
            sql.execute("select pg_advisory_unlock(" + Logschrijver.KETTING_SLOT + ")");
        } finally {
            aanroepers.shutdown();
        }

        assertThat(eerste.get(10, TimeUnit.SECONDS)).isPositive();
        for (Future<CompletableFuture<Long>> f : goed) {
            assertThat(f.get().get(10, TimeUnit.SECONDS)).isPositive();
        }
        assertThatThrownBy(() -> fout.get(10, TimeUnit.SECONDS)).isInstanceOf(ExecutionException.class);
        Ketencontrole.Uitslag uitslag = controle.controleer();
        assertThat(uitslag.isHeel()).as(String.valueOf(uitslag)).isTrue();
    }

    private Logschrijver.Aanvraag aanvraag(String id, String doel) {
        return new Logschrijver.Aanvraag(
                UUID.randomUUID(),
                Handeling.INZIEN.name(),
                testklok.instant().truncatedTo(ChronoUnit.MILLIS),
                true,
                "inspecteur",
                null,
                doel,
                null,
                null,
                null,
                "[{\"type\": \"TEST\", \"id\": \"" + id + "\"}]");
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "id = gen_random_uuid()",
                "handeling = 'VERWIJDEREN'",
                "tijdstip = tijdstip + interval '1 millisecond'",
                "toegestaan = not toegestaan",
                "gebruiker = 'iemand-anders'",
                "gebruiker_naam = 'Iemand Anders'",
                "rol = 'BEHEERDER'",
                "afdelingen = '{JEUGD}'",
                "namens = 'jurist'",
                "doel = 'achteraf verzonnen'",
                "ip = '10.0.0.1'",
                "user_agent = 'iets anders'",
                "request_id = 'ander-verzoek'",
                "objecten = '[]'",
                "hash = md5(hash) || md5(hash)"
            })
    void changingAnyFieldOfAPastEntryIsFoundAtThatEntry(String wijziging) {
        long doel = middenInDeKeten();
        knoei(doel, "update logboek.toegangslog set " + wijziging + " where volgnummer = " + doel, () -> {
            Ketencontrole.Uitslag uitslag = controle.controleer();
            assertThat(uitslag.breuk()).isEqualTo(Ketencontrole.Breuk.HASH);
            assertThat(uitslag.breukBij()).isEqualTo(doel);
        });
        assertThat(controle.controleer().isHeel()).isTrue();
    }

    @Test
    void aChangedLinkToThePredecessorIsFoundAtThatEntry() {
        long doel = middenInDeKeten();
        knoei(
                doel,
                "update logboek.toegangslog set vorige_hash = md5('x') || md5('y') where volgnummer = " + doel,
                () -> {
                    Ketencontrole.Uitslag uitslag = controle.controleer();
                    assertThat(uitslag.breuk()).isEqualTo(Ketencontrole.Breuk.VORIGE_HASH);
                    assertThat(uitslag.breukBij()).isEqualTo(doel);
                });
    }

    @Test
    void aRemovedEntryIsFoundAsAGapAtItsNumber() {
        long doel = middenInDeKeten();
        knoei(doel, "delete from logboek.toegangslog where volgnummer = " + doel, () -> {
            Ketencontrole.Uitslag uitslag = controle.controleer();
            assertThat(uitslag.breuk()).isEqualTo(Ketencontrole.Breuk.GAT);
            assertThat(uitslag.breukBij()).isEqualTo(doel);
            assertThat(uitslag.gecontroleerd()).isEqualTo(doel - 1);
        });
    }

    @Test
    void anEntryRewrittenWithAFreshHashBreaksTheNextLink() {
        long doel = middenInDeKeten();
        // a forger who recomputes the changed entry's own hash still breaks the link of the entry after it
        knoei(
                doel,
                "update logboek.toegangslog set hash = md5('nieuw') || md5('ook nieuw') where volgnummer = " + doel
                        + "; update logboek.toegangslog set vorige_hash = md5('nieuw') || md5('ook nieuw') "
                        + "where volgnummer = " + (doel + 1),
                () -> {
                    Ketencontrole.Uitslag uitslag = controle.controleer();
                    assertThat(uitslag.breukBij()).isEqualTo(doel);
                    assertThat(uitslag.breuk()).isEqualTo(Ketencontrole.Breuk.HASH);
                });
    }

    @Test
    void theCommandEndsWithZeroOnAWholeChainAndOneOnABrokenOne() {
        toegangslog.toegestaan(Handeling.INZIEN, Logobject.van("TEST", "commando"));
        assertThat(ToezichtApplication.commando(Ketencontrole.COMMANDO, "--spring.profiles.active=test"))
                .isZero();
        long doel = middenInDeKeten();
        knoei(
                doel,
                "update logboek.toegangslog set doel = 'verzonnen' where volgnummer = " + doel,
                () -> assertThat(ToezichtApplication.commando(Ketencontrole.COMMANDO, "--spring.profiles.active=test"))
                        .isEqualTo(1));
    }

    /** A past entry with at least one after it. */
    private long middenInDeKeten() {
        for (int i = 0; i < 3; i++) {
            toegangslog.toegestaan(Handeling.INZIEN, Logobject.van("TEST", "keten-" + i));
        }
        return laatste() - 1;
    }

    /** Tampers as the table owner would (trigger off), checks, and puts everything back as it was. */
    private void knoei(long volgnummer, String sql, Runnable controleer) {
        List<Map<String, Object>> kopie = jdbc.queryForList(
                "select " + KOLOMMEN + " from logboek.toegangslog where volgnummer between ? and ?",
                volgnummer,
                volgnummer + 1);
        jdbc.execute("alter table logboek.toegangslog disable trigger toegangslog_geen_wijziging");
        try {
            jdbc.execute(sql);
            controleer.run();
        } finally {
            for (Map<String, Object> rij : kopie) {
                jdbc.update(
                        "delete from logboek.toegangslog where volgnummer = ? or id = ?",
                        rij.get("volgnummer"),
                        rij.get("id"));
                jdbc.update(
                        "insert into logboek.toegangslog (" + KOLOMMEN
                                + ") values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                        rij.values().toArray());
            }
            jdbc.execute("alter table logboek.toegangslog enable trigger toegangslog_geen_wijziging");
        }
        assertThat(controle.controleer().isHeel()).as("restored").isTrue();
    }

    private long laatste() {
        return jdbc.queryForObject("select coalesce(max(volgnummer), 0) from logboek.toegangslog", Long.class);
    }

    private long aantalOver(UUID zaak) {
        return jdbc.queryForObject(
                "select count(*) from logboek.toegangslog where objecten_json @> ?::jsonb",
                Long.class,
                objectJson(zaak));
    }

    private static String objectJson(UUID zaak) {
        return "[{\"type\":\"ZAAK\",\"id\":\"" + zaak + "\"}]";
    }
}
