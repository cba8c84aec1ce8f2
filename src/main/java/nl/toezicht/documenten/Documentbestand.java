package nl.toezicht.documenten;

import java.io.IOException;
import java.io.InputStream;

/** One version's content for a download: its name, type, size and a way to open the stored bytes. */
public record Documentbestand(String bestandsnaam, String mediatype, long grootte, Inhoud inhoud) {

    @FunctionalInterface
    public interface Inhoud {
        InputStream open() throws IOException;
    }
}
