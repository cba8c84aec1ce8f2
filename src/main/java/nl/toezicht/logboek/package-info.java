/**
 * The NEN 7513 access log: the one interface modules log through ({@link nl.toezicht.logboek.Toegangslog}),
 * its writer (group commit, hash chain), the chain check and the privacy officer's search. It sits below
 * {@code toegang}: toegang logs its decisions here, and what the log needs to know of users it asks through
 * {@link nl.toezicht.logboek.Logboekgebruikers}, which toegang implements (decision 0037).
 */
@NullMarked
package nl.toezicht.logboek;

import org.jspecify.annotations.NullMarked;
