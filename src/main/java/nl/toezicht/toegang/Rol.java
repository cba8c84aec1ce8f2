package nl.toezicht.toegang;

/** Staff roles. Care providers and citizens reach only public pages and their own status link. */
public enum Rol {
    INTAKE,
    INSPECTEUR,
    BEHEERDER;

    public String authority() {
        return "ROLE_" + name();
    }
}
