package nl.toezicht.zaken;

import java.time.Instant;
import nl.toezicht.kern.Zorgsector;
import org.jspecify.annotations.Nullable;

/**
 * Someone outside the inspectorate added to a case (issue 13 items 9 and 10): the care provider sent in its
 * report or answer through the portal, or the reporter added information through the status link. Module
 * berichten alerts the case's inspector.
 *
 * @param inspecteur the case's inspector, if assigned
 * @param sleutel what makes it unique ({@code antwoord:<sending>}, {@code aanvulling:<notification>:<n>})
 */
public record ZaakAangevuld(
        ZaakId zaak,
        String referentie,
        Zorgsector afdeling,
        @Nullable String inspecteur,
        Afzender afzender,
        String sleutel,
        Instant op) {

    public enum Afzender {
        ZORGAANBIEDER,
        MELDER
    }
}
