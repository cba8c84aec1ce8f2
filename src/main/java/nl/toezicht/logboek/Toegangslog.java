package nl.toezicht.logboek;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The NEN 7513 access log: every create, read, update, delete, search, export, merge/split and
 * break-the-glass access to a notification, case, attachment or patient data appends one entry. The
 * implementation takes who (the logged-in account, or anonymous), when (UTC, ms), the access point
 * (client IP, user agent) and the request id from the current request; callers say what and on which
 * objects. Entries are append-only and hash-chained.
 */
public interface Toegangslog {

    /** Records an access that was granted. */
    default void toegestaan(Handeling handeling, Logobject... objecten) {
        leg(handeling, true, null, List.of(objecten));
    }

    /** Records an access that was refused; it is stored even when the caller's transaction rolls back. */
    default void geweigerd(Handeling handeling, Logobject... objecten) {
        leg(handeling, false, null, List.of(objecten));
    }

    /**
     * Appends one entry.
     *
     * @param toegestaan granted (true) or denied (false)
     * @param doel the stated purpose, required for {@link Handeling#DOORBREKEN}
     */
    void leg(Handeling handeling, boolean toegestaan, @Nullable String doel, List<Logobject> objecten);
}
