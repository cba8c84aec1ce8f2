package nl.toezicht.zaken;

/** Why a case was closed; required on closing, and counted in the annual figures. */
public enum Sluitreden {
    GEEN_VERVOLG,
    ONDERZOEK_VOLDOENDE,
    MAATREGEL_VOORGESTELD,
    DOORVERWEZEN,
    /** Set by the system only: the case's notifications were joined to another case. */
    SAMENGEVOEGD;

    public boolean isHandmatig() {
        return this != SAMENGEVOEGD;
    }

    public String berichtSleutel() {
        return "sluitreden." + name();
    }
}
