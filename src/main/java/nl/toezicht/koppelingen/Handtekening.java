package nl.toezicht.koppelingen;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.Base64;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Signs a delivery the Standard Webhooks way: {@code webhook-signature: v1,<base64 HMAC-SHA256>} over
 * {@code <webhook-id>.<webhook-timestamp>.<body>}, with the subscription's secret ({@code whsec_<base64>}, the
 * key is the decoded part). A receiver computes the same and compares in constant time, and refuses a
 * timestamp far from its own clock (docs/operations.md shows how).
 */
final class Handtekening {

    static final String ID = "webhook-id";
    static final String TIJDSTIP = "webhook-timestamp";
    static final String HANDTEKENING = "webhook-signature";

    private Handtekening() {}

    static String onderteken(String geheim, String id, long tijdstip, byte[] inhoud) {
        if (!geheim.startsWith(Abonnementen.GEHEIM_VOORVOEGSEL)) {
            throw new IllegalArgumentException("not a webhook secret");
        }
        byte[] sleutel = Base64.getDecoder().decode(geheim.substring(Abonnementen.GEHEIM_VOORVOEGSEL.length()));
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(sleutel, "HmacSHA256"));
            mac.update((id + "." + tijdstip + ".").getBytes(StandardCharsets.UTF_8));
            return "v1," + Base64.getEncoder().encodeToString(mac.doFinal(inhoud));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
