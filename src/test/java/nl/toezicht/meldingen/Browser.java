package nl.toezicht.meldingen;

import java.net.CookieManager;
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
 * A minimal browser for form tests: keeps its cookies (the session), does not follow redirects, and reads
 * hidden inputs (the CSRF token, the one-time form key) from the page it got.
 */
final class Browser {

    private final String basis;
    private final HttpClient http;
    private String laatstePagina = "";

    Browser(int poort) {
        this.basis = "http://localhost:" + poort;
        this.http = HttpClient.newBuilder()
                .cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
    }

    HttpResponse<String> get(String pad) {
        HttpResponse<String> antwoord = stuur(
                HttpRequest.newBuilder(uri(pad)).header("Accept", "text/html").GET());
        laatstePagina = antwoord.body();
        return antwoord;
    }

    /** Posts the form fields plus the CSRF token of the last page, as a browser would (form-encoded). */
    HttpResponse<String> post(String pad, Map<String, String> velden) {
        Map<String, String> alles = new LinkedHashMap<>();
        if (!velden.containsKey("_csrf")) {
            alles.put("_csrf", verborgen("_csrf"));
        }
        alles.putAll(velden);
        String body = alles.entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                        + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        HttpResponse<String> antwoord = stuur(HttpRequest.newBuilder(uri(pad))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("Accept", "text/html")
                .POST(HttpRequest.BodyPublishers.ofString(body)));
        if (antwoord.statusCode() == 200) {
            laatstePagina = antwoord.body();
        }
        return antwoord;
    }

    /** Posts a multipart form (with files) plus the CSRF token of the last page as its first part. */
    HttpResponse<String> postMultipart(String pad, Map<String, String> velden, Meldingfixtures.Multipart bestanden) {
        Meldingfixtures.Multipart formulier = new Meldingfixtures.Multipart();
        formulier.tekst("_csrf", verborgen("_csrf"));
        velden.forEach(formulier::tekst);
        formulier.voegToe(bestanden);
        HttpResponse<String> antwoord = stuur(HttpRequest.newBuilder(uri(pad))
                .header("Content-Type", formulier.contentType())
                .header("Accept", "text/html")
                .POST(HttpRequest.BodyPublishers.ofByteArray(formulier.bytes())));
        if (antwoord.statusCode() == 200) {
            laatstePagina = antwoord.body();
        }
        return antwoord;
    }

    /** The value of a hidden input of the last page. */
    String verborgen(String naam) {
        Matcher m = Pattern.compile("<input[^>]*name=\"" + Pattern.quote(naam) + "\"[^>]*value=\"([^\"]*)\"")
                .matcher(laatstePagina);
        if (!m.find()) {
            m = Pattern.compile("<input[^>]*value=\"([^\"]*)\"[^>]*name=\"" + Pattern.quote(naam) + "\"")
                    .matcher(laatstePagina);
            if (!m.find()) {
                throw new AssertionError("no hidden input " + naam + " on the page");
            }
        }
        return m.group(1);
    }

    Browser inloggen(String gebruikersnaam) {
        get("/inloggen");
        HttpResponse<String> antwoord =
                post("/inloggen", Map.of("username", gebruikersnaam, "password", nl.toezicht.Api.WACHTWOORD));
        if (antwoord.statusCode() != 302
                || antwoord.headers().firstValue("Location").orElse("").contains("error")) {
            throw new AssertionError("login failed: " + antwoord.statusCode());
        }
        return this;
    }

    private URI uri(String pad) {
        return URI.create(pad.startsWith("http") ? pad : basis + pad);
    }

    private HttpResponse<String> stuur(HttpRequest.Builder request) {
        try {
            return http.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
