package nl.toezicht.cijfers;

import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import nl.toezicht.kern.Zorgsector;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Isolation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Counts of notifications (received, by kind, channel and flags) and of notifications whose case was
 * closed, per sector and month, read with SQL through the read views of meldingen and zaken (decisions
 * 0018, 0030), through the daily counts where they are current.
 */
@Component
class MeldingTelbron implements Telbron {

    private static final LocalDate BEGIN_DER_TIJDEN = LocalDate.of(1900, 1, 1);

    private final JdbcClient jdbc;
    private final Telgeheugen geheugen;

    MeldingTelbron(JdbcClient jdbc, Telgeheugen geheugen) {
        this.jdbc = jdbc;
        this.geheugen = geheugen;
    }

    @Override
    public Set<Grootheid> grootheden() {
        return Telbron.van(
                Grootheid.ONTVANGEN,
                Grootheid.ONTVANGEN_CALAMITEIT,
                Grootheid.ONTVANGEN_ONTSLAG,
                Grootheid.GESLOTEN,
                Grootheid.GESLOTEN_CALAMITEIT,
                Grootheid.GESLOTEN_ONTSLAG,
                Grootheid.OVERLEDEN,
                Grootheid.SUICIDE,
                Grootheid.SUICIDEPOGING,
                Grootheid.SUICIDE_GESLOTEN_INSTELLING,
                Grootheid.SGG,
                Grootheid.SGG_PROFESSIONAL,
                Grootheid.SGG_TUSSEN_CLIENTEN,
                Grootheid.SGG_OVERIG,
                Grootheid.PER_TELEFOON,
                Grootheid.PER_EMAIL,
                Grootheid.OPEN_BIJ_BEGIN);
    }

    /** The stand and the dirty days (of receipt, of closing), read in the snapshot of the counting queries. */
    private record Stand(LocalDate tot, List<LocalDate> vuilOntvangen, List<LocalDate> vuilGesloten) {}

    /**
     * One snapshot for the stand, the dirty days and every count: a refresh committing in between
     * cannot make a day count twice or not at all.
     */
    @Override
    @Transactional(readOnly = true, isolation = Isolation.REPEATABLE_READ)
    public Telling tel(List<Periode> perioden, Instant peilmoment) {
        Cijferaggregaten.Stand opgeslagen = Cijferaggregaten.stand(jdbc);
        Stand stand = new Stand(
                opgeslagen.tot(),
                Telwijzigingen.ontvangstdagen(jdbc, opgeslagen.gelezen(), opgeslagen.tot()),
                Telwijzigingen.sluitdagen(jdbc, opgeslagen.gelezen(), opgeslagen.tot()));
        Telling telling = new Telling();
        grootheden().forEach(telling::kent);
        for (Periode periode : perioden) {
            // whole months before the stand from memory while the journals show no change to them (decision
            // 0097); the rest (the running month, days after the stand) counted as ever
            LocalDate grens = vastTot(periode, opgeslagen.tot(), peilmoment);
            if (grens.isAfter(periode.begin())) {
                telling.samen(
                        geheugen.van(new Telgeheugen.Sleutel("stroom", periode.begin(), grens), opgeslagen, () -> {
                            Telling vast = new Telling();
                            ontvangen(vast, stand, periode.begin(), grens, peilmoment);
                            gesloten(vast, stand, periode.begin(), grens, peilmoment);
                            return vast;
                        }));
            }
            if (periode.eind().isAfter(grens)) {
                ontvangen(telling, stand, grens, periode.eind(), peilmoment);
                gesloten(telling, stand, grens, periode.eind(), peilmoment);
            }
            if (vast(periode.begin(), opgeslagen.tot(), peilmoment)) {
                telling.samen(geheugen.van(
                        new Telgeheugen.Sleutel("open", BEGIN_DER_TIJDEN, periode.begin()), opgeslagen, () -> {
                            Telling vast = new Telling();
                            openBijBegin(vast, stand, periode, peilmoment);
                            return vast;
                        }));
            } else {
                openBijBegin(telling, stand, periode, peilmoment);
            }
        }
        return telling;
    }

    /**
     * Up to where a period's counts may come from memory: its end when the whole period lies before the stand,
     * else the first of the stand's month (whole months, so an entry lasts a month), never before its begin.
     */
    private static LocalDate vastTot(Periode periode, LocalDate stand, Instant peilmoment) {
        LocalDate grens = periode.eind().isAfter(stand) ? stand.withDayOfMonth(1) : periode.eind();
        return grens.isAfter(periode.begin()) && vast(grens, stand, peilmoment) ? grens : periode.begin();
    }

    /**
     * Whether the counts of the days before {@code tot} are settled: all before the stand (so in the daily
     * counts or the journals) and all before the moment asked about (so the moment does not cut them).
     */
    private static boolean vast(LocalDate tot, LocalDate stand, Instant peilmoment) {
        return !tot.isAfter(stand) && !Bronrijen.begin(tot).toInstant().isAfter(peilmoment);
    }

    private JdbcClient.StatementSpec bereik(String sql, Stand stand, LocalDate van, LocalDate tot, Instant peilmoment) {
        LocalDate standTot = tot.isBefore(stand.tot()) ? tot : stand.tot();
        LocalDate liveVan = van.isAfter(stand.tot()) ? van : stand.tot();
        return jdbc.sql(sql)
                .param("van", van)
                .param("standTot", standTot)
                .param("liveVanTs", Bronrijen.begin(liveVan))
                .param("totTs", Bronrijen.begin(tot))
                .param("vuilOntvangen", Bronrijen.dagen(stand.vuilOntvangen()))
                .param("vuilGesloten", Bronrijen.dagen(stand.vuilGesloten()))
                .param("peil", peilmoment.atOffset(ZoneOffset.UTC));
    }

    private void ontvangen(Telling telling, Stand stand, LocalDate van, LocalDate tot, Instant peilmoment) {
        String sql = """
                select sector, date_trunc('month', dag)::date as maand,
                       sum(aantal) as ontvangen,
                       coalesce(sum(aantal) filter (where soort = 'CALAMITEIT'), 0) as calamiteit,
                       coalesce(sum(aantal) filter (where soort = 'ONTSLAG_WEGENS_DISFUNCTIONEREN'), 0) as ontslag,
                       coalesce(sum(aantal) filter (where overleden), 0) as overleden,
                       coalesce(sum(aantal) filter (where suicide), 0) as suicide,
                       coalesce(sum(aantal) filter (where suicidepoging), 0) as poging,
                       coalesce(sum(aantal) filter (where suicide and gesloten_jeugdinstelling), 0) as suicide_gesloten,
                       coalesce(sum(aantal) filter (where sgg_soort is not null), 0) as sgg,
                       coalesce(sum(aantal) filter (where sgg_soort = 'PROFESSIONAL_BETROKKEN'), 0) as sgg_professional,
                       coalesce(sum(aantal) filter (where sgg_soort = 'TUSSEN_CLIENTEN'), 0) as sgg_clienten,
                       coalesce(sum(aantal) filter (where sgg_soort = 'OVERIG'), 0) as sgg_overig,
                       coalesce(sum(aantal) filter (where kanaal = 'TELEFOON'), 0) as telefoon,
                       coalesce(sum(aantal) filter (where kanaal = 'EMAIL'), 0) as email
                from (%s) o (dag, sector, soort, kanaal, overleden, suicide, suicidepoging, gesloten_jeugdinstelling, sgg_soort, aantal)
                group by 1, 2
                """.formatted(Bronrijen.ontvangen(!stand.vuilOntvangen().isEmpty()));
        bereik(sql, stand, van, tot, peilmoment).query(rs -> {
            Zorgsector sector = Zorgsector.valueOf(rs.getString("sector"));
            YearMonth maand = YearMonth.from(rs.getObject("maand", LocalDate.class));
            telling.tel(Grootheid.ONTVANGEN, sector, maand, rs.getLong("ontvangen"))
                    .tel(Grootheid.ONTVANGEN_CALAMITEIT, sector, maand, rs.getLong("calamiteit"))
                    .tel(Grootheid.ONTVANGEN_ONTSLAG, sector, maand, rs.getLong("ontslag"))
                    .tel(Grootheid.OVERLEDEN, sector, maand, rs.getLong("overleden"))
                    .tel(Grootheid.SUICIDE, sector, maand, rs.getLong("suicide"))
                    .tel(Grootheid.SUICIDEPOGING, sector, maand, rs.getLong("poging"))
                    .tel(Grootheid.SUICIDE_GESLOTEN_INSTELLING, sector, maand, rs.getLong("suicide_gesloten"))
                    .tel(Grootheid.SGG, sector, maand, rs.getLong("sgg"))
                    .tel(Grootheid.SGG_PROFESSIONAL, sector, maand, rs.getLong("sgg_professional"))
                    .tel(Grootheid.SGG_TUSSEN_CLIENTEN, sector, maand, rs.getLong("sgg_clienten"))
                    .tel(Grootheid.SGG_OVERIG, sector, maand, rs.getLong("sgg_overig"))
                    .tel(Grootheid.PER_TELEFOON, sector, maand, rs.getLong("telefoon"))
                    .tel(Grootheid.PER_EMAIL, sector, maand, rs.getLong("email"));
        });
    }

    private void gesloten(Telling telling, Stand stand, LocalDate van, LocalDate tot, Instant peilmoment) {
        String sql = """
                select sector, date_trunc('month', dag)::date as maand,
                       sum(aantal) as gesloten,
                       coalesce(sum(aantal) filter (where soort = 'CALAMITEIT'), 0) as calamiteit,
                       coalesce(sum(aantal) filter (where soort = 'ONTSLAG_WEGENS_DISFUNCTIONEREN'), 0) as ontslag
                from (%s) g (dag, sector, soort, aantal)
                group by 1, 2
                """.formatted(Bronrijen.gesloten(!stand.vuilGesloten().isEmpty()));
        bereik(sql, stand, van, tot, peilmoment).query(rs -> {
            Zorgsector sector = Zorgsector.valueOf(rs.getString("sector"));
            YearMonth maand = YearMonth.from(rs.getObject("maand", LocalDate.class));
            telling.tel(Grootheid.GESLOTEN, sector, maand, rs.getLong("gesloten"))
                    .tel(Grootheid.GESLOTEN_CALAMITEIT, sector, maand, rs.getLong("calamiteit"))
                    .tel(Grootheid.GESLOTEN_ONTSLAG, sector, maand, rs.getLong("ontslag"));
        });
    }

    /** Received before the start minus closed before the start: every closed notification was received. */
    private void openBijBegin(Telling telling, Stand stand, Periode periode, Instant peilmoment) {
        String sql = """
                select sector, sum(n) as open from (
                    select sector, aantal as n from (%s) o (dag, sector, soort, kanaal, overleden, suicide, suicidepoging, gesloten_jeugdinstelling, sgg_soort, aantal)
                    union all
                    select sector, -aantal from (%s) g (dag, sector, soort, aantal)
                ) b group by sector
                """.formatted(
                        Bronrijen.ontvangen(!stand.vuilOntvangen().isEmpty()),
                        Bronrijen.gesloten(!stand.vuilGesloten().isEmpty()));
        YearMonth eerste = YearMonth.from(periode.begin());
        bereik(sql, stand, BEGIN_DER_TIJDEN, periode.begin(), peilmoment).query(rs -> {
            telling.tel(
                    Grootheid.OPEN_BIJ_BEGIN, Zorgsector.valueOf(rs.getString("sector")), eerste, rs.getLong("open"));
        });
    }
}
