package nl.toezicht.zaken.web;

import java.util.UUID;
import nl.toezicht.zaken.ZaakId;
import org.jspecify.annotations.Nullable;

/**
 * A step on a case as the controllers take it: the case, and the version the user acted on (null when the form or
 * request names none). The case page's forms answer it through {@link Formulierantwoord#stap}, the API through
 * {@link ZaakApiController#stap}: one way to read the case and its version, whoever asks.
 *
 * @param <R> what the step answers (the case, a task, a note)
 */
@FunctionalInterface
interface Zaakstap<R> {

    R zet(ZaakId zaak, @Nullable Long versie);

    default R zet(UUID zaak, @Nullable Long versie) {
        return zet(new ZaakId(zaak), versie);
    }
}
