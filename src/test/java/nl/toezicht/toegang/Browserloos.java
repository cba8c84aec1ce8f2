package nl.toezicht.toegang;

import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A browser without script over several hosts (the application and the identity provider): keeps
 * cookies per host, follows redirects on request, remembers the last page's CSRF token, and can pose as
 * a client address behind the reverse proxy (X-Forwarded-For).
 */
final class Browserloos {

    private static final Pattern CSRF =
            Pattern.compile("name=\"_csrf\"[^>]*value=\"([^\"]+)\"|value=\"([^\"]+)\"[^>]*name=\"_csrf\"");
    private final CookieManager koekjes = new CookieManager();
    private final HttpClient http = HttpClient.newBuilder()
            .cookieHandler(koekjes)
            .followRedirects(HttpClient.Redirect.NEVER)
            .build();
    private final String clientadres;
    private String csrf = "";

    Browserloos(String clientadres) {
        this.clientadres = clientadres;
    }

    HttpResponse<String> get(String url) {
        HttpResponse<String> antwoord =
                stuur(HttpRequest.newBuilder(URI.create(url)).GET());
        Matcher m = CSRF.matcher(antwoord.body());
        if (m.find()) {
            csrf = m.group(1) != null ? m.group(1) : m.group(2);
        }
        return antwoord;
    }

    /** Follows redirects (GET) until a page that is no redirect; returns that page. */
    HttpResponse<String> volg(String url) {
        HttpResponse<String> antwoord = get(url);
        for (int i = 0; i < 10 && antwoord.statusCode() / 100 == 3; i++) {
            antwoord = get(antwoord.uri()
                    .resolve(antwoord.headers().firstValue("Location").orElseThrow())
                    .toString());
        }
        return antwoord;
    }

    /** Posts a form with the last page's CSRF token. */
    HttpResponse<String> post(String url, Map<String, String> velden) {
        Map<String, String> alles = new LinkedHashMap<>();
        alles.put("_csrf", csrf);
        alles.putAll(velden);
        String body = alles.entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                        + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        HttpResponse<String> antwoord = stuur(HttpRequest.newBuilder(URI.create(url))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)));
        if (antwoord.statusCode() == 200) {
            Matcher m = CSRF.matcher(antwoord.body());
            if (m.find()) {
                csrf = m.group(1) != null ? m.group(1) : m.group(2);
            }
        }
        return antwoord;
    }

    /** The session cookie the browser holds for the server of {@code url}. */
    String sessie(String url) {
        return koekjes.getCookieStore().get(URI.create(url)).stream()
                .filter(c -> c.getName().equals("JSESSIONID"))
                .map(HttpCookie::getValue)
                .findFirst()
                .orElse("");
    }

    private HttpResponse<String> stuur(HttpRequest.Builder request) {
        request.header("Accept", "text/html,*/*;q=0.8");
        if (clientadres != null) {
            request.header("X-Forwarded-For", clientadres);
        }
        try {
            return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
