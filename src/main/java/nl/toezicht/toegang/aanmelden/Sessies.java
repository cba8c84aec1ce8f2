package nl.toezicht.toegang.aanmelden;

import java.util.Map;
import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.session.Session;
import org.springframework.stereotype.Component;

/**
 * The login sessions of an account, wherever they were made: they live in PostgreSQL (Spring Session
 * JDBC, docs/decisions/0025), indexed by user name, so ending them here ends them on every instance at
 * the next request.
 */
@Component
public class Sessies {

    private final FindByIndexNameSessionRepository<? extends Session> sessies;

    Sessies(FindByIndexNameSessionRepository<? extends Session> sessies) {
        this.sessies = sessies;
    }

    /** Ends every session of the account; returns how many there were. */
    public int beeindigAlle(String gebruikersnaam) {
        return beeindig(gebruikersnaam, null);
    }

    /** Ends every session of the account but the given one (after a password change). */
    public int beeindigAndere(String gebruikersnaam, String behalve) {
        return beeindig(gebruikersnaam, behalve);
    }

    /** How many sessions the account has open. */
    public int aantal(String gebruikersnaam) {
        return sessies.findByPrincipalName(gebruikersnaam).size();
    }

    private int beeindig(String gebruikersnaam, @org.jspecify.annotations.Nullable String behalve) {
        Map<String, ? extends Session> open = sessies.findByPrincipalName(gebruikersnaam);
        int beeindigd = 0;
        for (String id : open.keySet()) {
            if (!id.equals(behalve)) {
                sessies.deleteById(id);
                beeindigd++;
            }
        }
        return beeindigd;
    }
}
