package nl.toezicht.zaken;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import nl.toezicht.kern.Pagina;
import nl.toezicht.kern.Weigering;
import nl.toezicht.kern.Zorgsector;
import nl.toezicht.logboek.Handeling;
import nl.toezicht.logboek.Logobject;
import nl.toezicht.logboek.Toegangslog;
import nl.toezicht.meldingen.Meldingen;
import nl.toezicht.meldingen.Meldingsoort;
import nl.toezicht.register.ZorgaanbiederId;
import nl.toezicht.termijnen.Termijnen;
import nl.toezicht.termijnen.Termijnsoort;
import nl.toezicht.toegang.Toegangsbeleid;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Work queues: cases ordered by deadline (none last), then id, keyset-paged so that a page costs the same
 * at the millionth case as at the first. Each query is shaped to one of the partial indexes of
 * {@code V5__zaken.sql} (open cases by department, by inspector, or all), see docs/PERFORMANCE.md.
 */
@Service
public class Werkbak {

    private static final String KOLOMMEN = "id, referentie, status, soort, sector, afdeling, zorgaanbieder_id,"
            + " inspecteur, termijn_soort, termijn_datum, te_laat, termijn_opgeschort, ontvangen_op";

    private final JdbcClient jdbc;
    private final Toegangsbeleid toegang;
    private final Toegangslog toegangslog;
    private final Termijnen termijnen;
    private final Meldingen meldingen;

    Werkbak(
            JdbcClient jdbc,
            Toegangsbeleid toegang,
            Toegangslog toegangslog,
            Termijnen termijnen,
            Meldingen meldingen) {
        this.jdbc = jdbc;
        this.toegangslog = toegangslog;
        this.meldingen = meldingen;
        this.toegang = toegang;
        this.termijnen = termijnen;
    }

    /**
     * The case behind a reference a caller quotes: a case reference ({@code Z-2026-000123}) or the reference
     * of one of its notifications ({@code M-2026-000123}), if the current user may read it. A case outside
     * their need-to-know is not found, so references cannot be probed.
     */
    public Optional<ZaakId> zoekOpKenmerk(String kenmerk) {
        toegang.eis(ZaakRechten.INZIEN, Handeling.ZOEKEN);
        return zaakMetKenmerk(kenmerk)
                .filter(id -> jdbc.sql("select afdeling from zaken.zaak where id = ?")
                        .param(id.waarde())
                        .query(String.class)
                        .optional()
                        .map(afdeling -> toegang.magLezen(
                                ZaakRechten.INZIEN, Zorgsector.valueOf(afdeling), Logobject.zaak(id.waarde())))
                        .orElse(false));
    }

    /** The case behind a reference or a case id, whoever may see it (for break-the-glass). */
    public Optional<ZaakId> zaakMetKenmerk(String kenmerk) {
        try {
            return Optional.of(new ZaakId(UUID.fromString(kenmerk.strip())));
        } catch (IllegalArgumentException geenId) {
            // a reference, then
        }
        String gezocht = kenmerk.trim().toUpperCase(java.util.Locale.ROOT);
        if (gezocht.startsWith("Z-")) {
            return jdbc.sql("select id from zaken.zaak where referentie = ?")
                    .param(gezocht)
                    .query(UUID.class)
                    .optional()
                    .map(ZaakId::new);
        }
        if (gezocht.startsWith("M-")) {
            return meldingen
                    .vindOpReferentie(gezocht)
                    .flatMap(melding -> jdbc.sql("select zaak from zaken.zaak_melding where melding_id = ?")
                            .param(melding.waarde())
                            .query(UUID.class)
                            .optional()
                            .map(ZaakId::new));
        }
        return Optional.empty();
    }

    /** What to show. Without a status only open cases; {@code teLaat} and {@code binnenDagen} use today. */
    public record Filter(
            @Nullable Zorgsector afdeling,
            @Nullable String inspecteur,
            @Nullable Zaakstatus status,
            @Nullable Meldingsoort soort,
            @Nullable Zorgsector sector,
            @Nullable Boolean teLaat,
            @Nullable Integer binnenDagen) {

        public static Filter leeg() {
            return new Filter(null, null, null, null, null, null, null);
        }
    }

    /**
     * The order of a work queue: by deadline (the default: what is due first), or by receipt, newest or
     * oldest first. Each reads an index of open cases in its order (see {@code V81}).
     */
    public enum Sortering {
        TERMIJN,
        NIEUWSTE,
        OUDSTE;

        boolean opOntvangst() {
            return this != TERMIJN;
        }

        boolean aflopend() {
            return this == NIEUWSTE;
        }
    }

    /**
     * A position in the ordering: the deadline (may be absent) or, when sorted by receipt, the moment of
     * receipt, and the id of a case on the page's edge.
     */
    public record Cursor(
            @Nullable LocalDate datum, @Nullable Instant ontvangen, UUID id) {

        public Cursor(@Nullable LocalDate datum, UUID id) {
            this(datum, null, id);
        }

        public static Cursor lees(String tekst) {
            int streep = tekst.lastIndexOf('_');
            try {
                if (streep < 1) {
                    throw new IllegalArgumentException(tekst);
                }
                String sleutel = tekst.substring(0, streep);
                UUID id = UUID.fromString(tekst.substring(streep + 1));
                if (sleutel.startsWith("o")) {
                    return new Cursor(null, Instant.parse(sleutel.substring(1)), id);
                }
                return new Cursor(sleutel.equals("-") ? null : LocalDate.parse(sleutel), id);
            } catch (RuntimeException e) {
                throw Weigering.opVeld("cursor", "zaak.filter.cursor");
            }
        }

        @Override
        public String toString() {
            if (ontvangen != null) {
                return "o" + ontvangen + "_" + id;
            }
            return (datum == null ? "-" : datum.toString()) + "_" + id;
        }
    }

    public record Regel(
            ZaakId id,
            String referentie,
            Zaakstatus status,
            Meldingsoort soort,
            Zorgsector sector,
            Zorgsector afdeling,
            @Nullable ZorgaanbiederId zorgaanbieder,
            @Nullable String inspecteur,
            @Nullable Termijnsoort termijnSoort,
            @Nullable LocalDate termijnDatum,
            boolean teLaat,
            boolean binnenkort,
            boolean opgeschort,
            Instant ontvangenOp) {

        Cursor cursor(Sortering sortering) {
            return sortering.opOntvangst()
                    ? new Cursor(null, ontvangenOp, id.waarde())
                    : new Cursor(termijnDatum, id.waarde());
        }
    }

    /** Beyond this many the total says "more than": counting a million open cases per page view costs. */
    public static final int TELLEN_TOT = 10_000;

    /**
     * One page of the cases the current user may see.
     *
     * @param na the page starts after this position (next page), or
     * @param voor the page ends before this position (previous page)
     */
    @Transactional(readOnly = true)
    public Pagina<Regel> pagina(Filter filter, @Nullable Cursor na, @Nullable Cursor voor, int grootte) {
        return pagina(filter, Sortering.TERMIJN, na, voor, grootte, false);
    }

    /**
     * One page in the chosen order; with {@code tellen} also how many cases match in all, counted up to
     * {@value #TELLEN_TOT} (the page shows "more than" beyond that).
     */
    @Transactional(readOnly = true)
    public Pagina<Regel> pagina(
            Filter filter,
            Sortering sortering,
            @Nullable Cursor na,
            @Nullable Cursor voor,
            int grootte,
            boolean tellen) {
        if (grootte < 1 || grootte > 100) {
            throw Weigering.opVeld("grootte", "zaak.filter.grootte");
        }
        Set<Zorgsector> beperkTot = beperking(filter, Handeling.ZOEKEN);
        LocalDate vandaag = termijnen.vandaag();
        boolean terug = na == null && voor != null;
        Cursor positie = terug ? voor : na;
        if (positie != null && (positie.ontvangen() != null) != sortering.opOntvangst()) {
            // a link of another ordering: start at the first page of this one
            positie = null;
            terug = false;
        }
        Zoekvraag vraag = zoekvraag(filter, beperkTot, positie, terug, grootte, vandaag, sortering);
        List<Regel> regels = new ArrayList<>(jdbc.sql(vraag.sql())
                .params(vraag.params())
                .query((rs, i) -> regel(rs, vandaag))
                .list());
        boolean meer = regels.size() > grootte;
        if (meer) {
            regels.remove(regels.size() - 1);
        }
        if (terug) {
            Collections.reverse(regels);
        }
        toegangslog.toegestaan(
                Handeling.ZOEKEN,
                regels.stream().map(r -> Logobject.zaak(r.id().waarde())).toArray(Logobject[]::new));
        Long totaal = null;
        if (tellen && positie == null && !meer) {
            // the first page holds them all: nothing left to count
            totaal = (long) regels.size();
        } else if (tellen) {
            Zoekvraag telling = zoekvraag(filter, beperkTot, null, false, TELLEN_TOT, vandaag, sortering);
            totaal = jdbc.sql("select count(*) from (" + telling.sql() + ") t")
                    .params(telling.params())
                    .query(Long.class)
                    .single();
        }
        if (regels.isEmpty()) {
            return new Pagina<>(List.of(), null, null, totaal);
        }
        boolean eerstePagina = terug ? !meer : positie == null;
        Cursor vorige = eerstePagina ? null : regels.get(0).cursor(sortering);
        Cursor volgende = (terug || meer) ? regels.get(regels.size() - 1).cursor(sortering) : null;
        return new Pagina<>(
                List.copyOf(regels),
                vorige == null ? null : vorige.toString(),
                volgende == null ? null : volgende.toString(),
                totaal);
    }

    /** At most this many cases in one export: more is a mass download of case data, not a view of work. */
    public static final int EXPORT_MAXIMUM = 5_000;

    /**
     * All cases of the filter that the current user may see, in the chosen order, for a download of the current
     * view; logged as an export of each case.
     *
     * @throws Weigering on field {@code filter} when more than {@value #EXPORT_MAXIMUM} cases match
     */
    @Transactional(readOnly = true)
    public List<Regel> export(Filter filter, Sortering sortering) {
        Set<Zorgsector> beperkTot = beperking(filter, Handeling.EXPORTEREN);
        LocalDate vandaag = termijnen.vandaag();
        Zoekvraag vraag = zoekvraag(filter, beperkTot, null, false, EXPORT_MAXIMUM, vandaag, sortering);
        List<Regel> regels = jdbc.sql(vraag.sql())
                .params(vraag.params())
                .query((rs, i) -> regel(rs, vandaag))
                .list();
        if (regels.size() > EXPORT_MAXIMUM) {
            throw Weigering.opVeld(
                    "filter",
                    "zaak.export.te-veel",
                    java.text.NumberFormat.getIntegerInstance(java.util.Locale.forLanguageTag("nl"))
                            .format(EXPORT_MAXIMUM));
        }
        if (!regels.isEmpty()) {
            toegangslog.toegestaan(
                    Handeling.EXPORTEREN,
                    regels.stream().map(r -> Logobject.zaak(r.id().waarde())).toArray(Logobject[]::new));
        }
        return regels;
    }

    /**
     * Checks the filter and the right to read cases; answers the departments the query must keep to (null: all).
     * A department asked for outside the user's need-to-know is refused.
     */
    private @Nullable Set<Zorgsector> beperking(Filter filter, Handeling handeling) {
        if (filter.binnenDagen() != null && (filter.binnenDagen() < 0 || filter.binnenDagen() > 366)) {
            throw Weigering.opVeld("termijnBinnenDagen", "zaak.filter.binnen-dagen");
        }
        toegang.eis(ZaakRechten.INZIEN, handeling);
        if (filter.afdeling() != null) {
            toegang.eisAfdeling(filter.afdeling());
            return null;
        }
        Set<Zorgsector> zichtbaar = toegang.zichtbareAfdelingen();
        return zichtbaar.containsAll(EnumSet.allOf(Zorgsector.class)) ? null : zichtbaar;
    }

    /** The SQL of one page, kept apart so that a test can check its plan uses the partial indexes. */
    record Zoekvraag(String sql, Map<String, Object> params) {}

    static Zoekvraag zoekvraag(
            Filter filter,
            @Nullable Set<Zorgsector> beperkTot,
            @Nullable Cursor positie,
            boolean terug,
            int grootte,
            LocalDate vandaag,
            Sortering sortering) {
        StringBuilder sql = new StringBuilder("select " + KOLOMMEN + " from zaken.zaak where ");
        Map<String, Object> params = new LinkedHashMap<>();
        boolean alleenOpen = filter.status() == null || filter.status().isOpen();
        // repeated for every open status so the planner may use the partial indexes (status <> 'GESLOTEN')
        sql.append(alleenOpen ? "status <> 'GESLOTEN'" : "status = 'GESLOTEN'");
        if (filter.status() != null && alleenOpen) {
            sql.append(" and status = :status");
            params.put("status", filter.status().name());
        }
        if (filter.afdeling() != null) {
            sql.append(" and afdeling = :afdeling");
            params.put("afdeling", filter.afdeling().name());
        } else if (beperkTot != null) {
            sql.append(" and afdeling in (:afdelingen)");
            params.put(
                    "afdelingen",
                    beperkTot.isEmpty()
                            ? List.of("-")
                            : beperkTot.stream().map(Enum::name).toList());
        }
        if (filter.inspecteur() != null) {
            sql.append(" and inspecteur = :inspecteur");
            params.put("inspecteur", filter.inspecteur());
        }
        if (filter.soort() != null) {
            sql.append(" and soort = :soort");
            params.put("soort", filter.soort().name());
        }
        if (filter.sector() != null) {
            sql.append(" and sector = :sector");
            params.put("sector", filter.sector().name());
        }
        // a deadline that stands still (its clock suspended) is not overdue
        if (Boolean.TRUE.equals(filter.teLaat())) {
            sql.append(" and termijn_datum < :vandaag and not termijn_opgeschort");
        } else if (Boolean.FALSE.equals(filter.teLaat())) {
            sql.append(" and (termijn_datum >= :vandaag or termijn_opgeschort)");
        }
        if (filter.binnenDagen() != null) {
            sql.append(" and termijn_datum between :vandaag and :tot and not termijn_opgeschort");
            params.put("tot", vandaag.plusDays(filter.binnenDagen()));
        }
        params.put("vandaag", vandaag);
        if (sortering.opOntvangst()) {
            // receipt is always there: a plain row comparison, forwards or backwards through the index
            boolean achteruit = sortering.aflopend() != terug;
            if (positie != null && positie.ontvangen() != null) {
                params.put("cursorId", positie.id());
                params.put("cursorOntvangen", java.sql.Timestamp.from(positie.ontvangen()));
                sql.append(" and (ontvangen_op, id) " + (achteruit ? "<" : ">") + " (:cursorOntvangen, :cursorId)");
            }
            String richting = achteruit ? " desc" : " asc";
            sql.append(" order by ontvangen_op" + richting + ", id" + richting);
            sql.append(" limit :limiet");
            params.put("limiet", grootte + 1);
            return new Zoekvraag(sql.toString(), params);
        }
        if (positie != null) {
            params.put("cursorId", positie.id());
            String vergelijk = terug ? "<" : ">";
            if (positie.datum() == null) {
                sql.append(
                        terug
                                ? " and (termijn_datum is not null or id < :cursorId)"
                                : " and termijn_datum is null and id > :cursorId");
            } else {
                params.put("cursorDatum", positie.datum());
                // open cases always run a deadline: the row comparison alone keeps to the index
                sql.append(" and ((termijn_datum, id) " + vergelijk + " (:cursorDatum, :cursorId)");
                sql.append(alleenOpen || terug ? ")" : " or termijn_datum is null)");
            }
        }
        sql.append(
                terug
                        ? " order by termijn_datum desc nulls first, id desc"
                        : " order by termijn_datum asc nulls last, id asc");
        sql.append(" limit :limiet");
        params.put("limiet", grootte + 1);

        return new Zoekvraag(sql.toString(), params);
    }

    private static Regel regel(ResultSet rs, LocalDate vandaag) throws SQLException {
        LocalDate termijnDatum = rs.getObject("termijn_datum", LocalDate.class);
        String termijnSoort = rs.getString("termijn_soort");
        UUID zorgaanbieder = rs.getObject("zorgaanbieder_id", UUID.class);
        Zaakstatus status = Zaakstatus.valueOf(rs.getString("status"));
        boolean teLaat = status.isOpen()
                && !rs.getBoolean("termijn_opgeschort")
                && (rs.getBoolean("te_laat") || (termijnDatum != null && termijnDatum.isBefore(vandaag)));
        // a deadline that stands still is not coming up: it says so instead
        boolean opgeschort = status.isOpen() && rs.getBoolean("termijn_opgeschort");
        boolean binnenkort = status.isOpen()
                && !teLaat
                && !opgeschort
                && termijnDatum != null
                && !termijnDatum.isAfter(vandaag.plusDays(7));
        Instant ontvangenOp = rs.getTimestamp("ontvangen_op").toInstant();
        return new Regel(
                new ZaakId(rs.getObject("id", UUID.class)),
                rs.getString("referentie"),
                status,
                Meldingsoort.valueOf(rs.getString("soort")),
                Zorgsector.valueOf(rs.getString("sector")),
                Zorgsector.valueOf(rs.getString("afdeling")),
                zorgaanbieder == null ? null : new ZorgaanbiederId(zorgaanbieder),
                rs.getString("inspecteur"),
                termijnSoort == null ? null : Termijnsoort.valueOf(termijnSoort),
                termijnDatum,
                teLaat,
                binnenkort,
                opgeschort,
                ontvangenOp);
    }
}
