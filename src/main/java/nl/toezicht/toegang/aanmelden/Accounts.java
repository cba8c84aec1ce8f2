package nl.toezicht.toegang.aanmelden;

import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import nl.toezicht.kern.NietGevonden;
import nl.toezicht.kern.Weigering;
import nl.toezicht.toegang.Rol;
import nl.toezicht.toegang.ToegangRechten;
import nl.toezicht.toegang.Toegangsbeleid;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * The administrator's view of the accounts: who can log in, and switching an account off (someone left,
 * a password or phone was stolen) or on again. Switching off refuses every further login, local or
 * through the identity provider, and ends the account's open sessions on every instance.
 */
@Service
public class Accounts {

    /** One account as the administrator sees it. */
    public record Account(
            String gebruikersnaam,
            String naam,
            Rol rol,
            String herkomst,
            boolean actief,
            boolean geblokkeerd,
            int sessies) {}

    private final JdbcClient jdbc;
    private final Sessies sessies;
    private final Toegangsbeleid beleid;
    private final Clock clock;

    Accounts(JdbcClient jdbc, Sessies sessies, Toegangsbeleid beleid, Clock clock) {
        this.jdbc = jdbc;
        this.sessies = sessies;
        this.beleid = beleid;
        this.clock = clock;
    }

    public List<Account> lijst() {
        beleid.eis(ToegangRechten.ACCOUNTS_BEHEREN);
        long nu = clock.millis();
        return jdbc.sql("""
                        select m.gebruikersnaam, m.naam, m.rol, m.herkomst, m.actief,
                               coalesce(m.geblokkeerd_tot > :nu, false) as geblokkeerd,
                               (select count(*) from toegang.spring_session s
                                 where s.principal_name = m.gebruikersnaam and s.expiry_time > :millis) as sessies
                        from toegang.medewerker m order by m.gebruikersnaam""")
                .param("nu", OffsetDateTime.ofInstant(Instant.ofEpochMilli(nu), ZoneOffset.UTC))
                .param("millis", nu)
                .query((rs, i) -> new Account(
                        rs.getString("gebruikersnaam"),
                        rs.getString("naam"),
                        Rol.valueOf(rs.getString("rol")),
                        rs.getString("herkomst"),
                        rs.getBoolean("actief"),
                        rs.getBoolean("geblokkeerd"),
                        rs.getInt("sessies")))
                .list();
    }

    /**
     * Refuses further logins, then ends the account's sessions; returns how many sessions were ended. In
     * that order and each committed on its own: a login between the two is refused, so no session
     * outlives the switch.
     */
    public int schakelUit(String gebruikersnaam) {
        beleid.eis(ToegangRechten.ACCOUNTS_BEHEREN);
        if (gebruikersnaam.equals(beleid.ik().gebruikersnaam())) {
            throw new Weigering("account.uitschakelen.zichzelf");
        }
        zet(gebruikersnaam, false);
        return sessies.beeindigAlle(gebruikersnaam);
    }

    public void schakelIn(String gebruikersnaam) {
        beleid.eis(ToegangRechten.ACCOUNTS_BEHEREN);
        zet(gebruikersnaam, true);
    }

    private void zet(String gebruikersnaam, boolean actief) {
        int gewijzigd = jdbc.sql("update toegang.medewerker set actief = ? where gebruikersnaam = ?")
                .params(actief, gebruikersnaam)
                .update();
        if (gewijzigd == 0) {
            throw new NietGevonden("object.medewerker", gebruikersnaam);
        }
    }
}
