package nl.toezicht.zaken;

import java.time.Instant;

/** A task on a case was done or cancelled ({@code status}), by {@code door}; {@code gegevenDoor} gave it. */
public record TaakAfgehandeld(
        TaakId taak, ZaakId zaak, String referentie, Taakstatus status, String gegevenDoor, String door, Instant op) {}
