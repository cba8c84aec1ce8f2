package nl.toezicht.zaken;

import nl.toezicht.toegang.Recht;
import nl.toezicht.toegang.Toegangsverklaring;
import org.springframework.stereotype.Component;

/** The rights of module zaken; its pages and API are for any logged-in account, the services decide. */
@Component
public final class ZaakRechten implements Toegangsverklaring {

    /** Reading cases and the work queue (of the departments one may see). */
    public static final Recht INZIEN = Recht.van("zaken.inzien");

    /** Taking a step of the case flow, assigning an inspector. */
    public static final Recht BEHANDELEN = Recht.van("zaken.behandelen");

    /** Joining a notification to another case. */
    public static final Recht SAMENVOEGEN = Recht.van("zaken.samenvoegen");
}
