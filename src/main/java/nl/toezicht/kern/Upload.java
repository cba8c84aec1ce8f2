package nl.toezicht.kern;

import java.io.IOException;
import java.io.InputStream;

/** A file as the edge received it (a reporter's attachment, a staff member's document); may be read more than once. */
public interface Upload {

    String bestandsnaam();

    long grootte();

    InputStream open() throws IOException;

    /** Bytes made here (a rendered PDF) as an upload for {@link Bestandsopslag#bewaar}. */
    static Upload van(String bestandsnaam, byte[] inhoud) {
        return new Upload() {
            @Override
            public String bestandsnaam() {
                return bestandsnaam;
            }

            @Override
            public long grootte() {
                return inhoud.length;
            }

            @Override
            public InputStream open() {
                return new java.io.ByteArrayInputStream(inhoud);
            }
        };
    }
}
