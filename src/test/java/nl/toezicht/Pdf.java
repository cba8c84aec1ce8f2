package nl.toezicht;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Reads a PDF back the way a person would see it, with poppler-utils (pdftotext, pdftoppm). */
public final class Pdf {

    private Pdf() {}

    /** The text of every page, white space collapsed to single spaces. */
    public static String tekst(byte[] pdf) throws IOException, InterruptedException {
        Path bestand = Files.createTempFile("toezicht-", ".pdf");
        try {
            Files.write(bestand, pdf);
            Process p = new ProcessBuilder("pdftotext", bestand.toString(), "-").start();
            String uit = new String(p.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
            p.waitFor();
            return uit.replaceAll("\\s+", " ");
        } finally {
            Files.deleteIfExists(bestand);
        }
    }

    /** Every page as a PNG in {@code target/pdf/<naam>-<n>.png}, to look at. */
    public static void beelden(byte[] pdf, String naam) throws IOException, InterruptedException {
        Path map = Files.createDirectories(Path.of("target/pdf"));
        Path bestand = map.resolve(naam + ".pdf");
        Files.write(bestand, pdf);
        new ProcessBuilder(
                        "pdftoppm",
                        "-png",
                        "-r",
                        "70",
                        bestand.toString(),
                        map.resolve(naam).toString())
                .inheritIO()
                .start()
                .waitFor();
    }
}
