package nl.toezicht.handhaving;

/**
 * The kinds of enforcement measure. Whether a kind is a decision (besluit) open to objection, whether it is
 * announced with an intention first, and whether it counts as running until it ends, are properties of the
 * kind, asked by the flow ({@link Maatregelstroom}) and by the figures.
 */
public enum Maatregelsoort {
    /** A warning: decided and sent. Not a decision under the Awb: no objection. */
    WAARSCHUWING(false, false, false),
    /** An instruction (aanwijzing, Wkkgz art. 27): intention, view of the party, decision, compliance, lifted. */
    AANWIJZING(true, true, true),
    /** An order (bevel, Wkkgz art. 28): immediate, for a number of days, extendable; running until it ends. */
    BEVEL(false, true, true),
    /** An order under penalty (last onder dwangsom, Awb 5:31d-5:39). */
    LAST_ONDER_DWANGSOM(true, true, false),
    /** An administrative fine (bestuurlijke boete, Awb 5:40-5:54): report, intention, view, decision in 13 weeks. */
    BESTUURLIJKE_BOETE(true, true, false),
    /** Enhanced supervision (verscherpt toezicht): started, running, ended. */
    VERSCHERPT_TOEZICHT(false, false, true),
    /** A disciplinary complaint (tuchtklacht) filed with the disciplinary board; its outcome. */
    TUCHTKLACHT(false, false, false);

    private final boolean voornemen;
    private final boolean besluit;
    private final boolean lopend;

    Maatregelsoort(boolean voornemen, boolean besluit, boolean lopend) {
        this.voornemen = voornemen;
        this.besluit = besluit;
        this.lopend = lopend;
    }

    /** Announced by an intention, with a view of the party (zienswijze) before the decision. */
    public boolean kentVoornemen() {
        return voornemen;
    }

    /** A decision under the Awb: open to objection (bezwaar) within six weeks of being made known. */
    public boolean isBesluit() {
        return besluit;
    }

    /** Counts as running (lopend) from its decision until it is lifted or ends (the annual report's figure). */
    public boolean teltAlsLopend() {
        return lopend;
    }

    public String berichtSleutel() {
        return "maatregelsoort." + name();
    }

    /** The name of its letter templates' stem under templates/brieven/ (maatregel-aanwijzing-besluit, ...). */
    public String sjabloonstam() {
        return "maatregel-" + name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }
}
