package nl.toezicht.historie;

import java.nio.file.Path;
import org.jspecify.annotations.Nullable;

/**
 * How to run an import.
 *
 * @param droog judge and count everything, store nothing (the transaction is rolled back)
 * @param afwijzingen store the good lines and write the bad ones here (as read, to correct and import
 *     again; the errors beside it in {@code <file>.fouten.csv}); without it a bad line stores nothing
 */
public record Importopties(boolean droog, @Nullable Path afwijzingen) {

    public static Importopties allesOfNiets() {
        return new Importopties(false, null);
    }
}
