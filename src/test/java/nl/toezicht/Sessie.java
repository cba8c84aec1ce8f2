package nl.toezicht;

import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A browser without script for page tests: keeps its cookies (the session), does not follow redirects, and
 * sends back the CSRF token of the session as the pages it got carry it, as a real form post does. Unlike {@link Api} it has
 * state, so use one per simulated user.
 */
public final class Sessie {

    private final String basis;
    private final HttpClient http;
    private final CookieManager koekjes = new CookieManager();
    private final Map<String, String> headers = new LinkedHashMap<>();
    private String laatstePagina = "";
    private String csrf = "";

    private Sessie(int poort) {
        this.basis = "http://localhost:" + poort;
        this.http = HttpClient.newBuilder()
                .connectTimeout(Duration.ofSeconds(5))
                .cookieHandler(koekjes)
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
        headers.put("Accept", "text/html");
    }

    /** An anonymous visitor. */
    public static Sessie op(int poort) {
        return new Sessie(poort);
    }

    /** A staff member who sends HTTP Basic with every request (a demo account). */
    public Sessie als(String gebruikersnaam) {
        headers.put(
                "Authorization",
                "Basic "
                        + Base64.getEncoder()
                                .encodeToString(
                                        (gebruikersnaam + ":" + Api.WACHTWOORD).getBytes(StandardCharsets.UTF_8)));
        return this;
    }

    /** A staff member who logs in through the login page, as a person does. */
    public Sessie inloggen(String gebruikersnaam) {
        get("/inloggen");
        Api.Antwoord antwoord = post("/inloggen", Map.of("username", gebruikersnaam, "password", Api.WACHTWOORD));
        String naar = antwoord.header("Location");
        if (antwoord.status() != 302 || (naar != null && naar.contains("error"))) {
            throw new AssertionError("login failed: " + antwoord.status());
        }
        return this;
    }

    public Api.Antwoord get(String pad) {
        Api.Antwoord antwoord = stuur(HttpRequest.newBuilder(uri(pad)).GET());
        lees(antwoord);
        return antwoord;
    }

    /**
     * Posts the form fields form-encoded, plus the CSRF token of the last page unless the fields hold one
     * (to test a wrong token).
     */
    public Api.Antwoord post(String pad, Map<String, String> velden) {
        Map<String, String> alles = new LinkedHashMap<>();
        if (!velden.containsKey("_csrf")) {
            alles.put("_csrf", csrf());
        }
        alles.putAll(velden);
        String body = alles.entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                        + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        return post(pad, "application/x-www-form-urlencoded", body.getBytes(StandardCharsets.UTF_8));
    }

    /** Posts a body as is (a multipart form): the caller puts the {@link #csrf()} token in it. */
    public Api.Antwoord post(String pad, String contentType, byte[] body) {
        Api.Antwoord antwoord = stuur(HttpRequest.newBuilder(uri(pad))
                .header("Content-Type", contentType)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body)));
        if (antwoord.status() == 200) {
            lees(antwoord);
        }
        return antwoord;
    }

    /**
     * A JSON request within this session (its cookie, and the CSRF token of the last page in
     * {@code X-CSRF-TOKEN}, which the API asks of a request that relies on the session), as a script of the
     * page would send it.
     */
    public Api.Antwoord json(String methode, String pad, String body) {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri(pad))
                .header("Content-Type", "application/json")
                .method(methode, HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
        headers.forEach((naam, waarde) -> request.header(naam, naam.equals("Accept") ? "application/json" : waarde));
        if (!csrf.isEmpty()) {
            request.header("X-CSRF-TOKEN", csrf);
        }
        return verstuur(request);
    }

    /** A JSON request within this session without the CSRF token, as another site's script would try it. */
    public Api.Antwoord jsonZonderCsrf(String methode, String pad, String body) {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri(pad))
                .header("Content-Type", "application/json")
                .method(methode, HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
        headers.forEach((naam, waarde) -> request.header(naam, naam.equals("Accept") ? "application/json" : waarde));
        return verstuur(request);
    }

    /** The session cookie as a {@code Cookie} header value, for a request sent another way ({@link Rauw}). */
    public String cookie() {
        return koekjes.getCookieStore().getCookies().stream()
                .map(c -> c.getName() + "=" + c.getValue())
                .collect(Collectors.joining("; "));
    }

    /** The CSRF token of the session: from the last page that had a form. */
    public String csrf() {
        if (csrf.isEmpty()) {
            throw new AssertionError("no CSRF token on any page so far");
        }
        return csrf;
    }

    /** The value of a hidden input of the last page, as the browser would send it. */
    public String verborgen(String naam) {
        return verborgen(laatstePagina, naam)
                .orElseThrow(() -> new AssertionError("no hidden input " + naam + " on the page"));
    }

    private static Optional<String> verborgen(String pagina, String naam) {
        Matcher m = Pattern.compile("<input[^>]*name=\"" + Pattern.quote(naam) + "\"[^>]*value=\"([^\"]*)\"")
                .matcher(pagina);
        if (!m.find()) {
            m = Pattern.compile("<input[^>]*value=\"([^\"]*)\"[^>]*name=\"" + Pattern.quote(naam) + "\"")
                    .matcher(pagina);
            if (!m.find()) {
                return Optional.empty();
            }
        }
        return Optional.of(m.group(1).replace("&#x3D;", "=").replace("&#43;", "+"));
    }

    private void lees(Api.Antwoord antwoord) {
        laatstePagina = antwoord.tekst();
        verborgen(laatstePagina, "_csrf").ifPresent(token -> csrf = token);
    }

    private URI uri(String pad) {
        return URI.create(pad.startsWith("http") ? pad : basis + pad);
    }

    private Api.Antwoord stuur(HttpRequest.Builder request) {
        headers.forEach(request::header);
        return verstuur(request);
    }

    private Api.Antwoord verstuur(HttpRequest.Builder request) {
        try {
            return new Api.Antwoord(http.send(request.build(), HttpResponse.BodyHandlers.ofByteArray()));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
