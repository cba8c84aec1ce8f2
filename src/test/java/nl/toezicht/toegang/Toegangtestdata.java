package nl.toezicht.toegang;

import java.time.Duration;
import org.springframework.jdbc.core.simple.JdbcClient;

/** For tests of other modules: staff and break-the-glass states that the pages cannot make, on this module's tables. */
public final class Toegangtestdata {

    private Toegangtestdata() {}

    /** A legal staff member of one department ({@code jurist.ggz}, the demo jurist's password); once. */
    public static void juristVanGgz(JdbcClient jdbc) {
        jdbc.sql("insert into toegang.medewerker (gebruikersnaam, naam, wachtwoord_hash, rol, afdelingen) "
                        + "select 'jurist.ggz', 'Jurist GGZ', wachtwoord_hash, 'JURIST', '{GGZ}' "
                        + "from toegang.medewerker where gebruikersnaam = 'jurist' on conflict do nothing")
                .update();
    }

    /** An account with the role, departments and password of {@code voorbeeld}, under another name. */
    public static void zoals(JdbcClient jdbc, String voorbeeld, String gebruikersnaam, String naam) {
        jdbc.sql("insert into toegang.medewerker (gebruikersnaam, naam, wachtwoord_hash, rol, afdelingen)"
                        + " select ?, ?, wachtwoord_hash, rol, afdelingen from toegang.medewerker"
                        + " where gebruikersnaam = ?")
                .params(gebruikersnaam, naam, voorbeeld)
                .update();
    }

    /** Moves a user's break-the-glass grants back in time, as if {@code geleden} had passed. */
    public static void doorbrekingenVan(JdbcClient jdbc, String gebruiker, Duration geleden) {
        jdbc.sql("update toegang.doorbreking set tijdstip = tijdstip - make_interval(secs => ?), "
                        + "geldig_tot = geldig_tot - make_interval(secs => ?) where gebruiker = ?")
                .params(geleden.toSeconds(), geleden.toSeconds(), gebruiker)
                .update();
    }
}
