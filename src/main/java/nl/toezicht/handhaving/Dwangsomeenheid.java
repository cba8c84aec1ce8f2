package nl.toezicht.handhaving;

/** What the penalty of an order under penalty is forfeited per (Awb 5:32b lid 1). */
public enum Dwangsomeenheid {
    PER_OVERTREDING,
    PER_DAG,
    PER_WEEK;

    public String berichtSleutel() {
        return "dwangsomeenheid." + name();
    }
}
