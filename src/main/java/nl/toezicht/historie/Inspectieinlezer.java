package nl.toezicht.historie;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import nl.toezicht.inspecties.Inspectielader;
import nl.toezicht.inspecties.Inspectielader.Bevindingregel;
import nl.toezicht.inspecties.Inspectielader.Kaderschaal;
import nl.toezicht.kern.Weigering;
import org.jspecify.annotations.Nullable;

/**
 * Judges the inspection lines (issue 14) against the database and writes them through module inspecties' writer
 * ({@link Inspectielader}, decision 0030), for {@link Inlezer}: a framework version by the framework editor's
 * rules; an activity's provider and locations (legacy ids, as a notification's), its framework version (legacy id),
 * each finding's norm on that version and score on its scale, the report's texts on its norms, and nothing in the
 * future. Each record is written as it is judged, in the run's transaction: framework versions are few, and an
 * activity holds a PDF that should not wait in memory for its chunk.
 */
final class Inspectieinlezer {

    /** What the import knows of a location: its id and its provider's. */
    interface Locaties {
        /** The location's id and its provider's, or null when the legacy id is unknown. */
        @Nullable
        Locatie locatie(String legacyId);
    }

    record Locatie(UUID id, UUID zorgaanbieder) {}

    /** What the import knows of a case named as an activity's reason. */
    interface Zaken {
        /** The case by the line's {@code zaak} (a legacy id, or a case's id or reference), or null when unknown. */
        @Nullable
        Zaakref zaak(String verwijzing);
    }

    /** A case: its id, its reference (null while a case of this chunk is not written yet) and its provider. */
    record Zaakref(
            UUID id, @Nullable String referentie, @Nullable UUID zorgaanbieder) {}

    private final Inspectielader lader;
    private final Instant nu;
    private final ZoneId zone;
    private final String door;
    private final Map<String, Kaderschaal> kaderversies = new HashMap<>();

    Inspectieinlezer(Inspectielader lader, Instant nu, ZoneId zone, String door) {
        this.lader = lader;
        this.nu = nu;
        this.zone = zone;
        this.door = door;
    }

    /** The framework versions the chunk's activities refer to, by legacy id, looked up once per chunk. */
    void zoekOp(Connection c, List<Historierecord> brok) throws SQLException {
        kaderversies.clear();
        List<String> refs = new ArrayList<>();
        for (Historierecord r : brok) {
            if (r instanceof Inspectierecords.Toezichtactiviteit a && a.kaderversie() != null) {
                refs.add(a.kaderversie());
            }
        }
        if (refs.isEmpty()) {
            return;
        }
        try (PreparedStatement s = c.prepareStatement("select h.legacy_id, h.nieuw_id from historie.herkomst h"
                + " where h.soort = 'KADERVERSIE' and h.legacy_id = any(?)")) {
            s.setArray(1, c.createArrayOf("text", refs.toArray()));
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    String legacy = rs.getString(1);
                    lader.gepubliceerdeVersie(rs.getObject(2, UUID.class)).ifPresent(k -> kaderversies.put(legacy, k));
                }
            }
        }
    }

    /** A framework version: stored published; returns its new id. */
    UUID kaderversie(Inspectierecords.Kaderversie k) {
        if (k.gepubliceerdOp().isAfter(nu)) {
            throw new Regelfout("gepubliceerdOp", "historie.moment.toekomst");
        }
        Kaderschaal schaal;
        try {
            schaal = lader.importeerKaderversie(k.document(), k.versie(), k.gepubliceerdOp(), door, nu);
        } catch (Weigering w) {
            throw new Regelfout(kaderveld(w.veld()), w.berichtSleutel(), w.argumenten());
        }
        kaderversies.put(k.id(), schaal);
        return schaal.versie();
    }

    /** The document's JSON pointer as a path in the line: {@code /themas/0/normen/2} → {@code kader.themas[0].normen[2]}. */
    static String kaderveld(@Nullable String pointer) {
        if (pointer == null || pointer.equals("/") || pointer.isEmpty()) {
            return "kader";
        }
        if (!pointer.startsWith("/")) {
            return "kader." + pointer;
        }
        StringBuilder pad = new StringBuilder("kader");
        for (String deel : pointer.substring(1).split("/")) {
            if (!deel.isEmpty() && deel.chars().allMatch(Character::isDigit)) {
                pad.append('[').append(deel).append(']');
            } else {
                pad.append('.').append(deel);
            }
        }
        return pad.toString();
    }

    /** An activity: judged, then written; returns its new id. */
    UUID activiteit(
            Inspectierecords.Toezichtactiviteit a, @Nullable UUID zorgaanbieder, Locaties locaties, Zaken zaken) {
        if (zorgaanbieder == null) {
            throw new Regelfout("zorgaanbieder", "historie.zorgaanbieder.onbekend", a.zorgaanbieder());
        }
        Zaakref zaak = null;
        if (a.zaak() != null) {
            zaak = zaken.zaak(a.zaak());
            if (zaak == null) {
                throw new Regelfout("zaak", "historie.zaak.onbekend", a.zaak());
            }
            if (zaak.zorgaanbieder() != null && !zaak.zorgaanbieder().equals(zorgaanbieder)) {
                throw new Regelfout(
                        "zaak", "historie.activiteit.zaak.andere-zorgaanbieder", a.zaak(), a.zorgaanbieder());
            }
        }
        List<UUID> locatieIds = new ArrayList<>();
        for (int i = 0; i < a.locaties().size(); i++) {
            Locatie ref = locaties.locatie(a.locaties().get(i));
            if (ref == null) {
                throw new Regelfout(
                        "locaties[" + i + "]",
                        "historie.locatie.onbekend",
                        a.locaties().get(i));
            }
            if (!ref.zorgaanbieder().equals(zorgaanbieder)) {
                throw new Regelfout(
                        "locaties[" + i + "]",
                        "historie.locatie.andere-zorgaanbieder",
                        a.locaties().get(i),
                        a.zorgaanbieder());
            }
            locatieIds.add(ref.id());
        }
        LocalDate vandaag = LocalDate.ofInstant(nu, zone);
        if (a.einddatum().isAfter(vandaag)) {
            throw new Regelfout(
                    a.begindatum().isAfter(vandaag) ? "begindatum" : "einddatum", "historie.moment.toekomst");
        }
        Kaderschaal kader = null;
        if (a.kaderversie() != null) {
            kader = kaderversies.get(a.kaderversie());
            if (kader == null) {
                throw new Regelfout("kaderversie", "historie.kaderversie.onbekend", a.kaderversie());
            }
        }
        for (int i = 0; i < a.bevindingen().size(); i++) {
            Bevindingregel b = a.bevindingen().get(i);
            if (kader == null || !kader.normen().contains(b.normCode())) {
                throw new Regelfout(
                        "bevindingen[" + i + "].norm", "historie.norm.onbekend", b.normCode(), a.kaderversie());
            }
            if (b.score() != null && !kader.schaal().contains(b.score())) {
                throw new Regelfout(
                        "bevindingen[" + i + "].score",
                        "historie.score.onbekend",
                        b.score(),
                        String.join(", ", kader.schaal()));
            }
        }
        Inspectielader.Effect effect = a.effect();
        if (effect != null
                && effect.beoordeeldOp() != null
                && effect.beoordeeldOp().isAfter(nu)) {
            throw new Regelfout("effect.beoordeeldOp", "historie.moment.toekomst");
        }
        Inspectielader.Eindrapport eindrapport = null;
        Inspectierecords.Rapport r = a.rapport();
        if (r != null) {
            if (r.definitiefOp().isAfter(nu)) {
                throw new Regelfout("rapport.definitiefOp", "historie.moment.toekomst");
            }
            if (LocalDate.ofInstant(r.definitiefOp(), zone).isBefore(a.begindatum())) {
                throw new Regelfout("rapport.definitiefOp", "historie.rapport.voor-begin");
            }
            int i = 0;
            for (String norm : r.teksten().keySet()) {
                if (kader == null || !kader.normen().contains(norm)) {
                    throw new Regelfout(
                            "rapport.teksten[" + i + "].norm",
                            "historie.norm.onbekend",
                            norm,
                            String.valueOf(a.kaderversie()));
                }
                i++;
            }
            eindrapport = new Inspectielader.Eindrapport(
                    r.inleiding(), r.teksten(), r.beoordeeldDoor(), r.definitiefOp(), r.pdf(), r.sha256(), r.kenmerk());
        }
        UUID id = UUID.randomUUID();
        lader.schrijf(
                List.of(new Inspectielader.Geimporteerdeactiviteit(
                        id,
                        a.activiteitsoort(),
                        a.aankondiging(),
                        a.status(),
                        a.afdeling(),
                        a.aanleiding(),
                        zaak == null ? null : zaak.id(),
                        zaak == null ? null : zaak.referentie(),
                        a.aanleidingOmschrijving(),
                        zorgaanbieder,
                        locatieIds,
                        kader == null ? null : kader.versie(),
                        a.team(),
                        a.begindatum(),
                        a.einddatum(),
                        a.bevindingen(),
                        effect,
                        eindrapport,
                        a.toelichting())),
                nu);
        return id;
    }
}
