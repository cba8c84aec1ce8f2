package nl.toezicht.inspecties;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import nl.toezicht.termijnen.Objectbeschrijving;
import nl.toezicht.termijnen.Objectbeschrijvingen;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** How the clock lists show an activity whose report waits for the provider's view: linked to the report. */
@Component
class Activiteitbeschrijvingen implements Objectbeschrijvingen {

    private final JdbcClient jdbc;

    Activiteitbeschrijvingen(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public String objecttype() {
        return Rapportage.OBJECTTYPE;
    }

    @Override
    public Map<UUID, Objectbeschrijving> beschrijf(Set<UUID> ids) {
        Map<UUID, Objectbeschrijving> uit = new HashMap<>();
        if (ids.isEmpty()) {
            return uit;
        }
        jdbc.sql("select id, referentie from inspecties.toezichtactiviteit where id = any(?)")
                .param(ids.toArray(UUID[]::new))
                .query((java.sql.ResultSet rs) -> {
                    UUID id = rs.getObject("id", UUID.class);
                    uit.put(
                            id,
                            new Objectbeschrijving(
                                    rs.getString("referentie"),
                                    "Zienswijze op het inspectierapport",
                                    "/inspecties/activiteiten/" + id + "/rapport"));
                });
        return uit;
    }
}
