package nl.toezicht.kern;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Optional;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.mime.MediaType;
import org.apache.tika.mime.MimeTypes;

/**
 * Judges a file by its content (magic bytes), never by its name or the type the client claims: only PDF,
 * JPEG, PNG and DOCX are accepted. tika-core alone sees a DOCX as a zip, so a zip counts as DOCX only when
 * it holds {@code word/document.xml}. Judging a zip means unpacking it; that is bounded (parts, bytes
 * unpacked, and unpacked against packed), so that a small zip bomb cannot cost gigabytes of work (issue 11).
 */
public final class Bestandstype {

    public static final String PDF = "application/pdf";
    public static final String JPEG = "image/jpeg";
    public static final String PNG = "image/png";
    public static final String DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

    /** Parts of a zip; a Word document has a few dozen, one full of images some hundreds. */
    public static final int MAX_DELEN = 10_000;
    /** Bytes unpacked at most, whatever the zip's size: a 20 MB document is mostly images, packed 1:1. */
    public static final long MAX_UITGEPAKT = 100L * 1024 * 1024;
    /** Unpacked against packed at most; text packs about tenfold, a bomb a thousandfold and more. */
    public static final long MAX_VERHOUDING = 100;
    /** Below this a small file may pack better than {@link #MAX_VERHOUDING} without harm. */
    private static final long ALTIJD_TOEGESTAAN = 1024 * 1024;

    private static final Set<String> ZIPACHTIG = Set.of("application/zip", "application/x-tika-ooxml", DOCX);
    private static final MimeTypes MAGIE = MimeTypes.getDefaultMimeTypes();

    private Bestandstype() {}

    /** A zip that would unpack beyond the bounds: refused without unpacking the rest. */
    public static final class TeVeelUitgepakt extends RuntimeException {
        TeVeelUitgepakt() {
            super("zip beyond the bounds of inspection", null, false, false);
        }
    }

    /**
     * The accepted media type of this content of {@code grootte} bytes, or empty when it is not one we
     * accept.
     *
     * @throws TeVeelUitgepakt when it is a zip beyond the bounds
     */
    public static Optional<String> herken(InputStream inhoud, long grootte) throws IOException {
        BufferedInputStream in = new BufferedInputStream(inhoud, 64 * 1024);
        // no file name in the metadata: the name must not influence the verdict
        MediaType type = MAGIE.detect(in, new Metadata());
        String basis = type.getBaseType().toString();
        if (basis.equals(PDF) || basis.equals(JPEG) || basis.equals(PNG)) {
            return Optional.of(basis);
        }
        if (ZIPACHTIG.contains(basis) && isWordDocument(in, grootte)) {
            return Optional.of(DOCX);
        }
        return Optional.empty();
    }

    /** Walks every part (a bomb may follow the document), counting what it unpacks. */
    private static boolean isWordDocument(InputStream in, long grootte) throws IOException {
        long grens = Math.min(MAX_UITGEPAKT, Math.max(ALTIJD_TOEGESTAAN, MAX_VERHOUDING * grootte));
        byte[] buffer = new byte[64 * 1024];
        long uitgepakt = 0;
        int delen = 0;
        boolean word = false;
        try (ZipInputStream zip = new ZipInputStream(in)) {
            ZipEntry entry;
            while ((entry = zip.getNextEntry()) != null) {
                if (++delen > MAX_DELEN) {
                    throw new TeVeelUitgepakt();
                }
                word |= entry.getName().equals("word/document.xml");
                int gelezen;
                while ((gelezen = zip.read(buffer)) > 0) {
                    uitgepakt += gelezen;
                    if (uitgepakt > grens) {
                        throw new TeVeelUitgepakt();
                    }
                }
            }
            return word;
        } catch (java.util.zip.ZipException e) {
            return false;
        }
    }
}
