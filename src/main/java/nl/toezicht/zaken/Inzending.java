package nl.toezicht.zaken;

import java.time.Instant;
import java.util.UUID;

/**
 * What a care provider sent in on its notification's case through the portal: the title it gave and the
 * file's name. The document itself is in the case's dossier, for the inspectorate.
 */
public record Inzending(UUID id, String referentie, String titel, String bestandsnaam, Instant ingediendOp) {}
