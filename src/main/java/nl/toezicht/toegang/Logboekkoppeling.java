package nl.toezicht.toegang;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import nl.toezicht.logboek.Logboekgebruikers;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * What the access log asks of the accounts: who its users are (for a whole group of entries in one query)
 * and whether the logged-in user may read it. Kept apart from {@link Toegangsbeleid}, which logs through
 * the writer that calls this.
 */
@Component
class Logboekkoppeling implements Logboekgebruikers {

    private final JdbcClient jdbc;
    private final Medewerkers medewerkers;
    private final Rechtentabel rechten;

    Logboekkoppeling(JdbcClient jdbc, Medewerkers medewerkers, Rechtentabel rechten) {
        this.jdbc = jdbc;
        this.medewerkers = medewerkers;
        this.rechten = rechten;
    }

    @Override
    public Map<String, Gebruiker> vind(Set<String> gebruikersnamen) {
        Map<String, Gebruiker> gevonden = new HashMap<>();
        jdbc.sql("select gebruikersnaam, naam, rol, afdelingen from toegang.medewerker where gebruikersnaam = any(?)")
                .param(gebruikersnamen.toArray(String[]::new))
                .query(rs -> {
                    gevonden.put(
                            rs.getString("gebruikersnaam"),
                            new Gebruiker(rs.getString("naam"), rs.getString("rol"), Arrays.asList((String[])
                                    rs.getArray("afdelingen").getArray())));
                });
        return gevonden;
    }

    @Override
    public boolean magLogLezen() {
        return rechten.heeft(medewerkers.huidige().rol(), ToegangRechten.TOEGANGSLOG_LEZEN);
    }
}
