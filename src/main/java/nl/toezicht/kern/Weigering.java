package nl.toezicht.kern;

/**
 * A domain rule refuses a command (an illegal transition, a duplicate KvK number). Carries a message key
 * so the refusal reaches the user in their language; ends as a 409 problem (or 422 where {@link #status}
 * says so).
 */
public class Weigering extends RuntimeException {

    private final String berichtSleutel;
    private final Object[] argumenten;
    private final int status;
    private final String veld;

    public Weigering(String berichtSleutel, Object... argumenten) {
        this(409, null, berichtSleutel, argumenten);
    }

    private Weigering(int status, String veld, String berichtSleutel, Object... argumenten) {
        super(berichtSleutel);
        this.berichtSleutel = berichtSleutel;
        this.argumenten = argumenten;
        this.status = status;
        this.veld = veld;
    }

    /** A refusal about one input field (422 Unprocessable Content). */
    public static Weigering opVeld(String veld, String berichtSleutel, Object... argumenten) {
        return new Weigering(422, veld, berichtSleutel, argumenten);
    }

    public String berichtSleutel() {
        return berichtSleutel;
    }

    public Object[] argumenten() {
        return argumenten.clone();
    }

    public int status() {
        return status;
    }

    /** The input field concerned, or null when the refusal is about the whole request. */
    public String veld() {
        return veld;
    }
}
