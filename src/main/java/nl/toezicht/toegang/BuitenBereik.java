package nl.toezicht.toegang;

import nl.toezicht.kern.NietGevonden;
import nl.toezicht.logboek.Logobject;

/**
 * An object outside the user's need-to-know: answered exactly as an object that does not exist (404), so
 * that ids cannot be probed (ASVS 8.2.2). The refusal is already in the access log.
 */
public class BuitenBereik extends NietGevonden {

    BuitenBereik(String type, Logobject... objecten) {
        super("object." + type.toLowerCase(java.util.Locale.ROOT), objecten.length == 0 ? "" : objecten[0].id());
    }
}
