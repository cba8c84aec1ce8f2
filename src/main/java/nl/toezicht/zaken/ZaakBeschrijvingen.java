package nl.toezicht.zaken;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import nl.toezicht.termijnen.Objectbeschrijving;
import nl.toezicht.termijnen.Objectbeschrijvingen;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** How the "due this week" lists of module termijnen show a case's clock: reference, kind, link to the page. */
@Component
class ZaakBeschrijvingen implements Objectbeschrijvingen {

    private final JdbcClient jdbc;
    private final MessageSource berichten;

    ZaakBeschrijvingen(JdbcClient jdbc, MessageSource berichten) {
        this.jdbc = jdbc;
        this.berichten = berichten;
    }

    @Override
    public String objecttype() {
        return Zaakklokken.OBJECTTYPE;
    }

    @Override
    public Map<UUID, Objectbeschrijving> beschrijf(Set<UUID> ids) {
        Map<UUID, Objectbeschrijving> beschreven = new HashMap<>();
        if (ids.isEmpty()) {
            return beschreven;
        }
        jdbc.sql("select id, referentie, soort from zaken.zaak where id = any(?)")
                .param(ids.toArray(UUID[]::new))
                .query(rs -> {
                    UUID id = rs.getObject("id", UUID.class);
                    String soort = berichten.getMessage(
                            "zaken.soort." + rs.getString("soort"), null, LocaleContextHolder.getLocale());
                    beschreven.put(id, new Objectbeschrijving(rs.getString("referentie"), soort, "/zaken/" + id));
                });
        return beschreven;
    }
}
