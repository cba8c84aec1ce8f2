package nl.toezicht.zaken.web;

import java.io.InputStream;
import nl.toezicht.kern.Upload;

/** No file part at all (a hand-made request): judged, and refused, as an empty file. */
enum GeenBestand implements Upload {
    BESTAND;

    @Override
    public String bestandsnaam() {
        return "";
    }

    @Override
    public long grootte() {
        return 0;
    }

    @Override
    public InputStream open() {
        return InputStream.nullInputStream();
    }
}
