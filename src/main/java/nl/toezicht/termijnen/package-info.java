/**
 * Legal clocks: the Dutch working-day calendar, the kinds of clock as data ({@link
 * nl.toezicht.termijnen.Kloksoorten}), running clocks attached to other modules' objects with suspension,
 * extension and history ({@link nl.toezicht.termijnen.Klokken}), one overdue job for all ({@link
 * nl.toezicht.termijnen.Klokbewaking}) and the "due this week" list ({@link nl.toezicht.termijnen.Termijnlijst}).
 * See docs/termijnen.md.
 */
@NullMarked
package nl.toezicht.termijnen;

import org.jspecify.annotations.NullMarked;
