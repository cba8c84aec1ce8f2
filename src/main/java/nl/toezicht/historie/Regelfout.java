package nl.toezicht.historie;

import java.util.List;

/** What is wrong with one line: the field (JSON path, or {@code regel} for the line as a whole) and a message key. */
final class Regelfout extends RuntimeException {

    private final String veld;
    private final String sleutel;
    private final List<Object> argumenten;

    Regelfout(String veld, String sleutel, Object... argumenten) {
        super(sleutel, null, false, false);
        this.veld = veld;
        this.sleutel = sleutel;
        this.argumenten = List.of(argumenten);
    }

    String veld() {
        return veld;
    }

    String sleutel() {
        return sleutel;
    }

    Object[] argumenten() {
        return argumenten.toArray();
    }
}
