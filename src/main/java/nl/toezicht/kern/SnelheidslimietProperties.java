package nl.toezicht.kern;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * How many requests a client may make through each public door ({@code toezicht.snelheidslimiet.*}): a
 * client is an API key where the request carries one, otherwise the client's IP address.
 *
 * @param aan off only for benchmarks that drive one door from one address
 * @param formulieren posts of the citizen and care-provider forms, per IP address
 * @param apiIntake {@code POST /api/v1/meldingen} without an API key, per IP address
 * @param apiSleutel {@code POST /api/v1/meldingen} with an API key, per key
 * @param inloggen login attempts (password and second factor), per IP address
 */
@ConfigurationProperties("toezicht.snelheidslimiet")
public record SnelheidslimietProperties(
        boolean aan, Limiet formulieren, Limiet apiIntake, Limiet apiSleutel, Limiet inloggen) {

    /** {@code aantal} requests per {@code per}, refilled gradually. */
    public record Limiet(int aantal, Duration per) {

        /** Names the limit in a bucket's key, so that another limit counts in a bucket of its own. */
        String code() {
            return aantal + "/" + per;
        }
    }
}
