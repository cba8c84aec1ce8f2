package nl.toezicht.berichten;

import java.util.Objects;

/**
 * A letter to an outside party by e-mail, with the letter as PDF attachment: queued once per key in the outbox
 * ({@link Post#verstuur}) and sent by the same job as the alerts.
 *
 * @param sleutel unique per letter (e.g. {@code maatregel:<id>:BESLUIT_VERZENDEN}): queued again, nothing changes
 * @param bijlagenaam the attachment's file name (letters, digits, dot, dash, underscore)
 */
public record Poststuk(String sleutel, String aan, String onderwerp, String tekst, String bijlagenaam, byte[] bijlage) {

    public Poststuk {
        Objects.requireNonNull(sleutel, "sleutel");
        Objects.requireNonNull(aan, "aan");
        if (!bijlagenaam.matches("[A-Za-z0-9._-]{1,100}")) {
            throw new IllegalArgumentException("not a plain file name");
        }
    }
}
