package nl.toezicht.inspecties;

/** Where a framework version is: a draft the owner edits, or published and never changed again. */
public enum Kaderstatus {
    CONCEPT,
    GEPUBLICEERD;

    public String berichtSleutel() {
        return "kader.status." + name();
    }
}
