package nl.toezicht.meldingen;

import org.jspecify.annotations.Nullable;

/**
 * The patient of a notification as stored: each identifier encrypted (AES-GCM, with the id of the key that
 * made it), and the keyed pseudonym that links notifications about the same patient without naming them.
 */
record VersleuteldePatient(
        @Nullable String bsnVersleuteld,
        @Nullable String naamVersleuteld,
        @Nullable String geboortedatumVersleuteld,
        @Nullable String pseudoniem) {}
