package nl.toezicht.bench;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * The baseline of the search benchmark: the SQL the search page runs for a free-text term, sent raw over JDBC
 * to the same database in the same run (no HTTP, no session, no access log, no template): the count and facets
 * of the cases and of the notifications (capped at {@code -Dgrens} rows) and the first page of the kind shown, for the
 * departments of {@code inspecteur}, read through the indexes as the application reads them. Prints "p50 p95" in ms over {@code -Dherhalingen} passes over the terms.
 *
 * <p>-Durl=jdbc:postgresql://127.0.0.1:55432/toezicht -Dherhalingen=20 -Dgrens=1001
 */
public final class ZoekBench {

    /** What the simulation types: common and rare words, accents, a loose reference, a provider's name. */
    static final List<String> TERMEN = List.of(
            "insulinepomp",
            "medicatie",
            "client overleden",
            "infuuspomp dosis",
            "z4711",
            "botboor",
            "valpartij",
            "ontslagen",
            "Zorggroep");

    private static final String ZICHTBAAR = "{GGZ,MEDISCH_SPECIALISTISCHE_ZORG,JEUGD}";

    /** How many matches a count reads: the application's bound + 1 ({@code Zoekuitkomst.TELLEN_TOT}). */
    private static final int GRENS = Integer.getInteger("grens", 1_001);

    private static final String MELDING_FACETTEN = "with t as (select status as s, sector as a,"
            + " extract(year from ontvangen_op at time zone 'Europe/Amsterdam')::int as j from meldingen.melding"
            + " where zoektekst @@ websearch_to_tsquery('public.nederlands', ?) and sector = any(?::text[]) limit " + GRENS + ")"
            + " select 's', s, count(*) from t group by s union all select 'a', a, count(*) from t group by a"
            + " union all select 'j', j::text, count(*) from t group by j";
    private static final String MELDING_PAGINA = "select * from (select id, referentie, status, soort, sector,"
            + " zorgaanbieder_omschrijving, ontvangen_op, patient_pseudoniem from meldingen.melding"
            + " where zoektekst @@ websearch_to_tsquery('public.nederlands', ?) and sector = any(?::text[])"
            + " limit " + GRENS + ") t order by ontvangen_op desc, id desc limit 25 offset 0";
    private static final String ZAAK_TELLING = "select count(*) from (select 1 from zaken.zaak where id in"
            + " (select zaak from zaken.notitie where to_tsvector('public.nederlands', tekst)"
            + " @@ websearch_to_tsquery('public.nederlands', ?)) and afdeling = any(?::text[]) limit " + GRENS + ") t";

    private ZoekBench() {}

    public static void main(String[] args) throws Exception {
        String url = System.getProperty("url", "jdbc:postgresql://127.0.0.1:55432/toezicht");
        int herhalingen = Integer.getInteger("herhalingen", 20);
        List<Double> tijden = new ArrayList<>();
        try (Connection c = DriverManager.getConnection(url, "postgres", "")) {
            // as the application's search does in its transaction (Zoekuitvoering, decision 0090)
            try (var s = c.createStatement()) {
                s.execute("set enable_seqscan = off");
            }
            for (int h = -2; h < herhalingen; h++) {
                for (String term : TERMEN) {
                    long start = System.nanoTime();
                    for (String sql : List.of(ZAAK_TELLING, MELDING_FACETTEN, MELDING_PAGINA)) {
                        try (PreparedStatement s = c.prepareStatement(sql)) {
                            s.setString(1, term);
                            s.setString(2, ZICHTBAAR);
                            try (ResultSet rs = s.executeQuery()) {
                                while (rs.next()) {
                                    rs.getString(1);
                                }
                            }
                        }
                    }
                    if (h >= 0) {
                        double ms = (System.nanoTime() - start) / 1e6;
                        tijden.add(ms);
                        if (Boolean.getBoolean("perTerm")) {
                            System.err.printf(java.util.Locale.ROOT, "%s %.1f%n", term, ms);
                        }
                    }
                }
            }
        }
        Collections.sort(tijden);
        System.out.printf(
                java.util.Locale.ROOT,
                "%.1f %.1f%n",
                tijden.get(tijden.size() / 2),
                tijden.get((int) Math.ceil(tijden.size() * 0.95) - 1));
    }
}
