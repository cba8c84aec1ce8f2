package nl.toezicht.toegang;

import java.util.Optional;
import org.springframework.security.core.Authentication;

/**
 * Bearer keys that another module issues (koppelingen: a partner's key for the event log). A request to
 * {@code /api/**} with {@code Authorization: Bearer <key>} is authenticated by an API key of a care
 * provider's system, or else by the first module that recognises the key; a key nobody recognises is refused
 * with 401. The authentication carries no role: only the module's own public door lets it through.
 */
public interface Sleutelherkenning {

    /** The authentication for this key, if this module issued it and it is still valid. */
    Optional<Authentication> herken(String sleutel);
}
