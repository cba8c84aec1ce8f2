package nl.toezicht.toegang;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import javax.crypto.Cipher;
import javax.crypto.Mac;
import javax.crypto.SecretKey;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.stereotype.Component;

/**
 * Protects patient identifiers: encrypted at rest with AES-256-GCM (each ciphertext names the key that
 * made it, so keys can be rotated: new data uses the active key, old data stays readable while its key is
 * configured), and a keyed pseudonym (HMAC-SHA-256) that links the same patient across notifications
 * without naming them. Keys come from configuration ({@code toezicht.patientgegevens.*}), never from code.
 */
@Component
@EnableConfigurationProperties(Patientgegevens.Sleutels.class)
public class Patientgegevens {

    private static final int IV_BYTES = 12;
    private static final int TAG_BITS = 128;
    private final SecureRandom random = new SecureRandom();
    private final Map<String, SecretKey> sleutels = new LinkedHashMap<>();
    private final String actief;
    private final SecretKey pseudoniemSleutel;

    Patientgegevens(Sleutels configuratie) {
        configuratie.versleuteling().forEach((id, sleutel) -> {
            if (!id.matches("[a-z0-9-]{1,16}")) {
                throw new IllegalStateException("toezicht.patientgegevens.versleuteling: ongeldige sleutel-id " + id);
            }
            sleutels.put(id, aes(sleutel));
        });
        if (!sleutels.containsKey(configuratie.actieveSleutel())) {
            throw new IllegalStateException("toezicht.patientgegevens.actieve-sleutel is niet geconfigureerd");
        }
        this.actief = configuratie.actieveSleutel();
        this.pseudoniemSleutel =
                new SecretKeySpec(Base64.getDecoder().decode(configuratie.pseudoniemSleutel()), "HmacSHA256");
    }

    /** The 11-proof (elfproef) of a Dutch citizen service number: 9 digits, weighted sum divisible by 11. */
    public static boolean isGeldigBsn(String bsn) {
        return nl.toezicht.kern.Anonimiteitstoets.isGeldigBsn(bsn);
    }

    /** Keyed pseudonym of a patient identifier: the same input gives the same pseudonym, irreversibly. */
    public String pseudoniem(String identificatie) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(pseudoniemSleutel);
            return HexFormat.of().formatHex(mac.doFinal(identificatie.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Encrypts with the active key; the result is {@code keyId:base64(iv || ciphertext || tag)}. */
    public String versleutel(String klaretekst) {
        byte[] iv = new byte[IV_BYTES];
        random.nextBytes(iv);
        try {
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.ENCRYPT_MODE, sleutels.get(actief), new GCMParameterSpec(TAG_BITS, iv));
            cipher.updateAAD(actief.getBytes(StandardCharsets.US_ASCII));
            byte[] versleuteld = cipher.doFinal(klaretekst.getBytes(StandardCharsets.UTF_8));
            return actief + ":"
                    + Base64.getEncoder()
                            .encodeToString(ByteBuffer.allocate(iv.length + versleuteld.length)
                                    .put(iv)
                                    .put(versleuteld)
                                    .array());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    public String ontsleutel(String versleuteld) {
        int scheiding = versleuteld.indexOf(':');
        String id = versleuteld.substring(0, scheiding);
        SecretKey sleutel = sleutels.get(id);
        if (sleutel == null) {
            throw new IllegalStateException("sleutel " + id + " is niet (meer) geconfigureerd");
        }
        byte[] bytes = Base64.getDecoder().decode(versleuteld.substring(scheiding + 1));
        try {
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.DECRYPT_MODE, sleutel, new GCMParameterSpec(TAG_BITS, bytes, 0, IV_BYTES));
            cipher.updateAAD(id.getBytes(StandardCharsets.US_ASCII));
            return new String(cipher.doFinal(bytes, IV_BYTES, bytes.length - IV_BYTES), StandardCharsets.UTF_8);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("ontsleutelen mislukt", e);
        }
    }

    /** Whether a ciphertext was made with a key other than the active one (to re-encrypt after rotation). */
    public boolean isOudeSleutel(String versleuteld) {
        return !versleuteld.startsWith(actief + ":");
    }

    private static SecretKey aes(String base64) {
        byte[] bytes = Base64.getDecoder().decode(base64);
        if (bytes.length != 32) {
            throw new IllegalStateException("een AES-sleutel voor patiëntgegevens is 32 bytes (base64)");
        }
        return new SecretKeySpec(bytes, "AES");
    }

    /**
     * @param versleuteling key id → base64 AES-256 key
     * @param actieveSleutel the key id new data is encrypted with
     * @param pseudoniemSleutel base64 HMAC key for pseudonyms (never rotated: pseudonyms must stay stable)
     */
    @ConfigurationProperties("toezicht.patientgegevens")
    public record Sleutels(Map<String, String> versleuteling, String actieveSleutel, String pseudoniemSleutel) {}
}
