package nl.toezicht.logboek;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * How the owner of an object kind names its objects in the access log as the privacy officer reads it (SPI):
 * the reference people quote ({@code Z-2026-000123}) instead of the internal id. One bean per object type;
 * without one the log shows the id. Gives only the reference, which says nothing about a patient.
 */
public interface Logobjectkenmerken {

    /** The object type as in {@link Logobject#type()}, e.g. {@code ZAAK}. */
    String objecttype();

    /** The references of these ids, in one query; ids that are not (or no longer) there are left out. */
    Map<String, String> kenmerken(Set<String> ids);

    /**
     * The usual bean: one query of the owner's, with the ids as a {@code uuid[]} parameter, answering the
     * columns {@code id} and {@code referentie}. Ids that are no UUID are left out before asking.
     */
    static Logobjectkenmerken uit(String objecttype, JdbcClient jdbc, String sql) {
        return new Logobjectkenmerken() {
            @Override
            public String objecttype() {
                return objecttype;
            }

            @Override
            public Map<String, String> kenmerken(Set<String> ids) {
                UUID[] uuids = ids.stream()
                        .map(Logobjectkenmerken::alsUuid)
                        .filter(java.util.Objects::nonNull)
                        .toArray(UUID[]::new);
                Map<String, String> kenmerken = new HashMap<>();
                if (uuids.length > 0) {
                    jdbc.sql(sql).param(uuids).query(rs -> {
                        kenmerken.put(rs.getString("id"), rs.getString("referentie"));
                    });
                }
                return kenmerken;
            }
        };
    }

    private static @Nullable UUID alsUuid(String id) {
        try {
            return UUID.fromString(id);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
