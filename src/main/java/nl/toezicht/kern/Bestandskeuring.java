package nl.toezicht.kern;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.Optional;

/**
 * Judges a file by its bytes before anything is stored, for every module that takes files in (the intake's
 * attachments, documents on a case): not empty, not larger than the limit, one of the accepted types by its
 * content ({@link Bestandstype}), and its SHA-256, which the store checks again ({@link Bestandsopslag}). One
 * piece of code, so that a bound added to the inspection (a zip bomb) holds for every door.
 *
 * <p>A refusal is a {@link Weigering} on the caller's field with the caller's own words: the message keys are
 * {@code <berichten>.leeg}, {@code <berichten>.te-groot}, {@code <berichten>.uitgepakt-te-groot} and
 * {@code <berichten>.type} in the caller's bundle.
 */
public final class Bestandskeuring {

    /** The largest file any door takes, as the servlet container's multipart limit. */
    public static final long MAX_GROOTTE = 20L * 1024 * 1024;

    private Bestandskeuring() {}

    /** A file that passed: its accepted media type, size and SHA-256 (hex). */
    public record Gekeurd(Upload upload, String mediatype, long grootte, String sha256) {}

    /**
     * @param veld the field the refusal names ({@code bijlagen[0]}, {@code bestand})
     * @param berichten the prefix of the caller's message keys ({@code bijlage}, {@code document})
     * @throws Weigering when the file is empty, too large or not of an accepted type
     */
    public static Gekeurd keur(Upload upload, String veld, String berichten) {
        if (upload.grootte() <= 0) {
            throw Weigering.opVeld(veld, berichten + ".leeg");
        }
        if (upload.grootte() > MAX_GROOTTE) {
            throw Weigering.opVeld(veld, berichten + ".te-groot");
        }
        MessageDigest sha256 = sha256();
        Optional<String> type;
        try (InputStream in = new DigestInputStream(upload.open(), sha256)) {
            type = Bestandstype.herken(in, upload.grootte());
            in.transferTo(OutputStream.nullOutputStream());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (Bestandstype.TeVeelUitgepakt e) {
            throw Weigering.opVeld(veld, berichten + ".uitgepakt-te-groot");
        }
        if (type.isEmpty()) {
            throw Weigering.opVeld(veld, berichten + ".type");
        }
        return new Gekeurd(upload, type.get(), upload.grootte(), HexFormat.of().formatHex(sha256.digest()));
    }

    /**
     * The name a file came with, fit to keep and to offer back in a download: no path, no control
     * characters or characters a file system or header would misread, at most 200 characters; {@code
     * standaard} when nothing is left.
     */
    public static String bestandsnaam(String gegeven, String standaard) {
        String naam = gegeven.replace('\\', '/');
        naam = naam.substring(naam.lastIndexOf('/') + 1);
        naam = naam.replaceAll("[\\p{Cntrl}\"<>:|?*]", "_").strip();
        if (naam.isEmpty() || naam.equals(".") || naam.equals("..")) {
            naam = standaard;
        }
        return naam.length() > 200 ? naam.substring(naam.length() - 200) : naam;
    }

    /** The SHA-256 (hex) of bytes the application made itself (a rendered letter). */
    public static String sha256(byte[] inhoud) {
        return HexFormat.of().formatHex(sha256().digest(inhoud));
    }

    static MessageDigest sha256() {
        return MapOpslag.sha256();
    }
}
