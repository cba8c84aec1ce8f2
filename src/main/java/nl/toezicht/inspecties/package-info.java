/**
 * Inspections: assessment frameworks (toetsingskaders) as versioned data, and supervision activities
 * (toezichtactiviteiten) planned against them. docs/inspecties.md.
 */
@NullMarked
package nl.toezicht.inspecties;

import org.jspecify.annotations.NullMarked;
