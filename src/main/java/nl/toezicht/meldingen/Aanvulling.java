package nl.toezicht.meldingen;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * What the reporter added later to a notification: a text, attachments, or both.
 *
 * @param volgnummer its number on the notification's timeline, from 1
 * @param bijlagen how many attachments came with it (they are the notification's attachments)
 */
public record Aanvulling(int volgnummer, @Nullable String tekst, int bijlagen, Instant ontvangenOp) {}
