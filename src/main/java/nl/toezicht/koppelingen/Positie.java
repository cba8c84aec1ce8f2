package nl.toezicht.koppelingen;

import java.math.BigInteger;
import java.util.Optional;

/**
 * A place in the event log: the transaction that recorded an event and its row number. The log is read in this
 * order, and only up to the oldest transaction still running, so nothing can later appear before a place a
 * reader has passed. Partners see it as an opaque cursor ({@code na=...}).
 */
public record Positie(BigInteger transactie, long rij) {

    public static Optional<Positie> lees(String cursor) {
        if (!cursor.matches("[0-9]{1,20}-[0-9]{1,19}")) {
            return Optional.empty();
        }
        int streep = cursor.indexOf('-');
        try {
            return Optional.of(new Positie(
                    new BigInteger(cursor.substring(0, streep)), Long.parseLong(cursor.substring(streep + 1))));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    public String cursor() {
        return transactie + "-" + rij;
    }

    @Override
    public String toString() {
        return cursor();
    }
}
