package nl.toezicht.kern;

import java.net.URI;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Where the application is reached from outside, for the absolute links it hands out (the private status link
 * of a notification). Never taken from the request: its {@code Host} header is the client's to choose, and a
 * link built from it would send a reporter's private token to whoever forged it (issue 11). Redirects are
 * relative and need no base ({@code server.tomcat.use-relative-redirects}).
 *
 * @param basisUrl scheme, host, port and context path, e.g. {@code https://toezicht.inspectie.nl}; the default
 *     is the embedded run on this machine
 */
@ConfigurationProperties("toezicht.web")
public record Basisadres(
        @DefaultValue("http://localhost:8080") URI basisUrl) {

    public Basisadres {
        if (!basisUrl.isAbsolute()
                || !("http".equals(basisUrl.getScheme()) || "https".equals(basisUrl.getScheme()))
                || basisUrl.getHost() == null
                || basisUrl.getRawQuery() != null
                || basisUrl.getRawFragment() != null) {
            throw new IllegalArgumentException(
                    "toezicht.web.basis-url must be an http(s) address without query or fragment: " + basisUrl);
        }
    }

    /** The absolute address of a path of this application ({@code /status/...}). */
    public String absoluut(String pad) {
        String basis = basisUrl.toString();
        if (basis.endsWith("/")) {
            basis = basis.substring(0, basis.length() - 1);
        }
        return basis + (pad.startsWith("/") ? pad : "/" + pad);
    }
}
