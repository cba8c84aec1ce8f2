package nl.toezicht.register;

import java.nio.charset.StandardCharsets;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

/** Test fixtures for the register: providers that read like the domain, each with its own KvK number. */
final class Zorgaanbieders {

    private Zorgaanbieders() {}

    /** Random, valid and (practically) unique: tests share one database. */
    static String uniekKvkNummer() {
        return "9" + String.format("%07d", ThreadLocalRandom.current().nextInt(10_000_000));
    }

    /** A short unique word, so that a name search in the shared database finds this test's provider. */
    static String uniekWoord() {
        String letters = "bcdfghjklmnpqrstvwxz";
        StringBuilder woord = new StringBuilder();
        UUID uuid = UUID.randomUUID();
        long bits = uuid.getMostSignificantBits() ^ uuid.getLeastSignificantBits();
        for (int i = 0; i < 6; i++) {
            woord.append(letters.charAt((int) Math.floorMod(bits >> (i * 5), letters.length())));
            woord.append("aeiou".charAt((int) Math.floorMod(bits >> (i * 3 + 31), 5)));
        }
        return woord.substring(0, 1).toUpperCase() + woord.substring(1);
    }

    static String json(String naam, String kvk) {
        return json(naam, kvk, "Stationsstraat 1", "3511 ab", "Utrecht");
    }

    static String json(String naam, String kvk, String adres, String postcode, String plaats) {
        return """
                {"naam": "%s", "kvkNummer": "%s", "agbCode": "12345678", "sectoren": ["GGZ", "JEUGD"],
                 "locaties": [{"naam": "Hoofdlocatie", "adres": "%s", "postcode": "%s", "plaats": "%s",
                               "gemeente": "%s"}]}
                """.formatted(naam, kvk, adres, postcode, plaats, plaats);
    }

    /** A multipart/form-data body with one file part named {@code bestand}. */
    record Multipart(String contentType, byte[] body) {
        static Multipart bestand(String bestandsnaam, String mediatype, byte[] inhoud) {
            String grens = "----toezicht" + UUID.randomUUID();
            byte[] kop = ("--" + grens + "\r\nContent-Disposition: form-data; name=\"bestand\"; filename=\""
                            + bestandsnaam + "\"\r\nContent-Type: " + mediatype + "\r\n\r\n")
                    .getBytes(StandardCharsets.UTF_8);
            byte[] staart = ("\r\n--" + grens + "--\r\n").getBytes(StandardCharsets.UTF_8);
            byte[] body = new byte[kop.length + inhoud.length + staart.length];
            System.arraycopy(kop, 0, body, 0, kop.length);
            System.arraycopy(inhoud, 0, body, kop.length, inhoud.length);
            System.arraycopy(staart, 0, body, kop.length + inhoud.length, staart.length);
            return new Multipart("multipart/form-data; boundary=" + grens, body);
        }

        static Multipart csv(String tekst) {
            return bestand("zorgaanbieders.csv", "text/csv", tekst.getBytes(StandardCharsets.UTF_8));
        }
    }
}
