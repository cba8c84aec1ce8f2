package nl.toezicht.cijfers;

/**
 * Notifications of one sector in one period: open at its start, received and closed in it. Closed can
 * never exceed received plus open at the start (a consistency check). Unrounded: analysts and checks only.
 */
public record Balans(String sector, int jaar, long openBijBegin, long ontvangen, long gesloten) {}
