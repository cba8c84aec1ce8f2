package nl.toezicht.meldingen;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.UUID;
import nl.toezicht.kern.Weigering;
import nl.toezicht.kern.Zoekopdracht;
import nl.toezicht.kern.Zoekterm;
import nl.toezicht.kern.Zoekuitkomst;
import nl.toezicht.kern.Zoekuitvoering;
import nl.toezicht.kern.Zorgsector;
import nl.toezicht.logboek.Handeling;
import nl.toezicht.logboek.Logobject;
import nl.toezicht.logboek.Toegangslog;
import nl.toezicht.toegang.Toegangsbeleid;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The read contracts of the search over notifications and of their related work (decisions 0068, 0024): by the
 * number of a reference typed loosely, by the words of the description and of the provider as the reporter
 * named it (Dutch stemming, accents ignored), and — for a case page — the other notifications about the same
 * provider or location, about the same patient (by pseudonym) and those that may be duplicates. Only notifications
 * of the sectors the user may see are matched and counted; who may not read free text finds by reference only and
 * gets neither the patient's other notifications nor duplicate suggestions, which are found by that text. Every
 * notification shown is written to the access log as a search, with its patient's pseudonym.
 */
@Service
public class Meldingzoeker {

    /** A notification found. */
    public record Meldingtreffer(
            MeldingId id,
            String referentie,
            Meldingstatus status,
            Meldingsoort soort,
            Zorgsector sector,
            @Nullable String zorgaanbiederOmschrijving,
            Instant ontvangenOp) {}

    /** A notification that may report the same event as one of the case's ({@code van}). */
    public record MogelijkDubbel(Meldingtreffer melding, MeldingId van, int gelijkenisProcent) {}

    /** What else there is around a case's notifications. */
    public record Verwant(
            List<Meldingtreffer> zelfdeAanbieder, List<Meldingtreffer> zelfdePatient, List<MogelijkDubbel> dubbelen) {}

    /** A duplicate was reported within this many days of the other. */
    public static final Duration DUBBEL_VENSTER = Duration.ofDays(14);

    /** Trigram similarity of the descriptions from which two notifications may be one. */
    public static final double DUBBEL_GELIJKENIS = 0.3;

    /** A notification matches the words of a search (served, with {@link #ZICHTBAAR}, by one GIN index: V170). */
    static final String WOORDEN = "zoektekst @@ websearch_to_tsquery('public.nederlands', :tekst)";

    /** Only the departments the user may see are matched and counted. */
    static final String ZICHTBAAR = " and sector = any(:zichtbaar)";

    private static final String KOLOMMEN =
            "id, referentie, status, soort, sector, zorgaanbieder_omschrijving, ontvangen_op, patient_pseudoniem";

    private record Rij(Meldingtreffer treffer, @Nullable String pseudoniem) {}

    private final JdbcClient jdbc;
    private final Toegangsbeleid toegang;
    private final Toegangslog toegangslog;

    Meldingzoeker(JdbcClient jdbc, Toegangsbeleid toegang, Toegangslog toegangslog) {
        this.jdbc = jdbc;
        this.toegang = toegang;
        this.toegangslog = toegangslog;
    }

    @Transactional(readOnly = true)
    public Zoekuitkomst<Meldingtreffer> zoek(Zoekopdracht opdracht) {
        toegang.eis(MeldingRechten.INZIEN, Handeling.ZOEKEN);
        if (opdracht.status() != null
                && Arrays.stream(Meldingstatus.values()).noneMatch(s -> s.name().equals(opdracht.status()))) {
            throw Weigering.opVeld("status", "zoeken.status", opdracht.status());
        }
        Zoekterm term = opdracht.term();
        String voorwaarde;
        if (term.isReferentie()) {
            if (!term.kanZijnVan('M')) {
                return Zoekuitkomst.leeg(false);
            }
            voorwaarde = "substring(referentie from '[0-9]+$')::bigint = :nummer"
                    + (term.jaar() == null ? "" : " and referentie like :voorvoegsel");
        } else if (toegang.heeft(MeldingRechten.IDENTITEIT_ZIEN)) {
            voorwaarde = WOORDEN;
        } else {
            return Zoekuitkomst.leeg(true);
        }
        Zoekuitvoering zoeking = new Zoekuitvoering(
                        jdbc, "meldingen.melding", "status", "sector", voorwaarde + ZICHTBAAR)
                .param("zichtbaar", zichtbaar());
        if (term.isReferentie()) {
            zoeking.param("nummer", term.nummer());
            if (term.jaar() != null) {
                zoeking.param("voorvoegsel", term.jaarvoorvoegsel('M') + "%");
            }
        } else {
            zoeking.param("tekst", term.tekst());
        }
        Zoekuitkomst<Rij> rijen = zoeking.voerUit(opdracht, KOLOMMEN, Meldingzoeker::rij, false);
        log(rijen.pagina().items());
        return new Zoekuitkomst<>(
                new nl.toezicht.kern.Pagina<>(
                        rijen.pagina().items().stream().map(Rij::treffer).toList(),
                        rijen.pagina().vorige(),
                        rijen.pagina().volgende(),
                        rijen.pagina().totaal()),
                rijen.statussen(),
                rijen.afdelingen(),
                rijen.jaren(),
                false);
    }

    /**
     * The related work of a case's notifications ({@code vanZaak}): other notifications about the same provider
     * or one of the same locations, the same patient's other notifications (only for who may see identities), and
     * possible duplicates: at the same location (or, without one, the same provider), received within
     * {@link #DUBBEL_VENSTER}, with a description at least {@link #DUBBEL_GELIJKENIS} alike by trigrams. At most
     * {@code max} of each, newest first; only what the user may see; logged as a search.
     */
    @Transactional(readOnly = true)
    public Verwant verwant(Collection<MeldingId> vanZaak, int max) {
        toegang.eis(MeldingRechten.INZIEN, Handeling.ZOEKEN);
        if (vanZaak.isEmpty()) {
            return new Verwant(List.of(), List.of(), List.of());
        }
        UUID[] eigen = vanZaak.stream().map(MeldingId::waarde).toArray(UUID[]::new);
        String[] zichtbaar = zichtbaar();
        List<Rij> aanbieder = jdbc.sql(zelfdeAanbiederVraag("meldingen.melding"))
                .param("eigen", eigen)
                .param("zichtbaar", zichtbaar)
                .param("max", max)
                .query(Meldingzoeker::rij)
                .list();
        boolean vrijeTekst = toegang.heeft(MeldingRechten.IDENTITEIT_ZIEN);
        List<Rij> patient = !vrijeTekst
                ? List.of()
                : jdbc.sql("select " + KOLOMMEN + " from meldingen.melding m where m.id <> all(:eigen)"
                                + " and m.sector = any(:zichtbaar) and m.patient_pseudoniem in (select patient_pseudoniem"
                                + " from meldingen.melding where id = any(:eigen))"
                                + " order by m.ontvangen_op desc, m.id desc limit :max")
                        .param("eigen", eigen)
                        .param("zichtbaar", zichtbaar)
                        .param("max", max)
                        .query(Meldingzoeker::rij)
                        .list();
        List<MogelijkDubbel> dubbelen = new ArrayList<>();
        List<Rij> dubbelrijen = new ArrayList<>();
        if (vrijeTekst) {
            // one suggestion per notification, beside the case's notification it resembles most
            jdbc.sql(dubbelVraag("meldingen.melding"))
                    .param("eigen", eigen)
                    .param("zichtbaar", zichtbaar)
                    .param("dagen", (int) DUBBEL_VENSTER.toDays())
                    .param("drempel", DUBBEL_GELIJKENIS)
                    .param("max", max)
                    .query((rs, i) -> {
                        Rij rij = rij(rs, i);
                        dubbelrijen.add(rij);
                        return new MogelijkDubbel(rij.treffer(), new MeldingId(rs.getObject("van", UUID.class)), (int)
                                Math.round(rs.getDouble("gelijk") * 100));
                    })
                    .list()
                    .forEach(dubbelen::add);
        }
        List<Rij> getoond = new ArrayList<>(aanbieder);
        getoond.addAll(patient);
        getoond.addAll(dubbelrijen);
        log(getoond);
        return new Verwant(
                aanbieder.stream().map(Rij::treffer).toList(),
                patient.stream().map(Rij::treffer).toList(),
                List.copyOf(dubbelen));
    }

    private String[] zichtbaar() {
        return toegang.zichtbareAfdelingen().stream().map(Enum::name).toArray(String[]::new);
    }

    private void log(List<Rij> rijen) {
        toegangslog.toegestaan(
                Handeling.ZOEKEN,
                rijen.stream()
                        .map(r -> Logobject.melding(r.treffer().id().waarde(), r.pseudoniem()))
                        .distinct()
                        .toArray(Logobject[]::new));
    }

    /**
     * The newest notifications about the same provider or one of the same locations as the case's ({@code :eigen}).
     * One branch per own notification and per index ({@code melding_zorgaanbieder_ontvangen_idx},
     * {@code melding_locatie_idx}: both in date order), each read newest first up to its LIMIT, then merged. With
     * the two conditions OR-ed over subqueries the planner could use neither index and walked all notifications
     * newest first until ten matched (0.3-1 s at 1,000,000; docs/PERFORMANCE.md, "Mixed load").
     */
    static String zelfdeAanbiederVraag(String tabel) {
        String tak = "select k.* from " + tabel + " e cross join lateral (select " + KOLOMMEN + " from " + tabel
                + " m where m.%1$s = e.%1$s and m.id <> all(:eigen) and m.sector = any(:zichtbaar)"
                + " order by m.ontvangen_op desc, m.id desc limit :max) k where e.id = any(:eigen)";
        return "select " + KOLOMMEN + " from (" + tak.formatted("zorgaanbieder_id") + " union "
                + tak.formatted("locatie_id") + ") u order by ontvangen_op desc, id desc limit :max";
    }

    /**
     * Possible duplicates of the case's notifications ({@code :eigen}): at the same location within the window, or,
     * for a notification without a location, at the same provider; one suggestion per notification, beside the
     * case's notification it resembles most. The candidates are found by index range first (location and date
     * together in {@code melding_locatie_idx}), and only they are compared by trigrams: the location OR provider
     * join read every notification of both and compared each (100 ms and more per case page at 1,000,000).
     */
    static String dubbelVraag(String tabel) {
        String kolommen = prefixed("m.");
        String venster = " and m.ontvangen_op between e.ontvangen_op - make_interval(days => :dagen)"
                + " and e.ontvangen_op + make_interval(days => :dagen)"
                + " where e.id = any(:eigen) and m.id <> all(:eigen) and m.sector = any(:zichtbaar)";
        return "with kandidaat as materialized (select " + kolommen + ", m.omschrijving as tekst, e.id as van,"
                + " e.omschrijving as eigen_tekst from " + tabel + " e join " + tabel
                + " m on m.locatie_id = e.locatie_id"
                + venster + " and e.locatie_id is not null"
                + " union all select " + kolommen + ", m.omschrijving, e.id, e.omschrijving from " + tabel + " e join "
                + tabel + " m on m.zorgaanbieder_id = e.zorgaanbieder_id" + venster + " and e.locatie_id is null)"
                + " select * from (select distinct on (id) " + KOLOMMEN
                + ", van, similarity(tekst, eigen_tekst) as gelijk"
                + " from kandidaat where similarity(tekst, eigen_tekst) >= :drempel order by id, gelijk desc) d"
                + " order by gelijk desc, ontvangen_op desc limit :max";
    }

    private static String prefixed(String alias) {
        return Arrays.stream(KOLOMMEN.split(", "))
                .map(k -> alias + k)
                .reduce((a, b) -> a + ", " + b)
                .orElseThrow();
    }

    private static Rij rij(ResultSet rs, int i) throws SQLException {
        Timestamp ontvangen = rs.getTimestamp("ontvangen_op");
        return new Rij(
                new Meldingtreffer(
                        new MeldingId(rs.getObject("id", UUID.class)),
                        rs.getString("referentie"),
                        Meldingstatus.valueOf(rs.getString("status")),
                        Meldingsoort.valueOf(rs.getString("soort")),
                        Zorgsector.valueOf(rs.getString("sector")),
                        rs.getString("zorgaanbieder_omschrijving"),
                        ontvangen.toInstant()),
                rs.getString("patient_pseudoniem"));
    }
}
