package nl.toezicht.handhaving;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import nl.toezicht.kern.Tijdzone;
import nl.toezicht.kern.Weigering;
import nl.toezicht.logboek.Handeling;
import nl.toezicht.toegang.Toegangsbeleid;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The fine policy table as versioned data (decision 0094): who may read measures reads every version; who holds
 * {@link HandhavingRechten#BOETEBELEID_VASTSTELLEN} adds a new one, in force from today or later. A version is
 * never changed (the database refuses it), so a fine's computation keeps pointing at what it was computed from.
 */
@Service
public class Boetebeleidsversies {

    private final JdbcClient jdbc;
    private final Toegangsbeleid toegang;
    private final HandhavingProperties instellingen;
    private final Clock clock;

    Boetebeleidsversies(JdbcClient jdbc, Toegangsbeleid toegang, HandhavingProperties instellingen, Clock clock) {
        this.jdbc = jdbc;
        this.toegang = toegang;
        this.instellingen = instellingen;
        this.clock = clock;
    }

    /** What is typed for a new version: start day, title, categories and reductions. */
    public record NieuweVersie(
            @Nullable LocalDate geldigVanaf,
            @Nullable String omschrijving,
            @Nullable List<Boetebeleid.Categorie> categorieen,
            @Nullable List<Boetebeleid.Matiging> matigingen) {}

    /** Every version, newest first, with whether a fine was computed from it. */
    @Transactional(readOnly = true)
    public List<Boetebeleid> versies() {
        toegang.eis(HandhavingRechten.INZIEN);
        return lees("", List.of());
    }

    /** The versions fines were computed from (shown as such on the page). */
    @Transactional(readOnly = true)
    public List<Integer> gebruikt() {
        return jdbc.sql("select distinct versie from handhaving.boeteberekening order by versie")
                .query(Integer.class)
                .list();
    }

    /** The version in force on this day: the latest start on or before it, the higher number on the same day. */
    @Transactional(readOnly = true)
    public Optional<Boetebeleid> geldigOp(LocalDate dag) {
        return lees(
                        " where versie = (select versie from handhaving.boetebeleid where geldig_vanaf <= ?"
                                + " order by geldig_vanaf desc, versie desc limit 1)",
                        List.of(Date.valueOf(dag)))
                .stream()
                .findFirst();
    }

    /** Adds a version whole (categories and reductions in the same transaction); refused in words on a field. */
    @Transactional
    public Boetebeleid stelVast(NieuweVersie nieuw) {
        toegang.eis(HandhavingRechten.BOETEBELEID_VASTSTELLEN, Handeling.AANMAKEN);
        if (nieuw.geldigVanaf() == null) {
            throw Weigering.opVeld("geldigVanaf", "maatregel.veld.verplicht");
        }
        jdbc.sql("lock table handhaving.boetebeleid in exclusive mode").update();
        int versie = jdbc.sql("select coalesce(max(versie), 0) + 1 from handhaving.boetebeleid")
                .query(Integer.class)
                .single();
        Boetebeleid b = new Boetebeleid(
                versie,
                nieuw.geldigVanaf(),
                nieuw.omschrijving() == null ? "" : nieuw.omschrijving().strip(),
                nieuw.categorieen() == null ? List.of() : nieuw.categorieen(),
                nieuw.matigingen() == null ? List.of() : nieuw.matigingen(),
                toegang.ik().gebruikersnaam(),
                clock.instant());
        b.controleer(LocalDate.now(clock.withZone(Tijdzone.NEDERLAND)), instellingen.maximum());
        jdbc.sql("insert into handhaving.boetebeleid (versie, geldig_vanaf, omschrijving, vastgesteld_door,"
                        + " vastgesteld_op) values (?, ?, ?, ?, ?)")
                .params(
                        versie,
                        Date.valueOf(b.geldigVanaf()),
                        b.omschrijving(),
                        b.vastgesteldDoor(),
                        Timestamp.from(b.vastgesteldOp()))
                .update();
        for (Boetebeleid.Categorie c : b.categorieen()) {
            jdbc.sql("insert into handhaving.boetecategorie (versie, categorie, omschrijving, basisbedrag)"
                            + " values (?, ?, ?, ?)")
                    .params(versie, c.categorie(), c.omschrijving().strip(), c.basisbedrag())
                    .update();
        }
        for (Boetebeleid.Matiging m : b.matigingen()) {
            jdbc.sql("insert into handhaving.boetematiging (versie, code, omschrijving, percentage)"
                            + " values (?, ?, ?, ?)")
                    .params(versie, m.code(), m.omschrijving().strip(), m.percentage())
                    .update();
        }
        return b;
    }

    /**
     * A fine's amount from the version in force on the day of the fine report (Awb 5:48): refused on
     * {@code rapportdatum} when no version was in force then.
     */
    Boeteberekening bereken(LocalDate rapportdatum, int categorie, List<String> matigingen) {
        Boetebeleid b =
                geldigOp(rapportdatum).orElseThrow(() -> Weigering.opVeld("rapportdatum", "boetebeleid.geen-versie"));
        return b.bereken(categorie, matigingen);
    }

    void bewaar(UUID maatregel, Boeteberekening b) {
        jdbc.sql("insert into handhaving.boeteberekening (maatregel, versie, categorie, basisbedrag, matigingen,"
                        + " percentage, bedrag) values (?, ?, ?, ?, ?, ?, ?)")
                .params(
                        maatregel,
                        b.versie(),
                        b.categorie(),
                        b.basisbedrag(),
                        b.matigingen().toArray(String[]::new),
                        b.percentage(),
                        b.bedrag())
                .update();
    }

    /** How the fine's amount was computed, if it came from the policy (read through the measure's own check). */
    @Transactional(readOnly = true)
    public Optional<Boeteberekening> berekening(Maatregel m) {
        return jdbc.sql("select versie, categorie, basisbedrag, matigingen, percentage, bedrag"
                        + " from handhaving.boeteberekening where maatregel = ?")
                .param(m.id())
                .query((rs, i) -> new Boeteberekening(
                        rs.getInt("versie"),
                        rs.getInt("categorie"),
                        rs.getBigDecimal("basisbedrag"),
                        List.of((String[]) rs.getArray("matigingen").getArray()),
                        rs.getBigDecimal("percentage"),
                        rs.getBigDecimal("bedrag")))
                .optional();
    }

    private List<Boetebeleid> lees(String waar, List<Object> params) {
        record Kop(int versie, LocalDate vanaf, String omschrijving, String door, java.time.Instant op) {}
        List<Kop> koppen = jdbc.sql("select versie, geldig_vanaf, omschrijving, vastgesteld_door, vastgesteld_op"
                        + " from handhaving.boetebeleid" + waar + " order by geldig_vanaf desc, versie desc")
                .params(params)
                .query((rs, i) -> new Kop(
                        rs.getInt("versie"),
                        rs.getDate("geldig_vanaf").toLocalDate(),
                        rs.getString("omschrijving"),
                        rs.getString("vastgesteld_door"),
                        rs.getTimestamp("vastgesteld_op").toInstant()))
                .list();
        if (koppen.isEmpty()) {
            return List.of();
        }
        Integer[] nummers = koppen.stream().map(Kop::versie).toArray(Integer[]::new);
        Map<Integer, List<Boetebeleid.Categorie>> categorieen = new LinkedHashMap<>();
        jdbc.sql("select versie, categorie, omschrijving, basisbedrag from handhaving.boetecategorie"
                        + " where versie = any(?) order by versie, categorie")
                .param(nummers)
                .query(rs -> {
                    categorieen
                            .computeIfAbsent(rs.getInt("versie"), k -> new ArrayList<>())
                            .add(new Boetebeleid.Categorie(
                                    rs.getInt("categorie"),
                                    rs.getString("omschrijving"),
                                    rs.getBigDecimal("basisbedrag")));
                });
        Map<Integer, List<Boetebeleid.Matiging>> matigingen = new LinkedHashMap<>();
        jdbc.sql("select versie, code, omschrijving, percentage from handhaving.boetematiging"
                        + " where versie = any(?) order by versie, percentage desc, code")
                .param(nummers)
                .query(rs -> {
                    matigingen
                            .computeIfAbsent(rs.getInt("versie"), k -> new ArrayList<>())
                            .add(new Boetebeleid.Matiging(
                                    rs.getString("code"),
                                    rs.getString("omschrijving"),
                                    rs.getBigDecimal("percentage")));
                });
        return koppen.stream()
                .map(k -> new Boetebeleid(
                        k.versie(),
                        k.vanaf(),
                        k.omschrijving(),
                        categorieen.getOrDefault(k.versie(), List.of()),
                        matigingen.getOrDefault(k.versie(), List.of()),
                        k.door(),
                        k.op()))
                .toList();
    }
}
