package nl.toezicht.bench;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * The inspector's list of activities at scale (docs/PERFORMANCE.md, "Activiteiten"). Two jobs:
 *
 * <ul>
 *   <li>{@code -Dvullen=100000}: adds that many supervision activities to the demo database in one SQL statement
 *       per table, spread over the departments, eight years around today and the demo inspectors (each with its
 *       lead in the team and a second member), about a tenth from a week ago on (what the planning list shows);
 *   <li>else the baseline: the planning list's SQL ({@code Planning.planning}, own activities from a week ago on,
 *       with the clash column) sent raw over JDBC for {@code inspecteur} in the same run, {@code -Dherhalingen}
 *       times; prints "p50 p95" in ms.
 * </ul>
 *
 * <p>-Durl=jdbc:postgresql://127.0.0.1:55432/toezicht -Dherhalingen=50
 */
public final class ActiviteitenBench {

    static final String[] AFDELINGEN = {"GGZ", "MEDISCH_SPECIALISTISCHE_ZORG", "JEUGD"};

    static final String KOLOMMEN = "a.id, a.referentie, a.soort, a.aankondiging, a.status, a.afdeling,"
            + " a.zorgaanbieder_id, a.leider, a.begindatum, a.einddatum";

    static final String FILTER = " and a.afdeling = any(?::text[]) and exists (select 1 from"
            + " inspecties.activiteit_teamlid t where t.activiteit = a.id and t.gebruikersnaam = ?)";

    /**
     * The planning list's query as Planning.planningVraag builds it for an inspector's own first page (V222: those
     * beginning from the first day on in page order, and those still running from before it). Parameters: the
     * day, departments, inspector, the day twice, departments, inspector.
     */
    static final String PLANNING = "select " + KOLOMMEN + ","
            + " array(select t.gebruikersnaam from inspecties.activiteit_teamlid t where t.activiteit = a.id"
            + "  order by t.leider desc, t.gebruikersnaam) as team,"
            + " (a.status <> 'GEANNULEERD' and exists (select 1 from inspecties.activiteit_teamlid t"
            + "  join inspecties.activiteit_teamlid t2 on t2.gebruikersnaam = t.gebruikersnaam"
            + "   and t2.activiteit <> t.activiteit"
            + "  join inspecties.toezichtactiviteit b on b.id = t2.activiteit"
            + "  where t.activiteit = a.id and b.status <> 'GEANNULEERD'"
            + "  and daterange(b.begindatum, b.einddatum, '[]') && daterange(a.begindatum, a.einddatum, '[]')))"
            + " as botsing"
            + " from ((select " + KOLOMMEN + " from inspecties.toezichtactiviteit a where a.begindatum >= ?::date"
            + FILTER + " order by a.begindatum, a.referentie limit LIMIET)"
            + " union all (select " + KOLOMMEN + " from inspecties.toezichtactiviteit a"
            + " where daterange(a.begindatum, a.einddatum, '[]') @> ?::date and a.begindatum < ?::date" + FILTER + "))"
            + " a order by a.begindatum, a.referentie limit LIMIET";

    private ActiviteitenBench() {}

    public static void main(String[] args) throws Exception {
        String url = System.getProperty("url", "jdbc:postgresql://127.0.0.1:55432/toezicht");
        try (Connection c = DriverManager.getConnection(url, "postgres", "")) {
            Integer vullen = Integer.getInteger("vullen");
            if (vullen != null) {
                vul(c, vullen);
                return;
            }
            meet(c, Integer.getInteger("herhalingen", 50), System.getProperty("inspecteur", "inspecteur"));
        }
    }

    static void vul(Connection c, int aantal) throws Exception {
        c.setAutoCommit(false);
        try (var s = c.createStatement()) {
            // the demo's inspectors per department (the leads of the bulk activities), the demo's providers
            s.execute("create temp table bench_leider as select row_number() over (order by gebruikersnaam) - 1 as nr,"
                    + " gebruikersnaam, afdelingen from toegang.medewerker where rol = 'INSPECTEUR'");
            s.execute("create temp table bench_aanbieder as select row_number() over (order by id) - 1 as nr, id"
                    + " from register.zorgaanbieder_uitwisseling");
            s.execute("create temp table bench_kader as select id from inspecties.kaderversie"
                    + " where status = 'GEPUBLICEERD' order by id limit 1");
            s.execute("""
                    create temp table bench_activiteit as
                    with n as (select (select count(*) from bench_leider) as leiders,
                                      (select count(*) from bench_aanbieder) as aanbieders)
                    select gen_random_uuid() as id, 'B-' || lpad(g::text, 7, '0') as referentie, g,
                      (array['BEZOEK','BUREAUONDERZOEK','OORDEELSGESPREK','GESPREK_ONDERTOEZICHTSTAANDE'])[1 + g % 4] as soort,
                      l.gebruikersnaam as leider, l.afdelingen[1 + (g / 7) % cardinality(l.afdelingen)] as afdeling,
                      t.gebruikersnaam as tweede, z.id as zorgaanbieder,
                      current_date - 2555 + (g * 2922::bigint / AANTAL)::int as begindatum
                    from generate_series(1, AANTAL) g cross join n
                    join bench_leider l on l.nr = g % n.leiders
                    join bench_leider t on t.nr = (g + 1) % n.leiders
                    join bench_aanbieder z on z.nr = g % n.aanbieders
                    """.replace("AANTAL", Integer.toString(aantal)));
            s.execute("""
                    insert into inspecties.toezichtactiviteit (id, referentie, soort, aankondiging, status, afdeling,
                      aanleiding, zorgaanbieder_id, kaderversie_id, leider, begindatum, einddatum, aangemaakt_op,
                      aangemaakt_door)
                    select id, referentie, soort, 'AANGEKONDIGD',
                      case when begindatum > current_date then 'GEPLAND' when g % 40 = 0 then 'GEANNULEERD'
                           else 'RAPPORT_DEFINITIEF' end,
                      afdeling, 'THEMA', zorgaanbieder, (select id from bench_kader), leider, begindatum,
                      begindatum + (g % 3), now(), 'bench'
                    from bench_activiteit
                    """);
            s.execute("insert into inspecties.activiteit_teamlid (activiteit, gebruikersnaam, leider)"
                    + " select id, leider, true from bench_activiteit"
                    + " union all select id, tweede, false from bench_activiteit where tweede <> leider");
            // a visit is at the provider's first location (the list's "visited recently" column reads them)
            s.execute("insert into inspecties.activiteit_locatie (activiteit, locatie_id)"
                    + " select b.id, l.id from bench_activiteit b join lateral (select id from"
                    + " register.locatie_uitwisseling r where r.zorgaanbieder_id = b.zorgaanbieder order by id limit 1) l"
                    + " on true where b.soort = 'BEZOEK'");
            s.execute("analyze inspecties.toezichtactiviteit");
            s.execute("analyze inspecties.activiteit_locatie");
            s.execute("analyze inspecties.activiteit_teamlid");
        }
        c.commit();
        try (var s = c.createStatement();
                ResultSet rs = s.executeQuery("select count(*), count(*) filter (where einddatum >= current_date - 7)"
                        + " from inspecties.toezichtactiviteit")) {
            rs.next();
            System.out.println("activities=" + rs.getLong(1) + " from_last_week_on=" + rs.getLong(2));
        }
    }

    static void meet(Connection c, int herhalingen, String inspecteur) throws Exception {
        String afdelingen = "{" + String.join(",", AFDELINGEN) + "}";
        List<Double> tijden = new ArrayList<>();
        // the query of the paged list (decision 0102: a page of 50 and one to see if there are more); -Dlimiet=300
        // for the size of the unpaged list before it
        try (PreparedStatement p = c.prepareStatement(
                PLANNING.replace("LIMIET", Integer.toString(Integer.getInteger("limiet", 51))))) {
            for (int i = 0; i < herhalingen + 5; i++) {
                String dag = java.time.LocalDate.now().minusDays(7).toString();
                p.setString(1, dag);
                p.setString(2, afdelingen);
                p.setString(3, inspecteur);
                p.setString(4, dag);
                p.setString(5, dag);
                p.setString(6, afdelingen);
                p.setString(7, inspecteur);
                long begin = System.nanoTime();
                int rijen = 0;
                try (ResultSet rs = p.executeQuery()) {
                    while (rs.next()) {
                        rijen++;
                    }
                }
                double ms = (System.nanoTime() - begin) / 1e6;
                if (i >= 5) {
                    tijden.add(ms);
                }
                if (i == 0) {
                    System.err.println("rows=" + rijen);
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
