/**
 * Events for partner systems: subscriptions (webhooks with CloudEvents JSON, signed per subscription), delivery
 * at least once with retries and back-off, a dead-letter list an administrator offers again, and the event log
 * a partner pages through to catch up. Other modules make their events available by declaring a
 * {@link nl.toezicht.koppelingen.Gebeurtenistype} bean.
 */
@NullMarked
package nl.toezicht.koppelingen;

import org.jspecify.annotations.NullMarked;
