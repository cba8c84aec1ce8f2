/**
 * Alerts (berichten): in-app alerts per staff member with an unread count in the header, and e-mail through an
 * outbox in PostgreSQL, for a case assigned to one, a deadline of one's case in three working days and (when
 * their modules publish them) a task assigned and a provider's answer. See docs/berichten.md.
 */
@NullMarked
package nl.toezicht.berichten;

import org.jspecify.annotations.NullMarked;
