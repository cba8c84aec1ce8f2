package nl.toezicht.meldingen;

import java.io.IOException;
import java.io.InputStream;

/** A file a reporter sends along, as the edge received it; may be read more than once. */
public interface Upload {

    String bestandsnaam();

    long grootte();

    InputStream open() throws IOException;
}
