package nl.toezicht.meldingen;

import nl.toezicht.register.ZorgaanbiederId;

/** Intake staff ({@code door}: their user name) linked a notification to a care provider of the register. */
public record MeldingGekoppeld(MeldingId melding, ZorgaanbiederId zorgaanbieder, String door) {}
