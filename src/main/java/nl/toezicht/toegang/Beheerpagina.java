package nl.toezicht.toegang;

/**
 * A page of the administration area as its module lists it on {@code /beheer}: shown to who has the right.
 *
 * @param pad the page's path
 * @param titel message key of its name
 * @param uitleg message key of one sentence on what it is for
 */
public record Beheerpagina(String pad, Recht recht, String titel, String uitleg) {}
