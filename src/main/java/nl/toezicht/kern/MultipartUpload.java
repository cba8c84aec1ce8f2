package nl.toezicht.kern;

import java.io.IOException;
import java.io.InputStream;
import org.springframework.web.multipart.MultipartFile;

/** A file of a multipart request (a form or the API), as an {@link Upload}. */
public record MultipartUpload(MultipartFile bestand) implements Upload {

    @Override
    public String bestandsnaam() {
        String naam = bestand.getOriginalFilename();
        return naam == null || naam.isBlank() ? "bijlage" : naam;
    }

    @Override
    public long grootte() {
        return bestand.getSize();
    }

    @Override
    public InputStream open() throws IOException {
        return bestand.getInputStream();
    }
}
