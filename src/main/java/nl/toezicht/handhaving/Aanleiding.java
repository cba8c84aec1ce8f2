package nl.toezicht.handhaving;

/** Why a measure is taken: a case, the findings of a supervision activity, or a signal. */
public enum Aanleiding {
    ZAAK,
    TOEZICHTACTIVITEIT,
    SIGNAAL;

    public String berichtSleutel() {
        return "maatregel.aanleiding." + name();
    }
}
