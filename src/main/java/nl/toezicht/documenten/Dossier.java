package nl.toezicht.documenten;

import java.util.UUID;

/**
 * Whose documents: an object of another module, by its kind ({@code ZAAK}) and id. The kind names the
 * {@link Dossierhouder} that knows the object.
 */
public record Dossier(String soort, UUID id) {}
