package nl.toezicht.toegang.aanmelden;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import nl.toezicht.kern.Stuurtekens;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.stereotype.Component;

/**
 * Lock-out per account, kept in the database so that it holds across instances and restarts: from the
 * n-th failed login in a row (password or second factor) the account refuses every login for a while,
 * doubling with each further failure up to a ceiling (see {@link AanmeldProperties.Blokkade}). A locked
 * account answers exactly as a wrong password or an unknown account does, so the login page reveals
 * neither whether an account exists nor whether it is locked.
 */
@Component
public class Aanmeldpogingen {

    private final JdbcClient jdbc;
    private final Clock clock;
    private final AanmeldProperties.Blokkade regel;

    Aanmeldpogingen(JdbcClient jdbc, Clock clock, AanmeldProperties properties) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.regel = properties.blokkade();
    }

    /** Whether the account refuses logins now. */
    public boolean geblokkeerd(String gebruikersnaam) {
        return jdbc.sql("select count(*) from toegang.medewerker where gebruikersnaam = ? and geblokkeerd_tot > ?")
                        .params(gebruikersnaam, nu())
                        .query(Integer.class)
                        .single()
                > 0;
    }

    /** Counts a failed login (wrong password or wrong code); locks the account when the rule says so. */
    public void mislukt(String gebruikersnaam) {
        if (Stuurtekens.bevat(gebruikersnaam)) {
            return; // no account has such a name (and PostgreSQL refuses U+0000)
        }
        Integer pogingen = jdbc.sql("update toegang.medewerker set mislukte_pogingen = mislukte_pogingen + 1 "
                        + "where gebruikersnaam = ? returning mislukte_pogingen")
                .param(gebruikersnaam)
                .query(Integer.class)
                .optional()
                .orElse(null);
        if (pogingen != null && pogingen >= regel.vanafPoging()) {
            jdbc.sql("update toegang.medewerker set geblokkeerd_tot = ? where gebruikersnaam = ?")
                    .params(nu().plus(blokkade(pogingen)), gebruikersnaam)
                    .update();
        }
    }

    /**
     * A complete login (password and, where required, the second factor): the count starts again. A
     * correct password alone does not reset it, or a thief of the password could try codes for ever.
     */
    public void gelukt(String gebruikersnaam) {
        jdbc.sql("update toegang.medewerker set mislukte_pogingen = 0, geblokkeerd_tot = null, laatst_ingelogd = ? "
                        + "where gebruikersnaam = ?")
                .params(nu(), gebruikersnaam)
                .update();
    }

    /** How long the account is locked after this many failures in a row. */
    Duration blokkade(int pogingen) {
        int verdubbelingen = Math.min(pogingen - regel.vanafPoging(), 20);
        Duration duur = regel.eerste().multipliedBy(1L << verdubbelingen);
        return duur.compareTo(regel.hoogstens()) > 0 ? regel.hoogstens() : duur;
    }

    @EventListener
    void onFailure(AuthenticationFailureBadCredentialsEvent event) {
        mislukt(event.getAuthentication().getName());
    }

    private OffsetDateTime nu() {
        return OffsetDateTime.ofInstant(Instant.now(clock), ZoneOffset.UTC);
    }
}
