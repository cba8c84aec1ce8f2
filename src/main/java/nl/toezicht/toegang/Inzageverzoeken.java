package nl.toezicht.toegang;

import java.time.Clock;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import nl.toezicht.kern.Weigering;
import nl.toezicht.logboek.Handeling;
import nl.toezicht.logboek.Logitem;
import nl.toezicht.logboek.Logobject;
import nl.toezicht.logboek.Toegangslog;
import nl.toezicht.logboek.Toegangslogboek;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.ObjectMapper;

/**
 * The right of access (AVG art. 15): for one patient, everything Toezicht holds on them (what each
 * {@link Patientgegevensbron} contributes) and every access-log entry concerning them, as one answer. Only
 * for the privacy officer; viewing and exporting are logged against the patient's pseudonym.
 */
@Service
public class Inzageverzoeken {

    private static final Pattern PSEUDONIEM = Pattern.compile("[0-9a-f]{64}");

    /** The answer: per source its records, and the access log on this patient (oldest first). */
    public record Inzage(
            String patientPseudoniem, Instant opgesteld, List<Onderdeel> gegevens, List<Logitem> toegangslog) {}

    public record Onderdeel(String bron, List<Map<String, Object>> records) {}

    private final List<Patientgegevensbron> bronnen;
    private final Patientgegevens patientgegevens;
    private final Toegangslogboek logboek;
    private final Toegangsbeleid beleid;
    private final Toegangslog toegangslog;
    private final ObjectMapper json;
    private final Clock clock;

    Inzageverzoeken(
            List<Patientgegevensbron> bronnen,
            Patientgegevens patientgegevens,
            Toegangslogboek logboek,
            Toegangsbeleid beleid,
            Toegangslog toegangslog,
            ObjectMapper json,
            Clock clock) {
        this.bronnen = List.copyOf(bronnen);
        this.patientgegevens = patientgegevens;
        this.logboek = logboek;
        this.beleid = beleid;
        this.toegangslog = toegangslog;
        this.json = json;
        this.clock = clock;
    }

    /**
     * The pseudonym a privacy officer means: a BSN (9 digits, 11-proof) becomes its keyed pseudonym, a
     * pseudonym (64 hex digits) stays; anything else is refused on the field {@code veld}. Empty → null.
     */
    public @Nullable String pseudoniemVan(@Nullable String invoer, String veld) {
        if (invoer == null || invoer.isBlank()) {
            return null;
        }
        String schoon = invoer.strip().replace(" ", "").replace(".", "");
        if (schoon.matches("[0-9]{9}")) {
            if (!Patientgegevens.isGeldigBsn(schoon)) {
                throw Weigering.opVeld(veld, "privacy.patient.bsn-ongeldig");
            }
            return patientgegevens.pseudoniem(schoon);
        }
        String klein = schoon.toLowerCase(java.util.Locale.ROOT);
        if (PSEUDONIEM.matcher(klein).matches()) {
            return klein;
        }
        throw Weigering.opVeld(veld, "privacy.patient.ongeldig");
    }

    @Transactional(readOnly = true)
    public Inzage inzage(String patientPseudoniem) {
        return verzamel(patientPseudoniem, Handeling.INZIEN);
    }

    /** The whole answer as JSON, for handing over to the patient. */
    @Transactional(readOnly = true)
    public byte[] alsJson(String patientPseudoniem) {
        Inzage inzage = verzamel(patientPseudoniem, Handeling.EXPORTEREN);
        Map<String, Object> uit = new LinkedHashMap<>();
        uit.put("patientPseudoniem", inzage.patientPseudoniem());
        uit.put("opgesteld", DateTimeFormatter.ISO_INSTANT.format(inzage.opgesteld()));
        List<Map<String, Object>> gegevens = new ArrayList<>();
        for (Onderdeel o : inzage.gegevens()) {
            Map<String, Object> onderdeel = new LinkedHashMap<>();
            onderdeel.put("bron", o.bron());
            onderdeel.put("records", o.records());
            gegevens.add(onderdeel);
        }
        uit.put("gegevens", gegevens);
        uit.put(
                "toegangslog",
                inzage.toegangslog().stream().map(Inzageverzoeken::voorPatient).toList());
        return json.writerWithDefaultPrettyPrinter().writeValueAsBytes(uit);
    }

    /**
     * What the patient learns of one access: when, what, the outcome, who (name, role, departments), why and
     * which objects. Not the staff member's IP address or browser, nor internal request ids.
     */
    private static Map<String, Object> voorPatient(Logitem item) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("volgnummer", item.volgnummer());
        m.put("tijdstip", DateTimeFormatter.ISO_INSTANT.format(item.tijdstip()));
        m.put("handeling", item.handeling().name());
        m.put("uitkomst", item.toegestaan() ? "toegestaan" : "geweigerd");
        m.put("gebruiker", item.gebruiker());
        if (item.gebruikerNaam() != null) {
            m.put("naam", item.gebruikerNaam());
        }
        if (item.rol() != null) {
            m.put("rol", item.rol());
        }
        m.put("afdelingen", item.afdelingen());
        if (item.doel() != null) {
            m.put("doel", item.doel());
        }
        m.put(
                "objecten",
                item.objecten().stream()
                        .map(o -> Map.of("type", o.type(), "id", o.id()))
                        .toList());
        return m;
    }

    private Inzage verzamel(String patientPseudoniem, Handeling handeling) {
        Logobject patient = new Logobject("PATIENT", patientPseudoniem, patientPseudoniem);
        beleid.eis(ToegangRechten.INZAGEVERZOEKEN, handeling, patient);
        toegangslog.toegestaan(handeling, patient);
        List<Onderdeel> gegevens = bronnen.stream()
                .map(b -> new Onderdeel(b.naam(), b.gegevensVan(patientPseudoniem)))
                .toList();
        List<Logitem> toegangen = logboek.overPatient(patientPseudoniem).stream()
                .map(item -> alleenOver(item, patientPseudoniem))
                .toList();
        return new Inzage(patientPseudoniem, clock.instant(), gegevens, toegangen);
    }

    /**
     * One entry as far as it concerns this patient: an entry on a list names the objects of other patients
     * too (a search shows 25 notifications), and those are not this patient's to know.
     */
    private static Logitem alleenOver(Logitem item, String patientPseudoniem) {
        return new Logitem(
                item.volgnummer(),
                item.id(),
                item.handeling(),
                item.tijdstip(),
                item.toegestaan(),
                item.gebruiker(),
                item.gebruikerNaam(),
                item.rol(),
                item.afdelingen(),
                item.namens(),
                item.doel(),
                item.ip(),
                item.userAgent(),
                item.requestId(),
                item.objecten().stream()
                        .filter(o -> patientPseudoniem.equals(o.patientPseudoniem()))
                        .toList());
    }
}
