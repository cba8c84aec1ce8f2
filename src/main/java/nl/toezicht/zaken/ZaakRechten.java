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

    /** Suspending the case's clock on one of its kind's grounds, and resuming it. */
    public static final Recht TERMIJN_OPSCHORTEN = Recht.van("zaken.termijn-opschorten");

    /** Extending the case's clock under one of its kind's rules (the rule may still ask for a role). */
    public static final Recht TERMIJN_VERLENGEN = Recht.van("zaken.termijn-verlengen");
}
