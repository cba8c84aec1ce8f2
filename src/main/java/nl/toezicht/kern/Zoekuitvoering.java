package nl.toezicht.kern;

import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The one way an owner runs a search over its table (decision 0068), so that cases and notifications count, facet
 * and page alike. The owner gives its table, the condition of what matches <em>and what this user may see</em>
 * (need-to-know goes into the condition, so it is applied before anything is counted), and how to read a row.
 * Counting, the facets and the page read at most {@link Zoekuitkomst#TELLEN_TOT} + 1 matching rows; the page is
 * ordered newest first ({@code ontvangen_op desc, id desc}) within them: with more matches than that it shows the
 * newest of those counted, and the page asks to refine. The owner's table is read only through its indexes (decision
 * 0090): call it inside the owner's (read-only) transaction, which the planner setting is local to.
 */
public final class Zoekuitvoering {

    private final JdbcClient jdbc;
    private final String tabel;
    private final String statuskolom;
    private final String afdelingkolom;
    private final StringBuilder voorwaarde;
    private final Map<String, Object> params = new LinkedHashMap<>();

    /**
     * @param tabel the owner's table ({@code schema.table}); it has {@code id} and {@code ontvangen_op}
     * @param voorwaarde what matches and may be seen, with named parameters given by {@link #param}
     */
    public Zoekuitvoering(JdbcClient jdbc, String tabel, String statuskolom, String afdelingkolom, String voorwaarde) {
        this.jdbc = jdbc;
        this.tabel = tabel;
        this.statuskolom = statuskolom;
        this.afdelingkolom = afdelingkolom;
        this.voorwaarde = new StringBuilder("(" + voorwaarde + ")");
    }

    public Zoekuitvoering param(String naam, Object waarde) {
        params.put(naam, waarde);
        return this;
    }

    /** Counts (up to the bound), facets and reads one page of the objects matching and chosen. */
    public <T> Zoekuitkomst<T> voerUit(
            Zoekopdracht opdracht, String kolommen, RowMapper<T> regel, boolean afgeschermd) {
        if (opdracht.status() != null) {
            voorwaarde.append(" and ").append(statuskolom).append(" = :zoekStatus");
            params.put("zoekStatus", opdracht.status());
        }
        if (opdracht.afdeling() != null) {
            voorwaarde.append(" and ").append(afdelingkolom).append(" = :zoekAfdeling");
            params.put("zoekAfdeling", opdracht.afdeling().name());
        }
        if (opdracht.jaar() != null) {
            voorwaarde.append(" and ontvangen_op >= :jaarVan and ontvangen_op < :jaarTot");
            params.put("jaarVan", begin(opdracht.jaar()));
            params.put("jaarTot", begin(opdracht.jaar() + 1));
        }
        // Read through the owner's indexes, never the whole table. Under the count's LIMIT the planner expects
        // early matches in a table walk: right for a word common in the user's departments, but a word common only
        // in other departments (word and department taken as independent) made it read all of a million rows to
        // find none: 4-8 s. Through the index of words and department the common word costs about as much, the
        // rare one tens of milliseconds (docs/PERFORMANCE.md, "Search"). Local to the caller's transaction.
        jdbc.sql("select set_config('enable_seqscan', 'off', true)")
                .query(String.class)
                .single();
        Map<String, Long> statussen = new TreeMap<>();
        Map<Zorgsector, Long> afdelingen = new TreeMap<>();
        Map<Integer, Long> jaren = new TreeMap<>(java.util.Comparator.reverseOrder());
        long[] totaal = {0};
        jdbc.sql(telvraag()).params(params).query(rs -> {
            String waarde = rs.getString("w");
            long aantal = rs.getLong("n");
            switch (rs.getString("f")) {
                case "s" -> {
                    statussen.put(waarde, aantal);
                    totaal[0] += aantal;
                }
                case "a" -> afdelingen.put(Zorgsector.valueOf(waarde), aantal);
                default -> jaren.put(Integer.valueOf(waarde), aantal);
            }
        });
        List<T> items = opdracht.grootte() == 0 || totaal[0] <= opdracht.overslaan()
                ? List.of()
                // the page is taken from the same bounded set as the count: a rare word read backwards through
                // the index on receipt, or a common one sorted in full, each cost seconds at a million rows
                : jdbc.sql("select * from (select " + kolommen + " from " + tabel + " where " + voorwaarde
                                + " limit " + (Zoekuitkomst.TELLEN_TOT + 1) + ") t"
                                + " order by ontvangen_op desc, id desc limit :zoekGrootte offset :zoekOverslaan")
                        .params(params)
                        .param("zoekGrootte", opdracht.grootte())
                        .param("zoekOverslaan", opdracht.overslaan())
                        .query(regel)
                        .list();
        return new Zoekuitkomst<>(
                opdracht.grootte() == 0
                        ? new Pagina<>(List.of(), null, null, totaal[0])
                        : Pagina.genummerd(items, opdracht.pagina(), opdracht.grootte(), totaal[0]),
                statussen,
                afdelingen,
                jaren,
                afgeschermd);
    }

    /**
     * The statement that counts and facets the matches (up to the bound) of the condition as it stands, with the
     * named parameters given by {@link #param}: the one that must be served by the owner's index (its plan is
     * asked in the owners' index tests).
     */
    public String telvraag() {
        return "with t as (select " + statuskolom + " as s, " + afdelingkolom + " as a,"
                + " extract(year from ontvangen_op at time zone 'Europe/Amsterdam')::int as j from " + tabel
                + " where " + voorwaarde + " limit " + (Zoekuitkomst.TELLEN_TOT + 1) + ")"
                + " select 's' as f, s as w, count(*) as n from t group by s"
                + " union all select 'a', a, count(*) from t group by a"
                + " union all select 'j', j::text, count(*) from t group by j";
    }

    private static Timestamp begin(int jaar) {
        return Timestamp.from(
                LocalDate.of(jaar, 1, 1).atStartOfDay(Tijdzone.NEDERLAND).toInstant());
    }
}
