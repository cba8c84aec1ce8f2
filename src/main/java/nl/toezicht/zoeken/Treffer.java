package nl.toezicht.zoeken;

import java.time.Instant;
import nl.toezicht.kern.Zorgsector;
import org.jspecify.annotations.Nullable;

/**
 * One object found, as the page and the API show it whatever its kind.
 *
 * @param kenmerk the reference of a case or notification, the name of a care provider
 * @param status the state code (cases, notifications), null for a provider
 * @param afdeling the department (cases) or sector (notifications), null for a provider
 * @param toelichting what tells it apart: a provider's place, a notification's provider as reported
 * @param url where it opens (and its reading is logged as before)
 */
public record Treffer(
        Soort soort,
        String id,
        String kenmerk,
        @Nullable String status,
        @Nullable Zorgsector afdeling,
        @Nullable String toelichting,
        @Nullable Instant ontvangenOp,
        String url) {}
