package nl.toezicht.meldingen;

import java.time.Instant;

/**
 * The reporter added information to a notification later, through the private status link (issue 13 item
 * 10). Carries no text: who handles the notification reads the addition itself ({@link Aanvullingen#lees}).
 *
 * @param volgnummer the addition's number on the notification's timeline
 */
public record MeldingAangevuld(MeldingId melding, String referentie, int volgnummer, int bijlagen, Instant op) {}
