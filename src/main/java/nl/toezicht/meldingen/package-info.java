/** Intake: notifications (meldingen) through the API and the public forms, attachments, idempotency. */
@NullMarked
package nl.toezicht.meldingen;

import org.jspecify.annotations.NullMarked;
