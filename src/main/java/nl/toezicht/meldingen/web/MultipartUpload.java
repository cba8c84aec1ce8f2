package nl.toezicht.meldingen.web;

import java.io.IOException;
import java.io.InputStream;
import nl.toezicht.meldingen.Upload;
import org.springframework.web.multipart.MultipartFile;

record MultipartUpload(MultipartFile bestand) implements Upload {

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
