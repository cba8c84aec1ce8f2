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

    /** Adding an internal note to a case (never shown to the provider or the reporter). */
    public static final Recht NOTEREN = Recht.van("zaken.noteren");

    /** Giving a task on a case to a person or a department. */
    public static final Recht TAKEN_TOEWIJZEN = Recht.van("zaken.taken-toewijzen");

    /** Marking a task done or cancelled (one's own, one's department's, or one that one gave). */
    public static final Recht TAKEN_AFHANDELEN = Recht.van("zaken.taken-afhandelen");

    /** Approving or sending back a closing someone else asked for (four eyes). */
    public static final Recht SLUITEN_BEOORDELEN = Recht.van("zaken.sluiten-beoordelen");

    /** Opening a closed case again, with a reason. */
    public static final Recht HEROPENEN = Recht.van("zaken.heropenen");

    /** Moving an open case to another department (issue 13 item 7). */
    public static final Recht OVERDRAGEN = Recht.van("zaken.overdragen");

    /**
     * Splitting a wrongly linked notification off a case (issue 13 item 8); who does not also join notifications
     * (the intake desk) may do so only on a case assigned to them.
     */
    public static final Recht SPLITSEN = Recht.van("zaken.splitsen");
}
