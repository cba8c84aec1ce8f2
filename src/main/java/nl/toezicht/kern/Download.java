package nl.toezicht.kern;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.springframework.core.io.InputStreamResource;
import org.springframework.core.io.Resource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * A stored file as an HTTP answer: always a download, never shown in the browser (a PDF or DOCX may carry
 * script or macros), its type not sniffed, not cached; the name as kept (already made safe on receipt).
 * The one shape of every file download (an attachment, a document version).
 */
public final class Download {

    private Download() {}

    /** Opens the stored bytes when the answer is written. */
    @FunctionalInterface
    public interface Inhoud {
        InputStream open() throws IOException;
    }

    public static ResponseEntity<Resource> van(String bestandsnaam, String mediatype, long grootte, Inhoud inhoud) {
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(mediatype))
                .contentLength(grootte)
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment()
                                .filename(bestandsnaam, StandardCharsets.UTF_8)
                                .build()
                                .toString())
                .header("X-Content-Type-Options", "nosniff")
                .header(HttpHeaders.CACHE_CONTROL, "no-store")
                .body(new InputStreamResource(inhoud::open));
    }
}
