package nl.toezicht.termijnen;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.springframework.stereotype.Component;

/**
 * How a module that owns objects describes them to the clock lists, as the tests see it: every
 * {@value #TYPE} object is "T-" and the start of its id, with a link to its (non-existent) page.
 */
@Component
class TestObjecten implements Objectbeschrijvingen {

    static final String TYPE = "TESTOBJECT";

    static Objectverwijzing nieuw() {
        return new Objectverwijzing(TYPE, UUID.randomUUID());
    }

    static String kenmerk(UUID id) {
        return "T-" + id.toString().substring(0, 8);
    }

    @Override
    public String objecttype() {
        return TYPE;
    }

    @Override
    public Map<UUID, Objectbeschrijving> beschrijf(Set<UUID> ids) {
        Map<UUID, Objectbeschrijving> beschreven = new HashMap<>();
        for (UUID id : ids) {
            beschreven.put(id, new Objectbeschrijving(kenmerk(id), "Testobject", "/testobjecten/" + id));
        }
        return beschreven;
    }
}
