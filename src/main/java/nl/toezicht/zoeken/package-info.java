/**
 * Search across everything (issue 13.1, decision 0068): one search box in the staff header over cases,
 * notifications and care providers. It owns no data: it asks each owner through its read contract
 * ({@code zaken.Zaakzoeker}, {@code meldingen.Meldingzoeker}, {@code register.Register#zoek}); the owners keep their
 * objects findable in their own schemas and apply need-to-know before they count.
 */
@NullMarked
package nl.toezicht.zoeken;

import org.jspecify.annotations.NullMarked;
