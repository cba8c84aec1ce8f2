package nl.toezicht.toegang.web;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import nl.toezicht.toegang.Inzageverzoeken;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;

/**
 * The right-of-access answer as a page: per source a table whose column heads are words, with dates,
 * yes/no and codes (sector, kind, status) in words. The JSON export keeps the fields as they are stored.
 */
record Inzageweergave(String bron, List<String> kolommen, List<List<String>> rijen) {

    private static final DateTimeFormatter DATUM = DateTimeFormatter.ofPattern("dd-MM-yyyy");
    private static final DateTimeFormatter TIJDSTIP = DateTimeFormatter.ofPattern("dd-MM-yyyy HH:mm");

    /** Codes of these fields are looked up under this message prefix. */
    private static final Map<String, String> CODES =
            Map.of("sector", "zorgsector.", "soort", "meldingsoort.", "status", "meldingstatus.");

    static List<Inzageweergave> van(Inzageverzoeken.Inzage inzage, MessageSource berichten, Locale taal, ZoneId zone) {
        List<Inzageweergave> uit = new ArrayList<>();
        for (Inzageverzoeken.Onderdeel onderdeel : inzage.gegevens()) {
            Set<String> velden = new LinkedHashSet<>();
            onderdeel.records().forEach(r -> velden.addAll(r.keySet()));
            List<String> kolommen = velden.stream()
                    .map(v -> berichten.getMessage("privacy.inzage.veld." + v, null, v, taal))
                    .toList();
            List<List<String>> rijen = onderdeel.records().stream()
                    .map(r -> velden.stream()
                            .map(v -> waarde(v, r.get(v), berichten, taal, zone))
                            .toList())
                    .toList();
            uit.add(new Inzageweergave(onderdeel.bron(), kolommen, rijen));
        }
        return uit;
    }

    private static String waarde(
            String veld, @Nullable Object waarde, MessageSource berichten, Locale taal, ZoneId zone) {
        if (waarde == null) {
            return "";
        }
        if (waarde instanceof Boolean b) {
            return berichten.getMessage(b ? "privacy.inzage.ja" : "privacy.inzage.nee", null, taal);
        }
        String tekst = waarde.toString();
        String prefix = CODES.get(veld);
        if (prefix != null) {
            return berichten.getMessage(prefix + tekst, null, tekst, taal);
        }
        try {
            return TIJDSTIP.format(Instant.parse(tekst).atZone(zone));
        } catch (DateTimeParseException geenTijdstip) {
            // then perhaps a date
        }
        try {
            return DATUM.format(LocalDate.parse(tekst));
        } catch (DateTimeParseException geenDatum) {
            return tekst;
        }
    }
}
