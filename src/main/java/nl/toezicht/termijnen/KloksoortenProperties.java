package nl.toezicht.termijnen;

import java.util.List;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The kinds of clock as configured: {@code termijnen/kloksoorten.yaml} with the lowest precedence, so that
 * application.yaml or the environment overrides any key of it.
 *
 * @param atwGelijkgesteldeDagen ISO dates declared equal to a public holiday (Algemene termijnenwet art. 3 lid 3)
 */
@ConfigurationProperties("toezicht.termijnen")
record KloksoortenProperties(
        @DefaultValue Map<String, Definitie> soorten,
        @DefaultValue List<String> atwGelijkgesteldeDagen) {

    /** One kind as written in configuration; its code is the key. */
    record Definitie(
            String wet,
            String artikel,
            Startwijze start,
            Lengte lengte,
            @DefaultValue("false") boolean lengteBijStart,
            @DefaultValue("GEEN") Verschuiving verschuiving,
            @DefaultValue List<Opschortingsgrond> opschorting,
            @DefaultValue List<Verlengingsregel> verlenging) {}
}
