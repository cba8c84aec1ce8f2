package nl.toezicht.toegang;

import idp.Identiteitsprovider;
import nl.toezicht.IntegratieTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.TestPropertySource;

/**
 * The application as production runs it: TOTP required for staff, no HTTP Basic, an OpenID provider
 * configured (a real one, {@link Identiteitsprovider}), and small rate limits. One Spring context shared by
 * the test classes that extend this (keep their configuration here, so that they share it).
 */
@IntegratieTest
@TestPropertySource(
        properties = {
            "toezicht.toegang.totp-verplicht=true",
            "toezicht.toegang.http-basic=false",
            "toezicht.snelheidslimiet.formulieren.aantal=2",
            "toezicht.snelheidslimiet.formulieren.per=1h",
            "toezicht.snelheidslimiet.api-intake.aantal=2",
            "toezicht.snelheidslimiet.api-intake.per=1h",
            "toezicht.snelheidslimiet.inloggen.aantal=30",
            "toezicht.snelheidslimiet.inloggen.per=1h",
            "spring.security.oauth2.client.registration.organisatie.client-id=" + Identiteitsprovider.CLIENT_ID,
            "spring.security.oauth2.client.registration.organisatie.client-secret=" + Identiteitsprovider.CLIENT_SECRET,
            "spring.security.oauth2.client.registration.organisatie.client-name=de organisatie",
            "spring.security.oauth2.client.registration.organisatie.scope=openid,profile"
        })
abstract class Aanmeldcontext {

    @DynamicPropertySource
    static void identiteitsprovider(DynamicPropertyRegistry properties) {
        properties.add("spring.security.oauth2.client.provider.organisatie.issuer-uri", Identiteitsprovider::issuer);
    }
}
