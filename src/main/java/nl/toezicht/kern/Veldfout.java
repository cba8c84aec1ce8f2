package nl.toezicht.kern;

/** One problem with one input field, as listed in the {@code errors} member of a problem detail. */
public record Veldfout(String field, String message) {}
