package nl.toezicht.kern;

/** The requested object does not exist (or may not be known to the caller); ends as a 404 problem. */
public class NietGevonden extends RuntimeException {

    private final String soort;

    public NietGevonden(String soort, Object id) {
        super(soort + " " + id);
        this.soort = soort;
    }

    /** Message key of the kind of object, e.g. {@code object.melding}. */
    public String soort() {
        return soort;
    }
}
