package nl.toezicht.termijnen;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import nl.toezicht.IntegratieTest;
import nl.toezicht.kern.Tijdzone;
import nl.toezicht.kern.Weigering;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.TestingAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * "Due this week" on an explicit date: Wednesday 14 March 2001, so the week runs to Sunday 18 March and no
 * other test's clock (none is that old, bar those of KlokbewakingIT in another department) comes in between.
 */
@IntegratieTest
class TermijnlijstIT {

    private static final LocalDate WOENSDAG = LocalDate.of(2001, 3, 14);
    private static final Handelende INSPECTEUR = new Handelende("inspecteur.ggz", "INSPECTEUR");

    @Autowired
    Termijnlijst lijst;

    @Autowired
    Klokken klokken;

    @Autowired
    JdbcClient jdbc;

    KlokStand mijnVrijdag;
    KlokStand ggzVerlopen;
    KlokStand ggzVolgendeWeek;
    KlokStand jeugdDonderdag;
    KlokStand ggzGestopt;
    KlokStand ggzOpgeschort;
    KlokStand mijnInJeugd;

    @BeforeEach
    void klokken() {
        mijnVrijdag = mdr(LocalDate.of(2001, 3, 16), new Verantwoordelijke("GGZ", "inspecteur.ggz"));
        ggzVerlopen = mdr(LocalDate.of(2001, 3, 10), Verantwoordelijke.afdeling("GGZ"));
        ggzVolgendeWeek = mdr(LocalDate.of(2001, 3, 19), new Verantwoordelijke("GGZ", "inspecteur.ggz"));
        jeugdDonderdag = mdr(LocalDate.of(2001, 3, 15), Verantwoordelijke.afdeling("JEUGD"));
        mijnInJeugd = mdr(LocalDate.of(2001, 3, 15), new Verantwoordelijke("JEUGD", "inspecteur.ggz"));
        ggzGestopt = mdr(LocalDate.of(2001, 3, 12), Verantwoordelijke.afdeling("GGZ"));
        klokken.stop(ggzGestopt.id(), INSPECTEUR, op(LocalDate.of(2001, 3, 1)), null);
        ggzOpgeschort = klokken.start(
                TestObjecten.nieuw(),
                "BEOORDELING",
                Startpunt.datum(LocalDate.of(2001, 2, 12)),
                null,
                Verantwoordelijke.afdeling("GGZ"),
                INSPECTEUR,
                op(LocalDate.of(2001, 2, 12)));
        klokken.schortOp(ggzOpgeschort.id(), "WACHT_OP_INFORMATIE", INSPECTEUR, op(LocalDate.of(2001, 3, 1)), null);
    }

    @AfterEach
    void afmelden() {
        SecurityContextHolder.clearContext();
        // stop this test's clocks, so that the next test's week shows only its own
        for (KlokStand k : List.of(mijnVrijdag, ggzVerlopen, ggzVolgendeWeek, jeugdDonderdag, mijnInJeugd)) {
            klokken.stop(k.id(), INSPECTEUR, op(LocalDate.of(2001, 3, 20)), null);
        }
        klokken.stop(ggzOpgeschort.id(), INSPECTEUR, op(LocalDate.of(2001, 3, 20)), null);
    }

    private static Instant op(LocalDate datum) {
        return datum.atTime(LocalTime.NOON).atZone(Tijdzone.NEDERLAND).toInstant();
    }

    private KlokStand mdr(LocalDate uiterlijk, Verantwoordelijke wie) {
        LocalDate dag0 = uiterlijk.minusDays(15);
        return klokken.start(
                TestObjecten.nieuw(), "MDR_ERNSTIG_INCIDENT", Startpunt.datum(dag0), null, wie, INSPECTEUR, op(dag0));
    }

    private static void als(String gebruiker, String rol) {
        SecurityContextHolder.getContext()
                .setAuthentication(new TestingAuthenticationToken(gebruiker, "x", "ROLE_" + rol));
    }

    private static List<KlokId> ids(Termijnlijst.Week pagina) {
        return pagina.pagina().items().stream().map(r -> r.klok().id()).toList();
    }

    @Test
    void myListHoldsMyRunningClocksDueThisWeekInDepartmentsIMaySee() {
        als("inspecteur.ggz", "INSPECTEUR");
        Termijnlijst.Week mijn = lijst.dezeWeek(Termijnlijst.Filter.mijnKlokken(), null, 50, WOENSDAG);
        assertThat(mijn.totEnMet()).isEqualTo(LocalDate.of(2001, 3, 18));
        // not next week's, not the one in JEUGD (assigned to me, but outside my department)
        assertThat(ids(mijn)).containsExactly(mijnVrijdag.id());
        Termijnlijst.Regel regel = mijn.pagina().items().get(0);
        assertThat(regel.teLaat()).isFalse();
        assertThat(regel.dagen()).isEqualTo(2);
        assertThat(regel.object()).isNotNull();
        assertThat(regel.object().kenmerk())
                .isEqualTo(TestObjecten.kenmerk(mijnVrijdag.object().id()));
        assertThat(regel.object().url())
                .isEqualTo("/testobjecten/" + mijnVrijdag.object().id());
    }

    @Test
    void aDepartmentsListHoldsItsOverdueAndDueClocksEarliestFirst() {
        als("inspecteur.ggz", "INSPECTEUR");
        Termijnlijst.Week ggz = lijst.dezeWeek(Termijnlijst.Filter.afdeling("GGZ"), null, 50, WOENSDAG);
        assertThat(ids(ggz)).containsExactly(ggzVerlopen.id(), mijnVrijdag.id());
        assertThat(ggz.pagina().items().get(0).teLaat()).isTrue();
        assertThat(ggz.pagina().items().get(0).dagen()).isEqualTo(-4);
        // "all departments" for an inspector of GGZ: the same
        assertThat(ids(lijst.dezeWeek(Termijnlijst.Filter.alle(), null, 50, WOENSDAG)))
                .containsExactly(ggzVerlopen.id(), mijnVrijdag.id());
    }

    @Test
    void needToKnowKeepsOtherDepartmentsOutAndIntakeSeesThemAll() {
        als("inspecteur.ggz", "INSPECTEUR");
        assertThatThrownBy(() -> lijst.dezeWeek(Termijnlijst.Filter.afdeling("JEUGD"), null, 50, WOENSDAG))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> lijst.dezeWeek(Termijnlijst.Filter.afdeling("KANTINE"), null, 50, WOENSDAG))
                .isInstanceOf(Weigering.class)
                .extracting("veld")
                .isEqualTo("afdeling");

        als("intake", "INTAKE");
        List<KlokId> alle = ids(lijst.dezeWeek(Termijnlijst.Filter.alle(), null, 50, WOENSDAG));
        assertThat(alle)
                .containsSubsequence(ggzVerlopen.id(), jeugdDonderdag.id(), mijnVrijdag.id())
                .contains(mijnInJeugd.id())
                .doesNotContain(ggzVolgendeWeek.id(), ggzGestopt.id(), ggzOpgeschort.id());
        assertThat(ids(lijst.dezeWeek(Termijnlijst.Filter.afdeling("JEUGD"), null, 50, WOENSDAG)))
                .containsExactlyInAnyOrder(jeugdDonderdag.id(), mijnInJeugd.id());

        als("privacy", "PRIVACYFUNCTIONARIS");
        assertThatThrownBy(() -> lijst.dezeWeek(Termijnlijst.Filter.alle(), null, 50, WOENSDAG))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void everyObjectShownIsInTheAccessLogAndNothingElse() {
        als("inspecteur.ggz", "INSPECTEUR");
        lijst.dezeWeek(Termijnlijst.Filter.afdeling("GGZ"), null, 50, WOENSDAG);
        String logregel = jdbc.sql("select objecten from logboek.toegangslog where gebruiker = 'inspecteur.ggz'"
                        + " and handeling = 'ZOEKEN' and objecten_json @> ?::jsonb order by volgnummer desc limit 1")
                .param("[{\"type\":\"TESTOBJECT\",\"id\":\""
                        + ggzVerlopen.object().id() + "\"}]")
                .query(String.class)
                .single();
        assertThat(logregel)
                .contains(ggzVerlopen.object().id().toString())
                .contains(mijnVrijdag.object().id().toString())
                .doesNotContain(jeugdDonderdag.object().id().toString())
                .doesNotContain(ggzVolgendeWeek.object().id().toString());
    }

    @Test
    void pagesFollowTheDeadlineOrder() {
        als("inspecteur.ggz", "INSPECTEUR");
        Termijnlijst.Week eerste = lijst.dezeWeek(Termijnlijst.Filter.afdeling("GGZ"), null, 1, WOENSDAG);
        assertThat(ids(eerste)).containsExactly(ggzVerlopen.id());
        assertThat(eerste.pagina().volgende()).isNotNull();
        Termijnlijst.Cursor cursor = Termijnlijst.Cursor.lees(eerste.pagina().volgende());
        Termijnlijst.Week tweede = lijst.dezeWeek(Termijnlijst.Filter.afdeling("GGZ"), cursor, 1, WOENSDAG);
        assertThat(ids(tweede)).containsExactly(mijnVrijdag.id());
        assertThat(tweede.pagina().volgende()).isNull();
        assertThatThrownBy(() -> lijst.dezeWeek(Termijnlijst.Filter.alle(), null, 0, WOENSDAG))
                .isInstanceOf(Weigering.class);
        assertThatThrownBy(() -> Termijnlijst.Cursor.lees("gisteren")).isInstanceOf(Weigering.class);
    }
}
