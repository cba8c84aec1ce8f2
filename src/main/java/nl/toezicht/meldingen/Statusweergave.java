package nl.toezicht.meldingen;

import java.time.Instant;

/** What the reporter sees behind the private status link: nothing more. */
public record Statusweergave(String referentie, Instant ontvangenOp, Meldingstatus status) {}
