package nl.toezicht.register;

import java.util.List;

/** An import file with errors: nothing of it was stored. Lists the errors (at most a hundred). */
public class ImportGeweigerd extends RuntimeException {

    public static final int MAX_FOUTEN = 100;

    private final List<ImportFout> fouten;
    private final boolean afgekapt;

    ImportGeweigerd(List<ImportFout> fouten, boolean afgekapt) {
        super("import refused: " + fouten.size() + " errors");
        this.fouten = List.copyOf(fouten);
        this.afgekapt = afgekapt;
    }

    public List<ImportFout> fouten() {
        return fouten;
    }

    /** More errors were found than listed. */
    public boolean afgekapt() {
        return afgekapt;
    }
}
