package nl.toezicht.logboek;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * What the log needs to know of its users, answered by the module that keeps the accounts and decides
 * access ({@code toegang}, which depends on this module, never the other way round): who the users of a
 * group of entries are, and whether the logged-in user may read the log.
 */
public interface Logboekgebruikers {

    /** Name, role and departments of these accounts as they are now; unknown names are left out. */
    Map<String, Gebruiker> vind(Set<String> gebruikersnamen);

    /**
     * Whether the logged-in user may read the access log (search, export, a patient's entries): the privacy
     * officer's right. Refuses (as not logged in) when nobody is.
     */
    boolean magLogLezen();

    /** An account as an entry records it. */
    record Gebruiker(@Nullable String naam, @Nullable String rol, List<String> afdelingen) {

        public Gebruiker {
            afdelingen = List.copyOf(afdelingen);
        }
    }
}
