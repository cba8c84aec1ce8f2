/**
 * Demo data: fills an empty database with a believable country (care providers, a year of notifications
 * and their cases) for the embedded default and, at any size, for the benchmark. Writes the other modules'
 * tables with plain SQL (see docs/decisions/0002-demo-generator-writes-sql.md), so it depends on kern and, for working days, termijnen only.
 */
@ApplicationModule(allowedDependencies = {"kern", "termijnen"})
@NullMarked
package nl.toezicht.demo;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
