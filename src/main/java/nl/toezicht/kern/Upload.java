package nl.toezicht.kern;

import java.io.IOException;
import java.io.InputStream;

/** A file as the edge received it (a reporter's attachment, a staff member's document); may be read more than once. */
public interface Upload {

    String bestandsnaam();

    long grootte();

    InputStream open() throws IOException;
}
