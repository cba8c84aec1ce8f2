package nl.toezicht.historie;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import nl.toezicht.historie.Importverslag.Aansluitingsregel;

/**
 * The reconciliation: the records of a file counted per sector, kind, year and state as the file says
 * (counted while reading) next to the same counts read back from the database for the records the run
 * stored or found already stored (by {@code historie.herkomst.laatste_run}), through the owners' read
 * views (decision 0030).
 */
final class Aansluiting {

    static final String ZORGAANBIEDERS = "zorgaanbieders";
    static final String LOCATIES = "locaties";
    static final String MELDINGEN = "meldingen";
    static final String ZAKEN = "zaken";
    static final String KADERVERSIES = "kaderversies";
    static final String ACTIVITEITEN = "toezichtactiviteiten";
    static final String DEFINITIEF = "DEFINITIEF";
    static final String GEEN = "GEEN";
    static final String ZONDER_PDF = "ZONDER_PDF";
    static final String BIJLAGEN = "bevindingbijlagen";
    static final String MAATREGELEN = "maatregelen";
    static final String SAMENVATTING = "SAMENVATTING";
    static final String VOLLEDIG = "VOLLEDIG";

    private final Map<String, long[]> tellingen = new TreeMap<>();

    void telBestand(String object, String dimensie, String waarde) {
        tel(object, dimensie, waarde)[0]++;
    }

    private long[] tel(String object, String dimensie, String waarde) {
        return tellingen.computeIfAbsent(object + '\u0000' + dimensie + '\u0000' + waarde, k -> new long[2]);
    }

    void telMelding(String sector, String soort, int jaar) {
        telBestand(MELDINGEN, "totaal", "");
        telBestand(MELDINGEN, "sector", sector);
        telBestand(MELDINGEN, "soort", soort);
        telBestand(MELDINGEN, "jaar", Integer.toString(jaar));
    }

    /** A case; {@code samenvatting}: imported as a summary, counted apart as well (issue 12 item 7). */
    void telZaak(String status, String afdeling, int jaar, boolean samenvatting) {
        telBestand(ZAKEN, "totaal", "");
        telBestand(ZAKEN, "status", status);
        telBestand(ZAKEN, "afdeling", afdeling);
        telBestand(ZAKEN, "jaar", Integer.toString(jaar));
        telBestand(ZAKEN, "vorm", samenvatting ? SAMENVATTING : VOLLEDIG);
    }

    /** Issue 14: a framework version. */
    void telKaderversie() {
        telBestand(KADERVERSIES, "totaal", "");
    }

    /**
     * Issue 14: an activity, by kind, year of its first day, reason, and whether it has a final report (with or
     * without its PDF, decision 0107); and the photos and documents of its findings.
     */
    void telActiviteit(Inspectierecords.Toezichtactiviteit a) {
        telBestand(ACTIVITEITEN, "totaal", "");
        telBestand(ACTIVITEITEN, "soort", a.activiteitsoort().name());
        telBestand(ACTIVITEITEN, "jaar", Integer.toString(a.begindatum().getYear()));
        telBestand(ACTIVITEITEN, "aanleiding", a.aanleiding().name());
        Inspectierecords.Rapport r = a.rapport();
        telBestand(ACTIVITEITEN, "rapport", r == null ? GEEN : r.pdf() == null ? ZONDER_PDF : DEFINITIEF);
        long bijlagen =
                a.bevindingen().stream().mapToLong(b -> b.bijlagen().size()).sum();
        if (bijlagen > 0) {
            tel(BIJLAGEN, "totaal", "")[0] += bijlagen;
        }
    }

    /** A measure (issue 15), by kind and by the year of its decision (of its preparation if it had none). */
    void telMaatregel(String soort, int jaar) {
        telBestand(MAATREGELEN, "totaal", "");
        telBestand(MAATREGELEN, "soort", soort);
        telBestand(MAATREGELEN, "jaar", Integer.toString(jaar));
    }

    void telZorgaanbieder(int locaties) {
        telBestand(ZORGAANBIEDERS, "totaal", "");
        for (int i = 0; i < locaties; i++) {
            telBestand(LOCATIES, "totaal", "");
        }
    }

    /** Reads the counts back from the database, inside the run's transaction (so a dry run counts too). */
    void leesTerug(Connection c, UUID run, ZoneId zone) throws SQLException {
        lees(c, run, ZORGAANBIEDERS, totaal("register.zorgaanbieder_uitwisseling", "ZORGAANBIEDER"));
        lees(c, run, LOCATIES, totaal("register.locatie_uitwisseling", "LOCATIE"));
        String jaar = "extract(year from t.ontvangen_op at time zone '" + zone.getId() + "')::int::text";
        lees(
                c,
                run,
                MELDINGEN,
                perDimensie(
                        "meldingen.melding_telgegevens",
                        "MELDING",
                        "sector",
                        "t.sector",
                        "soort",
                        "t.soort",
                        "jaar",
                        jaar));
        lees(
                c,
                run,
                ZAKEN,
                perDimensie(
                        "zaken.zaak_telgegevens",
                        "ZAAK",
                        "status",
                        "t.status",
                        "afdeling",
                        "t.afdeling",
                        "jaar",
                        jaar,
                        "vorm",
                        "(case when t.samenvatting then '" + SAMENVATTING + "' else '" + VOLLEDIG + "' end)"));
        // issue 14: through module inspecties' read views
        lees(c, run, KADERVERSIES, totaal("inspecties.kaderversie_uitwisseling", "KADERVERSIE"));
        lees(
                c,
                run,
                ACTIVITEITEN,
                perDimensie(
                        "inspecties.activiteit_telgegevens",
                        "TOEZICHTACTIVITEIT",
                        "soort",
                        "t.soort",
                        "jaar",
                        "extract(year from t.begindatum)::int::text",
                        "aanleiding",
                        "t.aanleiding",
                        "rapport",
                        "(case when t.rapport_definitief_op is null then '" + GEEN + "' when t.rapport_zonder_pdf"
                                + " then '" + ZONDER_PDF + "' else '" + DEFINITIEF + "' end)"));
        lees(
                c,
                run,
                BIJLAGEN,
                "select 'totaal', '', coalesce(sum(t.bijlagen), 0) from historie.herkomst h join"
                        + " inspecties.activiteit_telgegevens t on t.id = h.nieuw_id"
                        + " where h.soort = 'TOEZICHTACTIVITEIT' and h.laatste_run = ?");
        lees(
                c,
                run,
                MAATREGELEN,
                perDimensie(
                        "handhaving.maatregel_uitwisseling",
                        "MAATREGEL",
                        "soort",
                        "t.soort",
                        "jaar",
                        "extract(year from coalesce(t.besluit_op, t.opgesteld_op))::int::text"));
    }

    private static String totaal(String tabel, String soort) {
        return "select 'totaal', '', count(*) from historie.herkomst h join " + tabel + " t on t.id = h.nieuw_id"
                + " where h.soort = '" + soort + "' and h.laatste_run = ?";
    }

    /** Counts per dimension (name, expression pairs) and in total, in one pass (grouping sets). */
    private static String perDimensie(String tabel, String soort, String... dimensies) {
        StringBuilder naam = new StringBuilder("case");
        StringBuilder waarde = new StringBuilder("coalesce(");
        StringBuilder sets = new StringBuilder();
        for (int i = 0; i < dimensies.length; i += 2) {
            naam.append(" when grouping(")
                    .append(dimensies[i + 1])
                    .append(") = 0 then '")
                    .append(dimensies[i])
                    .append("'");
            waarde.append(dimensies[i + 1]).append(", ");
            sets.append('(').append(dimensies[i + 1]).append("), ");
        }
        return "select " + naam + " else 'totaal' end, " + waarde + "''), count(*) from historie.herkomst h join "
                + tabel + " t on t.id = h.nieuw_id where h.soort = '" + soort + "' and h.laatste_run = ?"
                + " group by grouping sets (" + sets + "())";
    }

    private void lees(Connection c, UUID run, String object, String sql) throws SQLException {
        try (PreparedStatement s = c.prepareStatement(sql)) {
            s.setObject(1, run);
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    long aantal = rs.getLong(3);
                    if (aantal > 0 || !"totaal".equals(rs.getString(1))) {
                        tel(object, rs.getString(1), rs.getString(2))[1] = aantal;
                    }
                }
            }
        }
    }

    List<Aansluitingsregel> regels() {
        List<Aansluitingsregel> regels = new ArrayList<>(tellingen.size());
        tellingen.forEach((sleutel, telling) -> {
            String[] delen = sleutel.split("\u0000", -1);
            regels.add(new Aansluitingsregel(delen[0], delen[1], delen[2], telling[0], telling[1]));
        });
        return regels;
    }
}
