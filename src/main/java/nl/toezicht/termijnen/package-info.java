/** Legal clocks: the Dutch working-day calendar and the deadlines computed with it. */
@NullMarked
package nl.toezicht.termijnen;

import org.jspecify.annotations.NullMarked;
