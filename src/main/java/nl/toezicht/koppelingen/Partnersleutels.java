package nl.toezicht.koppelingen;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import nl.toezicht.toegang.Sleutelherkenning;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * A partner reads the event log with its subscription's key ({@code Authorization: Bearer tzp_...}): the
 * request is then the subscription's, with no role, so it opens the event log and nothing else.
 */
@Component
class Partnersleutels implements Sleutelherkenning {

    static final String AUTORITEIT = "PARTNER";

    private final Abonnementen abonnementen;

    Partnersleutels(Abonnementen abonnementen) {
        this.abonnementen = abonnementen;
    }

    @Override
    public Optional<Authentication> herken(String sleutel) {
        return abonnementen.metSleutel(sleutel).map(a -> new Partner(a.id()));
    }

    /** The subscription whose key authenticated the current request, if any. */
    static Optional<UUID> huidig() {
        return SecurityContextHolder.getContext().getAuthentication() instanceof Partner p
                ? Optional.of(p.abonnement)
                : Optional.empty();
    }

    static final class Partner extends AbstractAuthenticationToken {
        private final UUID abonnement;

        Partner(UUID abonnement) {
            super(List.copyOf(AuthorityUtils.createAuthorityList(AUTORITEIT)));
            this.abonnement = abonnement;
            setAuthenticated(true);
        }

        @Override
        public Object getCredentials() {
            return "";
        }

        @Override
        public Object getPrincipal() {
            return "abonnement:" + abonnement;
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Partner p && p.abonnement.equals(abonnement);
        }

        @Override
        public int hashCode() {
            return abonnement.hashCode();
        }
    }
}
