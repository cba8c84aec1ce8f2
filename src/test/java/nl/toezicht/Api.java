package nl.toezicht;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A plain HTTP client for integration tests: real requests over loopback to the running application, so
 * that filters, security and error handling are all in the path.
 */
public final class Api {

    public static final String WACHTWOORD = "Toezicht-demo-2026";
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final String basis;
    private final HttpClient http =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final Map<String, String> headers = new LinkedHashMap<>();

    private Api(String basis) {
        this.basis = basis;
    }

    public static Api op(int poort) {
        return new Api("http://localhost:" + poort);
    }

    /** Staff member with HTTP Basic (a demo account). */
    public Api als(String gebruikersnaam) {
        Api api = kopie();
        api.headers.put(
                "Authorization",
                "Basic "
                        + Base64.getEncoder()
                                .encodeToString((gebruikersnaam + ":" + WACHTWOORD).getBytes(StandardCharsets.UTF_8)));
        return api;
    }

    public Api met(String header, String waarde) {
        Api api = kopie();
        api.headers.put(header, waarde);
        return api;
    }

    public Antwoord get(String pad) {
        return send(HttpRequest.newBuilder(uri(pad)).GET());
    }

    public Antwoord postJson(String pad, String json) {
        return send(HttpRequest.newBuilder(uri(pad))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8)));
    }

    public Antwoord post(String pad, String contentType, byte[] body) {
        return send(HttpRequest.newBuilder(uri(pad))
                .header("Content-Type", contentType)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body)));
    }

    public Antwoord send(HttpRequest.Builder request) {
        headers.forEach(request::header);
        try {
            HttpResponse<byte[]> response = http.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
            return new Antwoord(response);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    public URI uri(String pad) {
        return URI.create(basis + pad);
    }

    private Api kopie() {
        Api api = new Api(basis);
        api.headers.putAll(headers);
        return api;
    }

    /** A response, with its body readable as text or JSON. */
    public record Antwoord(HttpResponse<byte[]> response) {
        public int status() {
            return response.statusCode();
        }

        public String tekst() {
            return new String(response.body(), StandardCharsets.UTF_8);
        }

        public byte[] bytes() {
            return response.body();
        }

        public JsonNode json() {
            return JSON.readTree(response.body());
        }

        public String header(String naam) {
            return response.headers().firstValue(naam).orElse(null);
        }

        @Override
        public String toString() {
            return status() + " " + tekst();
        }
    }
}
