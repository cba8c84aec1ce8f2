package nl.toezicht.toegang.aanmelden;

import java.util.EnumMap;
import java.util.Map;
import nl.toezicht.toegang.Rol;

/**
 * Where each role starts: the page of its daily work, after logging in and behind {@code /start} (the logo).
 * One table, so no role lands on a page it may not open (issue 11, defect 16).
 */
public final class Startpagina {

    /** Behind the logo and after logging in: redirects to the page of the user's role. */
    public static final String PAD = "/start";

    private static final Map<Rol, String> PER_ROL = new EnumMap<>(Rol.class);

    static {
        // the intake desk's work: notifications not yet linked to a care provider
        PER_ROL.put(Rol.INTAKE, "/meldingen?ongekoppeld=true");
        // own cases by deadline and the clocks due this week
        PER_ROL.put(Rol.INSPECTEUR, "/mijn-werk");
        // legal staff prepare and sign enforcement measures (issue 15)
        PER_ROL.put(Rol.JURIST, "/handhaving");
        PER_ROL.put(Rol.ANALIST, "/cijfers");
        // break-the-glass accesses to review; the access log is one tab away
        PER_ROL.put(Rol.PRIVACYFUNCTIONARIS, "/privacy/doorbrekingen");
        PER_ROL.put(Rol.BEHEERDER, "/beheer");
        PER_ROL.put(Rol.KADEREIGENAAR, "/inspecties/kaders");
        PER_ROL.put(Rol.ZORGAANBIEDER, "/mijn-meldingen");
    }

    private Startpagina() {}

    public static String van(Rol rol) {
        return PER_ROL.get(rol);
    }
}
