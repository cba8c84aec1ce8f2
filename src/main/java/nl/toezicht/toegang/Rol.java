package nl.toezicht.toegang;

/**
 * Roles of accounts. Citizens have no account: they reach the public forms and their own status page
 * behind a private link. A care-provider user ({@link #ZORGAANBIEDER}) acts for the providers whose KvK
 * numbers its account holds.
 */
public enum Rol {
    /** Intake desk: receives, links and routes notifications over all departments. */
    INTAKE,
    /** Inspector: handles the cases of their own department(s). */
    INSPECTEUR,
    /** Legal and enforcement staff: measures, objections; cases of their own department(s). */
    JURIST,
    /** Analyst: pseudonymised data and unrounded figures only, never a patient's identity. */
    ANALIST,
    /** Privacy officer: reviews the access log and break-the-glass accesses, answers AVG art. 15 requests. */
    PRIVACYFUNCTIONARIS,
    /** Administrator: accounts, register maintenance, imports. */
    BEHEERDER,
    /** Framework owner: writes, imports and publishes the assessment frameworks (no cases, no activities). */
    KADEREIGENAAR,
    /** A care provider's user: its own notifications and their status only. */
    ZORGAANBIEDER;

    public String authority() {
        return "ROLE_" + name();
    }
}
