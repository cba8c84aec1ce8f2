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
 * it holds {@code word/document.xml}.
 */
public final class Bestandstype {

    public static final String PDF = "application/pdf";
    public static final String JPEG = "image/jpeg";
    public static final String PNG = "image/png";
    public static final String DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

    private static final Set<String> ZIPACHTIG = Set.of("application/zip", "application/x-tika-ooxml", DOCX);
    private static final MimeTypes MAGIE = MimeTypes.getDefaultMimeTypes();

    private Bestandstype() {}

    /** The accepted media type of this content, or empty when it is not one we accept. */
    public static Optional<String> herken(InputStream inhoud) throws IOException {
        BufferedInputStream in = new BufferedInputStream(inhoud, 64 * 1024);
        // no file name in the metadata: the name must not influence the verdict
        MediaType type = MAGIE.detect(in, new Metadata());
        String basis = type.getBaseType().toString();
        if (basis.equals(PDF) || basis.equals(JPEG) || basis.equals(PNG)) {
            return Optional.of(basis);
        }
        if (ZIPACHTIG.contains(basis) && isWordDocument(in)) {
            return Optional.of(DOCX);
        }
        return Optional.empty();
    }

    private static boolean isWordDocument(InputStream in) throws IOException {
        try (ZipInputStream zip = new ZipInputStream(in)) {
            ZipEntry entry;
            while ((entry = zip.getNextEntry()) != null) {
                if (entry.getName().equals("word/document.xml")) {
                    return true;
                }
            }
            return false;
        } catch (java.util.zip.ZipException e) {
            return false;
        }
    }
}
