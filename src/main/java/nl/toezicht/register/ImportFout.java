package nl.toezicht.register;

import java.util.List;

/** One thing wrong in an import file: the line (1 is the header), the column, and a message key. */
public record ImportFout(long regel, String kolom, String berichtSleutel, List<Object> argumenten) {

    public ImportFout {
        argumenten = List.copyOf(argumenten);
    }

    static ImportFout op(long regel, String kolom, String berichtSleutel, Object... argumenten) {
        return new ImportFout(regel, kolom, berichtSleutel, List.of(argumenten));
    }
}
