package nl.toezicht.kern;

import org.jspecify.annotations.Nullable;

/**
 * A domain rule refuses a command (an illegal transition, a duplicate KvK number). Carries a message key
 * so the refusal reaches the user in their language, and the input field it concerns when it is about one
 * ({@link #opVeld}). What that becomes on the wire is the web layer's business ({@code ApiProblemAdvice}).
 */
public class Weigering extends RuntimeException {

    private final String berichtSleutel;
    private final Object[] argumenten;
    private final @Nullable String veld;

    /** A refusal about the state of things (the case is closed, the number is taken). */
    public Weigering(String berichtSleutel, Object... argumenten) {
        this(null, berichtSleutel, argumenten);
    }

    private Weigering(@Nullable String veld, String berichtSleutel, Object... argumenten) {
        super(berichtSleutel);
        this.berichtSleutel = berichtSleutel;
        this.argumenten = argumenten;
        this.veld = veld;
    }

    /** A refusal about one input field: what was entered cannot be accepted. */
    public static Weigering opVeld(String veld, String berichtSleutel, Object... argumenten) {
        return new Weigering(veld, berichtSleutel, argumenten);
    }

    public String berichtSleutel() {
        return berichtSleutel;
    }

    public Object[] argumenten() {
        return argumenten.clone();
    }

    /** The input field concerned, or null when the refusal is about the whole request. */
    public @Nullable String veld() {
        return veld;
    }
}
