/** Case handling: cases (zaken), their state machine and timeline, routing and work queues. */
@NullMarked
package nl.toezicht.zaken;

import org.jspecify.annotations.NullMarked;
