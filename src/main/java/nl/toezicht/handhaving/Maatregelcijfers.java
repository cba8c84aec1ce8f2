package nl.toezicht.handhaving;

import java.sql.Date;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import nl.toezicht.cijfers.Grootheid;
import nl.toezicht.cijfers.Kolom;
import nl.toezicht.cijfers.Periode;
import nl.toezicht.cijfers.Tabeldefinitie;
import nl.toezicht.cijfers.Telbron;
import nl.toezicht.cijfers.Telling;
import nl.toezicht.kern.Tijdzone;
import nl.toezicht.kern.Zorgsector;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * "Cijfers over maatregelen" in the figures registry: the measures given or imposed in each year (by the day
 * their decision was made known) and those running at the end of it, three years side by side, printed
 * unrounded as the annual report prints them. A decision set aside on objection counts nowhere (it is annulled
 * from the start); a withdrawn draft was never given. A collection decision counts in the year it was sent.
 */
@Component
public class Maatregelcijfers implements Telbron, Tabeldefinitie {

    public static final Grootheid BOETES = new Grootheid("MAATREGEL_BOETES", "Opgelegde bestuurlijke boetes");
    public static final Grootheid WAARSCHUWINGEN = new Grootheid("MAATREGEL_WAARSCHUWINGEN", "Waarschuwingen");
    public static final Grootheid DWANGSOMMEN =
            new Grootheid("MAATREGEL_DWANGSOMMEN", "Opgelegde lasten onder dwangsom");
    public static final Grootheid INVORDERINGEN = new Grootheid("MAATREGEL_INVORDERINGEN", "Invorderingsbeschikkingen");
    public static final Grootheid AANWIJZINGEN = new Grootheid("MAATREGEL_AANWIJZINGEN", "Gegeven aanwijzingen");
    public static final Grootheid AANWIJZINGEN_LOPEND =
            new Grootheid("MAATREGEL_AANWIJZINGEN_LOPEND", "Lopende aanwijzingen aan het eind van het jaar");
    public static final Grootheid BEVELEN = new Grootheid("MAATREGEL_BEVELEN", "Gegeven bevelen");
    public static final Grootheid BEVELEN_LOPEND =
            new Grootheid("MAATREGEL_BEVELEN_LOPEND", "Lopende bevelen aan het eind van het jaar");
    public static final Grootheid VERSCHERPT = new Grootheid("MAATREGEL_VERSCHERPT", "Gestart verscherpt toezicht");
    public static final Grootheid VERSCHERPT_LOPEND =
            new Grootheid("MAATREGEL_VERSCHERPT_LOPEND", "Lopend verscherpt toezicht aan het eind van het jaar");
    public static final Grootheid TUCHTKLACHTEN = new Grootheid("MAATREGEL_TUCHTKLACHTEN", "Ingediende tuchtklachten");

    private static final List<Object[]> GEGEVEN = List.of(
            new Object[] {Maatregelsoort.BESTUURLIJKE_BOETE, BOETES},
            new Object[] {Maatregelsoort.WAARSCHUWING, WAARSCHUWINGEN},
            new Object[] {Maatregelsoort.LAST_ONDER_DWANGSOM, DWANGSOMMEN},
            new Object[] {Maatregelsoort.AANWIJZING, AANWIJZINGEN},
            new Object[] {Maatregelsoort.BEVEL, BEVELEN},
            new Object[] {Maatregelsoort.VERSCHERPT_TOEZICHT, VERSCHERPT},
            new Object[] {Maatregelsoort.TUCHTKLACHT, TUCHTKLACHTEN});

    private static final List<Object[]> LOPEND = List.of(
            new Object[] {Maatregelsoort.AANWIJZING, AANWIJZINGEN_LOPEND},
            new Object[] {Maatregelsoort.BEVEL, BEVELEN_LOPEND},
            new Object[] {Maatregelsoort.VERSCHERPT_TOEZICHT, VERSCHERPT_LOPEND});

    private final JdbcClient jdbc;

    /** On any database (the demo data's test counts a fresh one). */
    public Maatregelcijfers(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Set<Grootheid> grootheden() {
        return Set.of(
                BOETES,
                WAARSCHUWINGEN,
                DWANGSOMMEN,
                INVORDERINGEN,
                AANWIJZINGEN,
                AANWIJZINGEN_LOPEND,
                BEVELEN,
                BEVELEN_LOPEND,
                VERSCHERPT,
                VERSCHERPT_LOPEND,
                TUCHTKLACHTEN);
    }

    @Override
    public Telling tel(List<Periode> perioden, Instant peilmoment) {
        Telling telling = new Telling();
        grootheden().forEach(telling::kent);
        LocalDate peildag = peilmoment.atZone(Tijdzone.NEDERLAND).toLocalDate();
        for (Periode p : perioden) {
            // what was known at the reference moment: nothing after it, however the period runs
            LocalDate eind = p.eind().isAfter(peildag.plusDays(1)) ? peildag.plusDays(1) : p.eind();
            for (Object[] g : GEGEVEN) {
                jdbc.sql("select afdeling, extract(month from besluit_op)::int as maand, count(*) as aantal"
                                + " from handhaving.maatregel where soort = ? and status <> 'HERROEPEN'"
                                + " and besluit_op >= ? and besluit_op < ? group by 1, 2")
                        .params(((Maatregelsoort) g[0]).name(), Date.valueOf(p.begin()), Date.valueOf(eind))
                        .query(rs -> {
                            telling.tel(
                                    (Grootheid) g[1],
                                    Zorgsector.valueOf(rs.getString("afdeling")),
                                    YearMonth.of(p.jaar(), rs.getInt("maand")),
                                    rs.getLong("aantal"));
                        });
            }
            jdbc.sql("select m.afdeling, extract(month from (s.op at time zone 'Europe/Amsterdam'))::int as maand,"
                            + " count(*) as aantal from handhaving.maatregelstap s"
                            + " join handhaving.maatregel m on m.id = s.maatregel"
                            + " where s.stap = 'INVORDERING_VERZENDEN' and m.status <> 'HERROEPEN'"
                            + " and (s.op at time zone 'Europe/Amsterdam')::date >= ?"
                            + " and (s.op at time zone 'Europe/Amsterdam')::date < ? group by 1, 2")
                    .params(Date.valueOf(p.begin()), Date.valueOf(eind))
                    .query(rs -> {
                        telling.tel(
                                INVORDERINGEN,
                                Zorgsector.valueOf(rs.getString("afdeling")),
                                YearMonth.of(p.jaar(), rs.getInt("maand")),
                                rs.getLong("aantal"));
                    });
            // a stock: running at the end of the period, recorded in its last month
            for (Object[] g : LOPEND) {
                jdbc.sql("select afdeling, count(*) as aantal from handhaving.maatregel where soort = ?"
                                + " and status <> 'HERROEPEN' and besluit_op < ?"
                                + " and (beeindigd_op is null or beeindigd_op >= ?) group by 1")
                        .params(((Maatregelsoort) g[0]).name(), Date.valueOf(eind), Date.valueOf(eind))
                        .query(rs -> {
                            telling.tel(
                                    (Grootheid) g[1],
                                    Zorgsector.valueOf(rs.getString("afdeling")),
                                    YearMonth.of(p.jaar(), p.laatsteMaand()),
                                    rs.getLong("aantal"));
                        });
            }
        }
        return telling;
    }

    @Override
    public String id() {
        return "maatregelen";
    }

    @Override
    public int volgorde() {
        return 70;
    }

    @Override
    public String titel() {
        return "Cijfers over maatregelen";
    }

    @Override
    public String kortetitel() {
        return "Maatregelen";
    }

    @Override
    public Indeling indeling() {
        return Indeling.JAREN;
    }

    @Override
    public List<Kolom> kolommen() {
        List<Kolom> kolommen = new ArrayList<>();
        kolommen.add(Kolom.van("Opgelegde bestuurlijke boetes", BOETES));
        kolommen.add(Kolom.van("Waarschuwingen", WAARSCHUWINGEN));
        kolommen.add(Kolom.van("Opgelegde lasten onder dwangsom", DWANGSOMMEN));
        kolommen.add(Kolom.van("Invorderingsbeschikkingen", INVORDERINGEN));
        kolommen.add(Kolom.van("Aanwijzingen gegeven", AANWIJZINGEN));
        kolommen.add(Kolom.van("Aanwijzingen lopend aan het eind van het jaar", AANWIJZINGEN_LOPEND));
        kolommen.add(Kolom.van("Bevelen gegeven", BEVELEN));
        kolommen.add(Kolom.van("Bevelen lopend aan het eind van het jaar", BEVELEN_LOPEND));
        kolommen.add(Kolom.van("Verscherpt toezicht gestart", VERSCHERPT));
        kolommen.add(Kolom.van("Verscherpt toezicht lopend aan het eind van het jaar", VERSCHERPT_LOPEND));
        kolommen.add(Kolom.van("Ingediende tuchtklachten", TUCHTKLACHTEN));
        return kolommen;
    }

    @Override
    public boolean metTotaal() {
        return false;
    }

    @Override
    public boolean onafgerond() {
        return true;
    }

    @Override
    public List<String> toelichting() {
        return List.of(
                "Geteld naar de dag waarop het besluit is bekendgemaakt (verzonden); een besluit dat op bezwaar is"
                        + " herroepen telt niet mee. Lopend: aan het eind van het jaar nog niet opgeheven of"
                        + " beëindigd.");
    }
}
