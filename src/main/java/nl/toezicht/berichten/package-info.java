/**
 * Alerts (berichten): in-app alerts per staff member with an unread count in the header, and e-mail through an
 * outbox in PostgreSQL, for a case assigned to one, a task given to one, a deadline of one's case in three working
 * days and (when its module publishes it) a provider's answer. See docs/berichten.md.
 */
@NullMarked
package nl.toezicht.berichten;

import org.jspecify.annotations.NullMarked;
