package nl.toezicht.meldingen;

import java.nio.file.Path;

/** An attachment ready to be served: the stored file and what to call it. */
public record Bijlagebestand(String bestandsnaam, String mediatype, long grootte, Path pad) {}
