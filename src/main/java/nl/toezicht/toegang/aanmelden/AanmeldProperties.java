package nl.toezicht.toegang.aanmelden;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * How people and machines log in ({@code toezicht.toegang.*}).
 *
 * @param totpVerplicht staff must pass a TOTP code after their password (off only in demo and tests)
 * @param httpBasic HTTP Basic for scripts and tests; never together with required TOTP
 * @param blokkade the lock-out rule after failed logins
 * @param absoluteSessieduur a session ends this long after login, however active it is
 * @param oidc which claims of the identity provider's ID token carry the account's data
 */
@ConfigurationProperties("toezicht.toegang")
public record AanmeldProperties(
        boolean totpVerplicht, boolean httpBasic, Blokkade blokkade, Duration absoluteSessieduur, Oidc oidc) {

    /**
     * From the {@code vanafPoging}-th failed login in a row the account refuses logins for {@code eerste},
     * doubling with every further failure up to {@code hoogstens}; a successful login resets the count.
     */
    public record Blokkade(int vanafPoging, Duration eerste, Duration hoogstens) {}

    /**
     * @param gebruikersnaamClaim the account name (lower-cased; letters, digits, . _ -)
     * @param rolClaim a list (or one string) with the role, named as in {@code Rol} (case-insensitive)
     * @param afdelingenClaim a list of department codes as in {@code Zorgsector}
     * @param kvkClaim a list of KvK numbers, for care-provider users
     */
    public record Oidc(String gebruikersnaamClaim, String rolClaim, String afdelingenClaim, String kvkClaim) {}
}
