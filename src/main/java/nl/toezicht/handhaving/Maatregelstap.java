package nl.toezicht.handhaving;

/** The steps of a measure's flow ({@link Maatregelstroom}). */
public enum Maatregelstap {
    OPSTELLEN,
    VOORNEMEN_VERZENDEN,
    BESLUIT_VERZENDEN,
    NALEVING_VASTSTELLEN,
    NIET_NALEVING_VASTSTELLEN,
    VERBEURTE_VASTSTELLEN,
    INVORDERING_VERZENDEN,
    BETALING_VASTLEGGEN,
    AFSCHRIJVEN,
    AFRONDEN,
    BEVEL_VERLENGEN,
    UITSPRAAK_VASTLEGGEN,
    OPHEFFEN,
    BEZWAAR_ONTVANGEN,
    BEZWAAR_GEGROND,
    BEZWAAR_ONGEGROND,
    INTREKKEN;

    public String berichtSleutel() {
        return "maatregelstap." + name();
    }

    /** The steps that send a letter, signed under mandate. */
    public boolean isBrief() {
        return this == VOORNEMEN_VERZENDEN || this == BESLUIT_VERZENDEN || this == INVORDERING_VERZENDEN;
    }
}
