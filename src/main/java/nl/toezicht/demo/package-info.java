/**
 * Demo data: fills an empty database with a believable country (care providers, a year of notifications
 * and their cases) for the embedded default and, at any size, for the benchmark. Writes the other modules'
 * tables with plain SQL (see docs/decisions/0002-demo-generator-writes-sql.md), so it depends on kern, on termijnen for working days, and on the case flow of zaken (with
 * the kinds of notification of meldingen) so that a generated history is one the flow allows.
 */
@ApplicationModule(allowedDependencies = {"kern", "termijnen", "zaken", "meldingen"})
@NullMarked
package nl.toezicht.demo;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
