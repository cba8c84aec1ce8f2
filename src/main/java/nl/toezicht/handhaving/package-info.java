/**
 * Enforcement (handhaving): measures (maatregelen) against a care provider, from warning to fine, each with its
 * flow, legal clocks, signed letters and money. docs/handhaving.md, decision 0071.
 */
@NullMarked
package nl.toezicht.handhaving;

import org.jspecify.annotations.NullMarked;
