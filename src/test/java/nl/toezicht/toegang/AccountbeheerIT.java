package nl.toezicht.toegang;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Timestamp;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import nl.toezicht.Api;
import nl.toezicht.IntegratieTest;
import nl.toezicht.Sessie;
import nl.toezicht.Testklok;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The administrator's account pages (issue 13.11, docs/toegang.md "Account administration"): one rule per
 * test, through the pages as the administrator uses them, checked in the accounts table and the access log.
 */
@IntegratieTest
class AccountbeheerIT {

    static final String WACHTWOORD = "zeven paarden op een rij";
    static final AtomicInteger TELLER = new AtomicInteger();

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Testklok klok;

    @Test
    void theAdministratorCreatesAnAccountWhoseOwnerMustChangeThePasswordFirst() {
        String naam = naam("nieuw");
        Sessie beheerder = beheerder();
        beheerder.get("/beheer/accounts/nieuw");
        Api.Antwoord aangemaakt = beheerder.post(
                "/beheer/accounts",
                Map.of(
                        "gebruikersnaam",
                        naam,
                        "naam",
                        "Nieuwe Inspecteur",
                        "email",
                        naam + "@inspectie.example",
                        "rol",
                        "INSPECTEUR",
                        "afdelingen",
                        "GGZ",
                        "wachtwoord",
                        WACHTWOORD));
        assertThat(aangemaakt.status()).isEqualTo(302);
        assertThat(aangemaakt.header("Location")).endsWith("/beheer/accounts/" + naam + "?aangemaakt=");
        assertThat(jdbc.sql("select rol || ' ' || array_to_string(afdelingen, ',') || ' ' || email || ' '"
                                + " || wachtwoord_wijzigen from toegang.medewerker where gebruikersnaam = ?")
                        .param(naam)
                        .query(String.class)
                        .single())
                .isEqualTo("INSPECTEUR GGZ " + naam + "@inspectie.example true");
        assertThat(logregels(naam, "AANMAKEN")).isEqualTo(1);
        assertThat(beheerder.get("/beheer/accounts/" + naam).tekst()).contains("Nieuwe Inspecteur", "Nooit");

        // the owner logs in and is sent to change the password before anything else, the API included
        Sessie eigenaar = Sessie.op(port);
        eigenaar.get("/inloggen");
        Api.Antwoord login = eigenaar.post("/inloggen", Map.of("username", naam, "password", WACHTWOORD));
        assertThat(login.header("Location")).endsWith("/account/wachtwoord?verplicht");
        assertThat(eigenaar.get("/start").header("Location")).endsWith("/account/wachtwoord?verplicht");
        assertThat(eigenaar.get("/api/v1/zaken").status()).isEqualTo(403);
        assertThat(eigenaar.get("/account/wachtwoord?verplicht").tekst()).contains("Kies eerst een eigen wachtwoord");
        Api.Antwoord gewijzigd = eigenaar.post(
                "/account/wachtwoord",
                Map.of(
                        "huidig",
                        WACHTWOORD,
                        "nieuw",
                        "acht olifanten in de tuin",
                        "herhaling",
                        "acht olifanten in de tuin"));
        assertThat(gewijzigd.status()).isEqualTo(302);
        assertThat(eigenaar.get("/account").status()).isEqualTo(200);
        assertThat(beheerder.get("/beheer/accounts/" + naam).tekst()).doesNotContain("Nooit");
    }

    @Test
    void aTakenUserNameIsRefusedInDutchBesideTheFieldAndChangesNothing() {
        Sessie beheerder = beheerder();
        beheerder.get("/beheer/accounts/nieuw");
        Api.Antwoord dubbel = beheerder.post(
                "/beheer/accounts",
                Map.of("gebruikersnaam", "inspecteur", "naam", "Een Ander", "rol", "JURIST", "wachtwoord", WACHTWOORD));
        assertThat(dubbel.status()).isEqualTo(200);
        assertThat(dubbel.tekst()).contains("id=\"gebruikersnaam-fout\"").contains("is al in gebruik");
        assertThat(jdbc.sql("select rol || ' ' || naam from toegang.medewerker where gebruikersnaam = 'inspecteur'")
                        .query(String.class)
                        .single())
                .startsWith("INSPECTEUR ")
                .doesNotContain("Een Ander");

        Api.Antwoord fout = beheerder.post(
                "/beheer/accounts",
                Map.of("gebruikersnaam", "Met Spatie", "naam", "", "rol", "", "wachtwoord", WACHTWOORD));
        assertThat(fout.tekst()).contains("kleine letters, cijfers");
        assertThat(jdbc.sql("select count(*) from toegang.medewerker where gebruikersnaam = 'Met Spatie'")
                        .query(Integer.class)
                        .single())
                .isZero();
    }

    @Test
    void theAdministratorChangesRoleAndDepartmentsAndTheOldRolesSessionEnds() {
        String naam = account("wijzig", "INSPECTEUR");
        Sessie eigenaar = Sessie.op(port).inloggen(naam);
        assertThat(eigenaar.get("/account").status()).isEqualTo(200);

        Sessie beheerder = beheerder();
        beheerder.get("/beheer/accounts/" + naam);
        Api.Antwoord gewijzigd = beheerder.post(
                "/beheer/accounts/" + naam,
                Map.of("naam", "Nu Jurist", "email", "", "rol", "JURIST", "afdelingen", "JEUGD"));
        assertThat(gewijzigd.status()).isEqualTo(302);
        assertThat(jdbc.sql("select rol || ' ' || array_to_string(afdelingen, ',') from toegang.medewerker"
                                + " where gebruikersnaam = ?")
                        .param(naam)
                        .query(String.class)
                        .single())
                .isEqualTo("JURIST JEUGD");
        assertThat(logdoel(naam)).contains("rol INSPECTEUR -> JURIST").doesNotContain("Nu Jurist");
        assertThat(eigenaar.get("/start").header("Location")).contains("/inloggen");
    }

    @Test
    void disablingEndsTheOpenSessionAndRefusesTheNextLogin() {
        String naam = account("uit", "INSPECTEUR");
        Sessie eigenaar = Sessie.op(port).inloggen(naam);
        assertThat(eigenaar.get("/account").status()).isEqualTo(200);

        Sessie beheerder = beheerder();
        beheerder.get("/beheer/accounts/" + naam);
        assertThat(beheerder
                        .post("/beheer/accounts/" + naam + "/uitschakelen", Map.of())
                        .header("Location"))
                .contains("uitgeschakeld=" + naam)
                .contains("sessies=1");

        assertThat(eigenaar.get("/start").header("Location")).contains("/inloggen");
        Sessie opnieuw = Sessie.op(port);
        opnieuw.get("/inloggen");
        assertThat(opnieuw.post("/inloggen", Map.of("username", naam, "password", Api.WACHTWOORD))
                        .header("Location"))
                .endsWith("/inloggen?error");
        assertThat(logdoel(naam)).isEqualTo("uitgeschakeld");
    }

    @Test
    void theAdministratorCannotDisableTheirOwnAccountNorTheLastAdministrator() {
        Sessie beheerder = beheerder();
        beheerder.get("/beheer/accounts");
        Api.Antwoord eigen = beheerder.post("/beheer/accounts/beheerder/uitschakelen", Map.of());
        assertThat(eigen.status()).isEqualTo(200);
        assertThat(eigen.tekst()).contains("U kunt uw eigen account niet uitschakelen.");

        // the only active administrator may not become something else either
        jdbc.sql(
                        "update toegang.medewerker set actief = false where rol = 'BEHEERDER' and gebruikersnaam <> 'beheerder'")
                .update();
        beheerder.get("/beheer/accounts/beheerder");
        Api.Antwoord laatste = beheerder.post(
                "/beheer/accounts/beheerder", Map.of("naam", "Beheerder", "rol", "INSPECTEUR", "afdelingen", "GGZ"));
        assertThat(laatste.status()).isEqualTo(200);
        assertThat(laatste.tekst()).contains("laatste actieve beheerdersaccount");
        assertThat(jdbc.sql("select rol from toegang.medewerker where gebruikersnaam = 'beheerder'")
                        .query(String.class)
                        .single())
                .isEqualTo("BEHEERDER");

        // with a second administrator, the first may step down (and is logged out: the role changed)
        String tweede = account("beheer", "BEHEERDER");
        Sessie andere = Sessie.op(port).inloggen(tweede);
        andere.get("/beheer/accounts/" + tweede);
        assertThat(andere.post("/beheer/accounts/" + tweede, Map.of("naam", "Gewoon", "rol", "ANALIST"))
                        .status())
                .isEqualTo(302);
    }

    @Test
    void unlockingAndResettingTheSecondFactorAreLoggedWithWhatWasDone() {
        String naam = account("slot", "INSPECTEUR");
        jdbc.sql(
                        "update toegang.medewerker set mislukte_pogingen = 10, geblokkeerd_tot = ?, totp_geheim = 'JBSWY3DPEHPK3PXP'"
                                + " where gebruikersnaam = ?")
                .params(Timestamp.from(klok.instant().plus(1, ChronoUnit.DAYS)), naam)
                .update();
        Sessie beheerder = beheerder();
        String pagina = beheerder.get("/beheer/accounts/" + naam).tekst();
        assertThat(pagina).contains("Tijdelijk geblokkeerd", "Ontgrendelen", "Tweestapsverificatie herstellen");

        assertThat(beheerder
                        .post("/beheer/accounts/" + naam + "/ontgrendelen", Map.of())
                        .status())
                .isEqualTo(302);
        assertThat(logdoel(naam)).isEqualTo("ontgrendeld");
        beheerder.get("/beheer/accounts/" + naam);
        assertThat(beheerder
                        .post("/beheer/accounts/" + naam + "/tweede-factor-herstellen", Map.of())
                        .status())
                .isEqualTo(302);
        assertThat(logdoel(naam)).isEqualTo("tweede factor hersteld");
        assertThat(jdbc.sql("select (geblokkeerd_tot is null) and mislukte_pogingen = 0 and totp_geheim is null"
                                + " from toegang.medewerker where gebruikersnaam = ?")
                        .param(naam)
                        .query(Boolean.class)
                        .single())
                .isTrue();
        assertThat(Sessie.op(port).inloggen(naam).get("/account").status()).isEqualTo(200);
    }

    @Test
    void anotherRoleCannotReachTheAccountPagesAndAnUnknownAccountIsNotFound() {
        assertThat(Api.op(port)
                        .als("inspecteur")
                        .get("/beheer/accounts/inspecteur")
                        .status())
                .isEqualTo(403);
        Sessie beheerder = beheerder();
        assertThat(beheerder.get("/beheer/accounts/bestaat.niet").status()).isEqualTo(404);
        assertThat(jdbc.sql("select count(*) from logboek.toegangslog where handeling = 'INZIEN' and not toegestaan"
                                + " and objecten_json @> '[{\"type\":\"MEDEWERKER\",\"id\":\"bestaat.niet\"}]'::jsonb")
                        .query(Integer.class)
                        .single())
                .isPositive();
    }

    private Sessie beheerder() {
        return Sessie.op(port).als("beheerder");
    }

    private static String naam(String soort) {
        return soort + "." + TELLER.incrementAndGet() + "." + System.nanoTime() % 100_000;
    }

    /** An account with the demo password, as if created earlier. */
    private String account(String soort, String rol) {
        String naam = naam(soort);
        jdbc.sql(
                        "insert into toegang.medewerker (gebruikersnaam, naam, wachtwoord_hash, rol, afdelingen)"
                                + " select ?, ?, wachtwoord_hash, ?, '{GGZ}' from toegang.medewerker where gebruikersnaam = 'inspecteur'")
                .params(naam, "Test " + naam, rol)
                .update();
        return naam;
    }

    private int logregels(String naam, String handeling) {
        return jdbc.sql("select count(*) from logboek.toegangslog where handeling = ? and toegestaan"
                        + " and objecten_json @> ?::jsonb")
                .params(handeling, "[{\"type\":\"MEDEWERKER\",\"id\":\"" + naam + "\"}]")
                .query(Integer.class)
                .single();
    }

    /** The purpose of the latest granted change of the account in the access log. */
    private String logdoel(String naam) {
        return jdbc.sql("select doel from logboek.toegangslog where handeling = 'WIJZIGEN' and toegestaan"
                        + " and objecten_json @> ?::jsonb order by volgnummer desc limit 1")
                .param("[{\"type\":\"MEDEWERKER\",\"id\":\"" + naam + "\"}]")
                .query(String.class)
                .single();
    }
}
