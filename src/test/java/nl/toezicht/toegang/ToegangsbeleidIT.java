package nl.toezicht.toegang;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import nl.toezicht.Api;
import nl.toezicht.IntegratieTest;
import nl.toezicht.kern.NietGevonden;
import nl.toezicht.kern.Zorgsector;
import nl.toezicht.logboek.Handeling;
import nl.toezicht.logboek.Logobject;
import nl.toezicht.meldingen.MeldingRechten;
import nl.toezicht.zaken.ZaakRechten;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.TestingAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * The one sequence "check the right, load, check need-to-know, log" ({@link Toegangsbeleid#handel}): each
 * outcome answers as the matrix expects and leaves exactly its entry in the access log.
 */
@IntegratieTest
class ToegangsbeleidIT {

    @Autowired
    Toegangsbeleid beleid;

    @Autowired
    JdbcClient jdbc;

    @LocalServerPort
    int port;

    /** A thing of a department, as a module would load it. */
    record Ding(UUID id, Zorgsector afdeling) {}

    record Regel(String handeling, boolean toegestaan, String objecten) {}

    @AfterEach
    void niemand() {
        SecurityContextHolder.clearContext();
    }

    private static void als(String gebruiker, Rol rol) {
        SecurityContextHolder.getContext()
                .setAuthentication(new TestingAuthenticationToken(gebruiker, "x", rol.authority()));
    }

    private List<Regel> log(UUID object) {
        return jdbc.sql("select handeling, toegestaan, objecten from logboek.toegangslog "
                        + "where objecten_json @> ?::jsonb order by volgnummer")
                .param("[{\"id\": \"" + object + "\"}]")
                .query((rs, i) -> new Regel(rs.getString(1), rs.getBoolean(2), rs.getString(3)))
                .list();
    }

    private Ding lees(Ding ding, UUID toont) {
        return beleid.lees(
                ZaakRechten.INZIEN,
                Logobject.zaak(ding.id()),
                () -> Optional.of(ding),
                Ding::afdeling,
                d -> List.of(Logobject.zaak(d.id()), Logobject.melding(toont, "pseudoniem")));
    }

    @Test
    void grantedIsLoggedWithWhatTheAnswerShows() {
        als("inspecteur.ggz", Rol.INSPECTEUR);
        Ding ding = new Ding(UUID.randomUUID(), Zorgsector.GGZ);
        UUID melding = UUID.randomUUID();

        assertThat(lees(ding, melding)).isEqualTo(ding);

        List<Regel> regels = log(ding.id());
        assertThat(regels)
                .extracting(Regel::handeling, Regel::toegestaan)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("INZIEN", true));
        assertThat(regels.get(0).objecten()).contains(melding.toString()).contains("\"patient\":\"pseudoniem\"");
    }

    @Test
    void aRoleWithoutTheRightIsRefused403AndLoggedWithWhatWasAsked() {
        als("privacy", Rol.PRIVACYFUNCTIONARIS);
        Ding ding = new Ding(UUID.randomUUID(), Zorgsector.GGZ);
        UUID melding = UUID.randomUUID();

        assertThatThrownBy(() -> lees(ding, melding)).isInstanceOf(AccessDeniedException.class);

        assertThat(log(ding.id()))
                .extracting(Regel::handeling, Regel::toegestaan)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("INZIEN", false));
        assertThat(log(melding))
                .as("the loader did not run: nothing it shows is logged")
                .isEmpty();
    }

    @Test
    void anUnknownIdIsNotFoundAndLoggedAsDenied() {
        als("inspecteur.ggz", Rol.INSPECTEUR);
        UUID onbekend = UUID.randomUUID();

        assertThatThrownBy(() -> beleid.wijzig(
                        ZaakRechten.BEHANDELEN,
                        Logobject.zaak(onbekend),
                        Optional::<Ding>empty,
                        Ding::afdeling,
                        d -> List.of(Logobject.zaak(d.id()))))
                .isInstanceOf(NietGevonden.class)
                .isNotInstanceOf(BuitenBereik.class)
                .satisfies(e -> assertThat(((NietGevonden) e).soort()).isEqualTo("object.zaak"));

        assertThat(log(onbekend))
                .extracting(Regel::handeling, Regel::toegestaan)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("WIJZIGEN", false));
    }

    @Test
    void aLoaderThatFindsAPartMissingIsLoggedAsDeniedAndItsOwnAnswerKept() {
        als("intake", Rol.INTAKE);
        UUID doel = UUID.randomUUID();
        UUID melding = UUID.randomUUID();

        assertThatThrownBy(() -> beleid.handel(
                        Handeling.SAMENVOEGEN,
                        ZaakRechten.SAMENVOEGEN,
                        List.of(Logobject.zaak(doel), Logobject.melding(melding, null)),
                        () -> {
                            throw new NietGevonden("object.melding", melding);
                        },
                        (Ding d) -> d.afdeling(),
                        d -> List.of(Logobject.zaak(d.id()))))
                .isInstanceOfSatisfying(
                        NietGevonden.class, e -> assertThat(e.soort()).isEqualTo("object.melding"));

        assertThat(log(melding))
                .extracting(Regel::handeling, Regel::toegestaan)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("SAMENVOEGEN", false));
    }

    @Test
    void outsideOnesDepartmentsIsNotFoundAndLoggedWithWhatItWouldHaveShown() {
        als("inspecteur.ggz", Rol.INSPECTEUR);
        Ding elders = new Ding(UUID.randomUUID(), Zorgsector.JEUGD);
        UUID melding = UUID.randomUUID();

        assertThatThrownBy(() -> lees(elders, melding)).isInstanceOf(BuitenBereik.class);

        assertThat(log(elders.id())).extracting(Regel::toegestaan).containsExactly(false);
        assertThat(log(melding)).extracting(Regel::toegestaan).containsExactly(false);
    }

    @Test
    void withoutADepartmentTheLoaderDecidesWhatExists() {
        als("zorgaanbieder", Rol.ZORGAANBIEDER);
        UUID eigen = UUID.randomUUID();

        UUID gelezen = beleid.lees(
                MeldingRechten.PORTAAL,
                Logobject.melding(eigen, null),
                () -> Optional.of(eigen),
                id -> List.of(Logobject.melding(id, null)));

        assertThat(gelezen).isEqualTo(eigen);
        assertThat(log(eigen)).extracting(Regel::toegestaan).containsExactly(true);
    }

    @Test
    void linkingAnUnknownNotificationIsNotFoundAndNowLoggedAsDenied() {
        UUID onbekend = UUID.randomUUID();
        Api.Antwoord antwoord = Api.op(port)
                .als("intake")
                .postJson(
                        "/api/v1/meldingen/" + onbekend + "/zorgaanbieder",
                        "{\"zorgaanbiederId\":\"" + UUID.randomUUID() + "\"}");

        assertThat(antwoord.status()).isEqualTo(404);
        assertThat(log(onbekend))
                .extracting(Regel::handeling, Regel::toegestaan)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("WIJZIGEN", false));
    }

    @Test
    void anUnknownAttachmentIsNotFoundAndNowLoggedAsDenied() {
        UUID melding = UUID.fromString(Api.op(port)
                .postJson("/api/v1/meldingen", nl.toezicht.Autorisatiematrix.meldingJson())
                .json()
                .get("id")
                .asString());
        UUID bijlage = UUID.randomUUID();

        assertThat(Api.op(port)
                        .als("intake")
                        .get("/api/v1/meldingen/" + melding + "/bijlagen/" + bijlage)
                        .status())
                .isEqualTo(404);
        assertThat(log(bijlage))
                .extracting(Regel::handeling, Regel::toegestaan)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("INZIEN", false));
    }
}
