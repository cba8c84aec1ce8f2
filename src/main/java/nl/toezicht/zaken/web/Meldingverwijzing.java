package nl.toezicht.zaken.web;

import java.util.Locale;
import java.util.UUID;
import nl.toezicht.kern.Weigering;
import nl.toezicht.meldingen.MeldingId;
import nl.toezicht.meldingen.Meldingen;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * A notification named as staff name it: by the reference they quote ({@code M-2026-000123}), or by its id. Shared by
 * the case page's and the API's joining of a notification to a case.
 */
@Component
class Meldingverwijzing {

    private final Meldingen meldingen;

    Meldingverwijzing(Meldingen meldingen) {
        this.meldingen = meldingen;
    }

    /**
     * The notification named.
     *
     * @throws Weigering on field {@code veld} when the text is neither a reference nor an id, or no notification has
     *     the reference
     */
    MeldingId lees(@Nullable String invoer, String veld) {
        String tekst = invoer == null ? "" : invoer.strip();
        if (tekst.toUpperCase(Locale.ROOT).startsWith("M-") && tekst.length() <= 40) {
            String referentie = tekst.toUpperCase(Locale.ROOT);
            return meldingen
                    .vindOpReferentie(referentie)
                    .orElseThrow(() -> Weigering.opVeld(veld, "zaak.samenvoegen.melding-onbekend", referentie));
        }
        try {
            return new MeldingId(UUID.fromString(tekst));
        } catch (IllegalArgumentException e) {
            throw Weigering.opVeld(veld, "zaak.samenvoegen.melding-verplicht");
        }
    }
}
