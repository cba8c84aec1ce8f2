package nl.toezicht.meldingen;

import java.io.IOException;
import java.io.InputStream;

/** An attachment ready to be served: what to call it, and its stored content (from a directory or S3). */
public record Bijlagebestand(String bestandsnaam, String mediatype, long grootte, Inhoud inhoud) {

    /** Opens the stored content; the caller closes it. */
    @FunctionalInterface
    public interface Inhoud {
        InputStream open() throws IOException;
    }
}
