/**
 * Annual figures (Cijfers): a registry of table definitions over counts of notifications and cases,
 * disclosure control (rounding, small-count and secondary suppression), consistency checks, approval with
 * frozen versions, and exports (JSON, CSV, XLSX, PDF). A reporting module: it reads the tables of
 * meldingen and zaken with SQL (decision 0018).
 */
@NullMarked
package nl.toezicht.cijfers;

import org.jspecify.annotations.NullMarked;
