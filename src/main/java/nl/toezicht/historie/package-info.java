/**
 * Bringing the history in: bulk import of past providers, notifications and cases from the systems
 * Toezicht replaces, in a documented JSON Lines format (docs/historie-import.md), through the same domain
 * rules as live records, with legacy ids for re-runs, a dry run, rejects, progress and a reconciliation
 * report; and the export of the same format.
 */
@NullMarked
package nl.toezicht.historie;

import org.jspecify.annotations.NullMarked;
