package nl.toezicht.meldingen;

/** Kind of sexual misconduct (seksueel grensoverschrijdend gedrag), as counted in the annual figures. */
public enum SggSoort {
    PROFESSIONAL_BETROKKEN,
    TUSSEN_CLIENTEN,
    OVERIG
}
