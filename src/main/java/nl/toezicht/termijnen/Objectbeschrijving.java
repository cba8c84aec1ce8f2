package nl.toezicht.termijnen;

import org.jspecify.annotations.Nullable;

/**
 * An object as a clock list shows it: its reference ({@code Z-2026-000123}), a short title, and the path of
 * its page ({@code /zaken/…}), if it has one.
 */
public record Objectbeschrijving(
        String kenmerk, String titel, @Nullable String url) {}
