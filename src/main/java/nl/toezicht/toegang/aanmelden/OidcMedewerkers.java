package nl.toezicht.toegang.aanmelden;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import nl.toezicht.kern.Zorgsector;
import nl.toezicht.toegang.Rol;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserRequest;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserService;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.oidc.user.DefaultOidcUser;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.stereotype.Component;

/**
 * Accounts from the organisation's identity provider (OpenID Connect): on every login the account is
 * created or brought up to date from the ID token's (and user info's) claims: name, role, departments,
 * KvK numbers; which claims is configured ({@code toezicht.toegang.oidc.*}). A login without a known role
 * is refused, and so is one whose name belongs to a local account or to another issuer's or subject's
 * account (an account is bound to the issuer and subject that made it: no take-over, ASVS 6.8.1).
 */
@Component
public class OidcMedewerkers extends OidcUserService {

    private final JdbcClient jdbc;
    private final AanmeldProperties.Oidc claims;

    OidcMedewerkers(JdbcClient jdbc, AanmeldProperties properties) {
        this.jdbc = jdbc;
        this.claims = properties.oidc();
    }

    /** An account as the identity provider describes it. */
    record Gegevens(
            String gebruikersnaam,
            String naam,
            @Nullable String email,
            Rol rol,
            Set<String> afdelingen,
            Set<String> kvkNummers) {}

    @Override
    public OidcUser loadUser(OidcUserRequest userRequest) {
        OidcUser gebruiker = super.loadUser(userRequest);
        Gegevens gegevens = gegevens(gebruiker);
        int bijgewerkt = jdbc.sql("""
                        insert into toegang.medewerker
                            (gebruikersnaam, naam, email, wachtwoord_hash, rol, afdelingen, kvk_nummers, herkomst, oidc_id)
                        values (?, ?, ?, null, ?, ?::text[], ?::text[], 'OIDC', ?)
                        on conflict (gebruikersnaam) do update
                            set naam = excluded.naam, email = excluded.email, rol = excluded.rol,
                                afdelingen = excluded.afdelingen, kvk_nummers = excluded.kvk_nummers
                            where medewerker.herkomst = 'OIDC' and medewerker.actief
                              and medewerker.oidc_id = excluded.oidc_id
                        """)
                .params(
                        gegevens.gebruikersnaam(),
                        gegevens.naam(),
                        gegevens.email(),
                        gegevens.rol().name(),
                        array(gegevens.afdelingen()),
                        array(gegevens.kvkNummers()),
                        gebruiker.getIssuer() + " " + gebruiker.getSubject())
                .update();
        if (bijgewerkt == 0) {
            throw weigering("account_conflict", "the account exists locally or is disabled");
        }
        return new Medewerker(gebruiker, gegevens.gebruikersnaam(), gegevens.rol());
    }

    Gegevens gegevens(OidcUser gebruiker) {
        String gebruikersnaam = tekst(gebruiker.getClaims().get(claims.gebruikersnaamClaim()));
        if (gebruikersnaam == null) {
            gebruikersnaam = gebruiker.getSubject();
        }
        gebruikersnaam = gebruikersnaam.toLowerCase(Locale.ROOT);
        if (!gebruikersnaam.matches("[a-z0-9._-]{2,64}")) {
            throw weigering("invalid_username", "the user name claim does not fit an account name");
        }
        Rol rol = lijst(gebruiker.getClaims().get(claims.rolClaim())).stream()
                .map(w -> w.toUpperCase(Locale.ROOT))
                .flatMap(w -> java.util.Arrays.stream(Rol.values())
                        .filter(r -> r.name().equals(w)))
                .findFirst()
                .orElseThrow(() -> weigering("no_role", "the ID token names no role of this application"));
        Set<String> afdelingen = new TreeSet<>();
        for (String code : lijst(gebruiker.getClaims().get(claims.afdelingenClaim()))) {
            String hoofd = code.toUpperCase(Locale.ROOT).replace('-', '_');
            java.util.Arrays.stream(Zorgsector.values())
                    .filter(s -> s.name().equals(hoofd))
                    .findFirst()
                    .ifPresent(s -> afdelingen.add(s.name()));
        }
        Set<String> kvk = new TreeSet<>();
        for (String nummer : lijst(gebruiker.getClaims().get(claims.kvkClaim()))) {
            if (nummer.matches("[0-9]{8}")) {
                kvk.add(nummer);
            }
        }
        String naam = gebruiker.getFullName() != null ? gebruiker.getFullName() : gebruikersnaam;
        // the standard claim; an address the accounts table would refuse is left out rather than the login refused
        String email = tekst(gebruiker.getClaims().get("email"));
        if (email != null && (email.length() > 254 || !email.matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+"))) {
            email = null;
        }
        return new Gegevens(gebruikersnaam, naam, email, rol, afdelingen, kvk);
    }

    private static List<String> lijst(@Nullable Object claim) {
        List<String> waarden = new ArrayList<>();
        if (claim instanceof Collection<?> collectie) {
            collectie.forEach(w -> waarden.add(String.valueOf(w)));
        } else if (claim instanceof String tekst) {
            for (String deel : tekst.split("[ ,]+")) {
                if (!deel.isBlank()) {
                    waarden.add(deel);
                }
            }
        }
        return waarden;
    }

    private static @Nullable String tekst(@Nullable Object claim) {
        return claim instanceof String s && !s.isBlank() ? s : null;
    }

    private static String array(Set<String> waarden) {
        return "{" + String.join(",", waarden) + "}";
    }

    private static OAuth2AuthenticationException weigering(String code, String beschrijving) {
        return new OAuth2AuthenticationException(new OAuth2Error(code, beschrijving, null));
    }

    /** The identity provider's user, named as the account and carrying the account's role. */
    static final class Medewerker extends DefaultOidcUser {
        private final String gebruikersnaam;

        Medewerker(OidcUser gebruiker, String gebruikersnaam, Rol rol) {
            super(
                    List.of(new SimpleGrantedAuthority(rol.authority())),
                    gebruiker.getIdToken(),
                    gebruiker.getUserInfo());
            this.gebruikersnaam = gebruikersnaam;
        }

        @Override
        public String getName() {
            return gebruikersnaam;
        }

        @Override
        public boolean equals(Object other) {
            return super.equals(other);
        }

        @Override
        public int hashCode() {
            return super.hashCode();
        }
    }
}
