package nl.toezicht.inspecties;

import java.sql.Date;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.toezicht.cijfers.Grootheid;
import nl.toezicht.cijfers.Periode;
import nl.toezicht.cijfers.Telbron;
import nl.toezicht.cijfers.Telling;
import nl.toezicht.kern.Tijdzone;
import nl.toezicht.kern.Zorgsector;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Feeds the annual report's "Realisatie productie" (table {@code toezichtproductie} of the figures registry) from the
 * supervision activities: the activities carried out, by kind (a visit also by its announcement), counted in the
 * month of their first day; and the reports written, counted in the month they were made final. An activity
 * still planned, or cancelled, was not carried out and counts nowhere. Also "toezicht met effect": the activities whose
 * intended effect was judged ({@link Toezichteffecten}), by outcome, in the month of the judgement. Per department,
 * by the activity's.
 */
@Component
public class Productiecijfers implements Telbron {

    /** The measure each kind of activity counts under (a visit: {@link Grootheid#BEZOEKEN} and its kind). */
    static final Map<Activiteitsoort, Grootheid> PER_SOORT = Map.of(
            Activiteitsoort.BEZOEK, Grootheid.BEZOEKEN,
            Activiteitsoort.BUREAUONDERZOEK, Grootheid.BUREAUONDERZOEKEN,
            Activiteitsoort.OORDEELSGESPREK, Grootheid.OORDEELSGESPREKKEN,
            Activiteitsoort.BESTUURLIJK_GESPREK, Grootheid.BESTUURLIJKE_GESPREKKEN,
            Activiteitsoort.GESPREK_ONDERTOEZICHTSTAANDE, Grootheid.GESPREKKEN_ONDERTOEZICHTSTAANDE,
            Activiteitsoort.GESPREK_BURGERS, Grootheid.GESPREKKEN_BURGERS,
            Activiteitsoort.GESPREK_BETROKKENEN, Grootheid.GESPREKKEN_BETROKKENEN,
            Activiteitsoort.DIGITAAL_TOEZICHTGESPREK, Grootheid.DIGITALE_TOEZICHTGESPREKKEN);

    static final Map<Aankondiging, Grootheid> PER_AANKONDIGING = Map.of(
            Aankondiging.AANGEKONDIGD, Grootheid.BEZOEKEN_AANGEKONDIGD,
            Aankondiging.ONAANGEKONDIGD, Grootheid.BEZOEKEN_ONAANGEKONDIGD,
            Aankondiging.DEELS_ONAANGEKONDIGD, Grootheid.BEZOEKEN_DEELS_ONAANGEKONDIGD);

    static final Map<Effectuitkomst, Grootheid> PER_UITKOMST = Map.of(
            Effectuitkomst.BEREIKT, Grootheid.EFFECT_BEREIKT,
            Effectuitkomst.DEELS_BEREIKT, Grootheid.EFFECT_DEELS_BEREIKT,
            Effectuitkomst.NIET_BEREIKT, Grootheid.EFFECT_NIET_BEREIKT);

    private final JdbcClient jdbc;

    /** On any database (the demo data's test counts a fresh one). */
    public Productiecijfers(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Set<Grootheid> grootheden() {
        java.util.HashSet<Grootheid> alle = new java.util.HashSet<>(PER_SOORT.values());
        alle.addAll(PER_AANKONDIGING.values());
        alle.add(Grootheid.RAPPORTEN);
        alle.add(Grootheid.EFFECT_BEOORDEELD);
        alle.addAll(PER_UITKOMST.values());
        return Set.copyOf(alle);
    }

    @Override
    public Telling tel(List<Periode> perioden, Instant peilmoment) {
        Telling telling = new Telling();
        grootheden().forEach(telling::kent);
        LocalDate peildag = peilmoment.atZone(Tijdzone.NEDERLAND).toLocalDate();
        for (Periode p : perioden) {
            // what was known at the reference moment: nothing after it, however the period runs
            LocalDate eind = p.eind().isAfter(peildag.plusDays(1)) ? peildag.plusDays(1) : p.eind();
            jdbc.sql("select afdeling, soort, aankondiging, extract(month from begindatum)::int as maand,"
                            + " count(*) as aantal from inspecties.toezichtactiviteit"
                            + " where status not in ('GEPLAND', 'GEANNULEERD') and begindatum >= ? and begindatum < ?"
                            + " group by 1, 2, 3, 4")
                    .params(Date.valueOf(p.begin()), Date.valueOf(eind))
                    .query(rs -> {
                        Zorgsector sector = Zorgsector.valueOf(rs.getString("afdeling"));
                        YearMonth maand = YearMonth.of(p.jaar(), rs.getInt("maand"));
                        Activiteitsoort soort = Activiteitsoort.valueOf(rs.getString("soort"));
                        long aantal = rs.getLong("aantal");
                        telling.tel(PER_SOORT.get(soort), sector, maand, aantal);
                        if (soort.isBezoek()) {
                            telling.tel(
                                    PER_AANKONDIGING.get(Aankondiging.valueOf(rs.getString("aankondiging"))),
                                    sector,
                                    maand,
                                    aantal);
                        }
                    });
            jdbc.sql("select a.afdeling,"
                            + " extract(month from (r.definitief_op at time zone 'Europe/Amsterdam'))::int as maand,"
                            + " count(*) as aantal from inspecties.rapport r"
                            + " join inspecties.toezichtactiviteit a on a.id = r.activiteit"
                            + " where r.definitief_op is not null and r.definitief_op <= ?"
                            + " and (r.definitief_op at time zone 'Europe/Amsterdam')::date >= ?"
                            + " and (r.definitief_op at time zone 'Europe/Amsterdam')::date < ? group by 1, 2")
                    .params(java.sql.Timestamp.from(peilmoment), Date.valueOf(p.begin()), Date.valueOf(eind))
                    .query(rs -> {
                        telling.tel(
                                Grootheid.RAPPORTEN,
                                Zorgsector.valueOf(rs.getString("afdeling")),
                                YearMonth.of(p.jaar(), rs.getInt("maand")),
                                rs.getLong("aantal"));
                    });
            // "toezicht met effect": the activities judged, by outcome, in the month of the judgement
            jdbc.sql("select a.afdeling, e.uitkomst,"
                            + " extract(month from (e.beoordeeld_op at time zone 'Europe/Amsterdam'))::int as maand,"
                            + " count(*) as aantal from inspecties.toezichteffect e"
                            + " join inspecties.toezichtactiviteit a on a.id = e.activiteit"
                            + " where e.beoordeeld_op is not null and e.beoordeeld_op <= ?"
                            + " and (e.beoordeeld_op at time zone 'Europe/Amsterdam')::date >= ?"
                            + " and (e.beoordeeld_op at time zone 'Europe/Amsterdam')::date < ? group by 1, 2, 3")
                    .params(java.sql.Timestamp.from(peilmoment), Date.valueOf(p.begin()), Date.valueOf(eind))
                    .query(rs -> {
                        Zorgsector sector = Zorgsector.valueOf(rs.getString("afdeling"));
                        YearMonth maand = YearMonth.of(p.jaar(), rs.getInt("maand"));
                        long aantal = rs.getLong("aantal");
                        telling.tel(Grootheid.EFFECT_BEOORDEELD, sector, maand, aantal);
                        telling.tel(
                                PER_UITKOMST.get(Effectuitkomst.valueOf(rs.getString("uitkomst"))),
                                sector,
                                maand,
                                aantal);
                    });
        }
        return telling;
    }
}
