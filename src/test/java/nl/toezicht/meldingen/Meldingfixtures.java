package nl.toezicht.meldingen;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import nl.toezicht.kern.OpslagProperties;
import nl.toezicht.kern.Upload;
import nl.toezicht.kern.Zorgsector;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.json.JsonMapper;

/** Notifications and files as reporters send them, for the tests of this module. */
public final class Meldingfixtures {

    static final JsonMapper JSON = JsonMapper.builder().build();

    private Meldingfixtures() {}

    /** All notifications in the shared database: only compare before and after within one test. */
    static long aantalMeldingen(JdbcClient jdbc) {
        return jdbc.sql("select count(*) from meldingen.melding")
                .query(Long.class)
                .single();
    }

    /** The stored attachment files, wherever the notification they belong to. */
    static long aantalBestanden(OpslagProperties bijlagen) {
        Path map = bijlagen.map();
        if (!Files.exists(map)) {
            return 0;
        }
        try (Stream<Path> bestanden = Files.walk(map)) {
            return bestanden.filter(Files::isRegularFile).count();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The notifications with this (unique per test) description. */
    static long aantalMeldingenMet(JdbcClient jdbc, String omschrijving) {
        return jdbc.sql("select count(*) from meldingen.melding where omschrijving = ?")
                .param(omschrijving)
                .query(Long.class)
                .single();
    }

    /** A citizen's complaint with everything a reporter typically fills in. */
    static Json eenKlachtVanEenBurger() {
        Json j = new Json();
        j.velden.put("bron", "BURGER");
        j.velden.put("soort", "KLACHT_OF_SIGNAAL");
        j.velden.put("sector", "VERZORGING_EN_VERPLEGING");
        j.velden.put("zorgaanbiederOmschrijving", "Verpleeghuis De Linde, Utrecht");
        j.velden.put("datumGebeurtenis", "2026-03-02");
        j.velden.put("omschrijving", "Mijn moeder kreeg drie dagen geen medicatie.");
        j.velden.put("themas", List.of("Medicatie"));
        j.velden.put("melder", Map.of("naam", "Els de Graaf", "email", "els@example.nl", "telefoon", "0612345678"));
        return j;
    }

    /** A provider's mandatory calamity report: the patient died. */
    static Json eenCalamiteitVanEenZorgaanbieder() {
        Json j = new Json();
        j.velden.put("bron", "ZORGAANBIEDER");
        j.velden.put("soort", "CALAMITEIT");
        j.velden.put("sector", "GGZ");
        j.velden.put("kvkNummer", "12345678");
        j.velden.put("datumGebeurtenis", "2026-02-10");
        j.velden.put("datumVastgesteld", "2026-02-20");
        j.velden.put("omschrijving", "Cliënt overleden na val tijdens nachtdienst.");
        j.velden.put("patientOverleden", true);
        j.velden.put("patient", Map.of("naam", "J. Jansen", "geboortedatum", "1950-01-01"));
        return j;
    }

    static final class Json {
        final Map<String, Object> velden = new LinkedHashMap<>();

        Json met(String veld, Object waarde) {
            velden.put(veld, waarde);
            return this;
        }

        Json zonder(String veld) {
            velden.remove(veld);
            return this;
        }

        String tekst() {
            return JSON.writeValueAsString(velden);
        }

        /** The same content with the fields in reverse order: must count as the same request. */
        String tekstOmgekeerd() {
            List<String> sleutels = new ArrayList<>(velden.keySet());
            java.util.Collections.reverse(sleutels);
            Map<String, Object> omgekeerd = new LinkedHashMap<>();
            sleutels.forEach(s -> omgekeerd.put(s, velden.get(s)));
            return JSON.writeValueAsString(omgekeerd);
        }
    }

    /** A notification without personal data, from the media, with this description. */
    static Meldinggegevens eenSignaal(String omschrijving) {
        return Meldingtestdata.gegevens(
                Bron.ANDERS, Kanaal.EMAIL, Meldingsoort.OVERIG, Zorgsector.PREVENTIE, omschrijving);
    }

    /** An attachment as the edge receives it, in memory. */
    record Bestand(String bestandsnaam, byte[] inhoud) implements Upload {
        @Override
        public long grootte() {
            return inhoud.length;
        }

        @Override
        public java.io.InputStream open() {
            return new java.io.ByteArrayInputStream(inhoud);
        }
    }

    public static byte[] eenPdf() {
        return ("%PDF-1.4\n1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\n"
                        + "2 0 obj << /Type /Pages /Kids [] /Count 0 >> endobj\n"
                        + "trailer << /Root 1 0 R >>\n%%EOF\n")
                .getBytes(StandardCharsets.US_ASCII);
    }

    static byte[] eenPng() {
        return new byte[] {
            (byte) 0x89,
            'P',
            'N',
            'G',
            0x0D,
            0x0A,
            0x1A,
            0x0A,
            0,
            0,
            0,
            0x0D,
            'I',
            'H',
            'D',
            'R',
            0,
            0,
            0,
            1,
            0,
            0,
            0,
            1,
            8,
            2,
            0,
            0,
            0,
            (byte) 0x90,
            0x77,
            0x53,
            (byte) 0xDE
        };
    }

    static byte[] eenJpeg() {
        return new byte[] {
            (byte) 0xFF,
            (byte) 0xD8,
            (byte) 0xFF,
            (byte) 0xE0,
            0,
            0x10,
            'J',
            'F',
            'I',
            'F',
            0,
            1,
            1,
            0,
            0,
            1,
            0,
            1,
            0,
            0,
            (byte) 0xFF,
            (byte) 0xD9
        };
    }

    private static final byte[] WORD_DOCUMENT = maakWordDocument();

    static byte[] eenWordDocument() {
        return WORD_DOCUMENT.clone();
    }

    private static byte[] maakWordDocument() {
        return zip(Map.of(
                "[Content_Types].xml",
                "<?xml version=\"1.0\"?><Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
                        + "<Override PartName=\"/word/document.xml\" ContentType=\"application/"
                        + "vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml\"/></Types>",
                "_rels/.rels",
                "<?xml version=\"1.0\"?><Relationships/>",
                "word/document.xml",
                "<?xml version=\"1.0\"?><w:document xmlns:w=\"x\"><w:body/></w:document>"));
    }

    /**
     * A zip bomb dressed as a Word document: a real {@code word/document.xml} and, before it, an entry of
     * {@code megabytes} MB of zeros that deflates to about a thousandth of that.
     */
    static byte[] eenZipBomAlsWordDocument(int megabytes) {
        try {
            ByteArrayOutputStream uit = new ByteArrayOutputStream();
            try (ZipOutputStream zip = new ZipOutputStream(uit)) {
                zip.setLevel(9);
                zip.putNextEntry(new ZipEntry("word/media/leeg.bin"));
                byte[] nullen = new byte[1024 * 1024];
                for (int i = 0; i < megabytes; i++) {
                    zip.write(nullen);
                }
                zip.closeEntry();
                zip.putNextEntry(new ZipEntry("word/document.xml"));
                zip.write("<?xml version=\"1.0\"?><w:document xmlns:w=\"x\"><w:body/></w:document>"
                        .getBytes(StandardCharsets.UTF_8));
                zip.closeEntry();
            }
            return uit.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A Word document of very many tiny parts, each cheap, together costly to walk. */
    static byte[] eenWordDocumentVanVeleDelen(int delen) {
        Map<String, String> bestanden = new LinkedHashMap<>();
        bestanden.put("word/document.xml", "<?xml version=\"1.0\"?><w:document xmlns:w=\"x\"><w:body/></w:document>");
        for (int i = 0; i < delen; i++) {
            bestanden.put("word/deel" + i + ".xml", "");
        }
        return zip(bestanden);
    }

    static byte[] eenZipZonderWord() {
        return zip(Map.of("readme.txt", "geen Word"));
    }

    /** A Windows executable: "MZ" header. */
    static byte[] eenProgramma() {
        byte[] exe = new byte[512];
        exe[0] = 'M';
        exe[1] = 'Z';
        exe[0x3C] = (byte) 0x80;
        exe[0x80] = 'P';
        exe[0x81] = 'E';
        return exe;
    }

    static byte[] eenHtmlPagina() {
        return "<!DOCTYPE html><html><head><script>alert(1)</script></head><body>hoi</body></html>"
                .getBytes(StandardCharsets.UTF_8);
    }

    static byte[] zip(Map<String, String> bestanden) {
        try {
            ByteArrayOutputStream uit = new ByteArrayOutputStream();
            try (ZipOutputStream zip = new ZipOutputStream(uit)) {
                for (var e : new java.util.TreeMap<>(bestanden).entrySet()) {
                    zip.putNextEntry(new ZipEntry(e.getKey()));
                    zip.write(e.getValue().getBytes(StandardCharsets.UTF_8));
                    zip.closeEntry();
                }
            }
            return uit.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
