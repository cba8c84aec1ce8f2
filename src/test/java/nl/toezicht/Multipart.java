package nl.toezicht;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.UUID;

/** A multipart/form-data body built by hand, so tests control every byte. */
public final class Multipart {
    public final String grens = "----toezicht" + UUID.randomUUID().toString().replace("-", "");
    private final ByteArrayOutputStream body = new ByteArrayOutputStream();

    public Multipart tekst(String naam, String waarde) {
        StringBuilder kop = new StringBuilder("--" + grens + "\r\n");
        kop.append("Content-Disposition: form-data; name=\"").append(naam).append("\"\r\n\r\n");
        body.writeBytes(kop.toString().getBytes(StandardCharsets.UTF_8));
        body.writeBytes(waarde.getBytes(StandardCharsets.UTF_8));
        body.writeBytes("\r\n".getBytes(StandardCharsets.UTF_8));
        return this;
    }

    /** Adds the parts of another multipart body (written with its own boundary) under this boundary. */
    public Multipart voegToe(Multipart ander) {
        String delen = new String(ander.body.toByteArray(), StandardCharsets.ISO_8859_1)
                .replace("--" + ander.grens + "\r\n", "--" + grens + "\r\n");
        body.writeBytes(delen.getBytes(StandardCharsets.ISO_8859_1));
        return this;
    }

    public Multipart json(String naam, String json) {
        return deel(naam, null, "application/json", json.getBytes(StandardCharsets.UTF_8));
    }

    public Multipart bestand(String naam, String bestandsnaam, String type, byte[] inhoud) {
        return deel(naam, bestandsnaam, type, inhoud);
    }

    private Multipart deel(String naam, String bestandsnaam, String type, byte[] inhoud) {
        StringBuilder kop = new StringBuilder("--" + grens + "\r\n");
        kop.append("Content-Disposition: form-data; name=\"").append(naam).append('"');
        if (bestandsnaam != null) {
            kop.append("; filename=\"").append(bestandsnaam).append('"');
        }
        kop.append("\r\nContent-Type: ").append(type).append("\r\n\r\n");
        body.writeBytes(kop.toString().getBytes(StandardCharsets.UTF_8));
        body.writeBytes(inhoud);
        body.writeBytes("\r\n".getBytes(StandardCharsets.UTF_8));
        return this;
    }

    public String contentType() {
        return "multipart/form-data; boundary=" + grens;
    }

    public byte[] bytes() {
        ByteArrayOutputStream alles = new ByteArrayOutputStream();
        alles.writeBytes(body.toByteArray());
        alles.writeBytes(("--" + grens + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return alles.toByteArray();
    }
}
