package nl.toezicht.inspecties;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Stream;
import nl.toezicht.inspecties.Planningsoverzichten.BezochteLocatie;
import nl.toezicht.inspecties.Planningsoverzichten.Botsing;
import nl.toezicht.inspecties.Planningsoverzichten.Gemeenteregel;
import nl.toezicht.inspecties.Planningsoverzichten.Regel;
import nl.toezicht.kern.Pagina;
import nl.toezicht.kern.Tijdzone;
import nl.toezicht.kern.Weigering;
import nl.toezicht.kern.Zorgsector;
import nl.toezicht.logboek.Handeling;
import nl.toezicht.logboek.Logobject;
import nl.toezicht.logboek.Toegangslog;
import nl.toezicht.register.LocatieId;
import nl.toezicht.register.Register;
import nl.toezicht.register.ZorgaanbiederId;
import nl.toezicht.toegang.Medewerker;
import nl.toezicht.toegang.Medewerkers;
import nl.toezicht.toegang.Toegangsbeleid;
import nl.toezicht.zaken.Zaak;
import nl.toezicht.zaken.ZaakId;
import nl.toezicht.zaken.Zaakbehandeling;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Planning and carrying out supervision activities (docs/inspecties.md). Need-to-know per department as for
 * cases: an activity outside the user's departments does not exist for them (404, logged); lists show only
 * their departments. Every read of an activity and every change is in the access log.
 */
@Service
public class Planning {

    /**
     * Activity {@code b} is on one of the days of {@code a}: the expression of the GiST index
     * {@code toezichtactiviteit_dagen_idx} (V181), so a clash is looked up on those days only.
     */
    static final String DAGEN_OVERLAPPEN =
            "daterange(b.begindatum, b.einddatum, '[]') && daterange(a.begindatum, a.einddatum, '[]')";

    /** At most this many rows in the lists of visited locations and of municipalities. */
    public static final int MAX_REGELS = 300;

    /** Rows on one page of the planning list (decision 0102): a screen of work, as the work queue's page. */
    public static final int PAGINAGROOTTE = 50;

    private final Toezichtactiviteiten activiteiten;
    private final Kaderversies kaderversies;
    private final Zaakbehandeling zaken;
    private final Register register;
    private final Medewerkers medewerkers;
    private final Toegangsbeleid toegang;
    private final Toegangslog log;
    private final ApplicationEventPublisher events;
    private final JdbcClient jdbc;
    private final Clock clock;

    Planning(
            Toezichtactiviteiten activiteiten,
            Kaderversies kaderversies,
            Zaakbehandeling zaken,
            Register register,
            Medewerkers medewerkers,
            Toegangsbeleid toegang,
            Toegangslog log,
            ApplicationEventPublisher events,
            JdbcClient jdbc,
            Clock clock) {
        this.activiteiten = activiteiten;
        this.kaderversies = kaderversies;
        this.zaken = zaken;
        this.register = register;
        this.medewerkers = medewerkers;
        this.toegang = toegang;
        this.log = log;
        this.events = events;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    public LocalDate vandaag() {
        return LocalDate.now(clock.withZone(Tijdzone.NEDERLAND));
    }

    /** Plans an activity; refused (nothing stored) when a rule of it or of the planner's access says no. */
    @Transactional
    public Toezichtactiviteit plan(Planverzoek verzoek) {
        if (verzoek.aanleiding() == Aanleiding.HERCONTROLE && verzoek.zaak() == null) {
            // a re-visit points back to the activity it checks again: planned from there (Hercontroles)
            throw Weigering.opVeld("aanleiding", "activiteit.aanleiding.hercontrole");
        }
        return planActiviteit(verzoek);
    }

    /** {@link #plan} without the guard on the reason (for {@link Hercontroles}). */
    Toezichtactiviteit planActiviteit(Planverzoek verzoek) {
        toegang.eis(InspectieRechten.PLANNEN, Handeling.AANMAKEN);
        Activiteitsoort soort = verplicht(verzoek.soort(), "soort");
        Aankondiging aankondiging = verzoek.aankondiging() == null ? Aankondiging.AANGEKONDIGD : verzoek.aankondiging();
        Aanleiding aanleiding =
                verzoek.zaak() != null ? Aanleiding.ZAAK : verplicht(verzoek.aanleiding(), "aanleiding");
        Zorgsector afdeling;
        UUID zorgaanbieder = verzoek.zorgaanbieder();
        Toezichtactiviteit.Reden reden;
        if (aanleiding == Aanleiding.ZAAK) {
            Zaak zaak = zaken.zaak(new ZaakId(verplicht(verzoek.zaak(), "zaak")));
            afdeling = zaak.afdeling();
            if (zorgaanbieder == null && zaak.zorgaanbieder() != null) {
                zorgaanbieder = zaak.zorgaanbieder().waarde();
            }
            reden = new Toezichtactiviteit.Reden(
                    Aanleiding.ZAAK, zaak.id().waarde(), zaak.referentie(), verzoek.aanleidingOmschrijving());
        } else {
            afdeling = verplicht(verzoek.afdeling(), "afdeling");
            reden = new Toezichtactiviteit.Reden(aanleiding, null, null, verzoek.aanleidingOmschrijving());
        }
        toegang.eisAfdeling(afdeling);
        UUID aanbieder = verplicht(zorgaanbieder, "zorgaanbieder");
        if (register.vind(new ZorgaanbiederId(aanbieder)).isEmpty()) {
            throw Weigering.opVeld("zorgaanbieder", "activiteit.zorgaanbieder.onbekend");
        }
        for (UUID locatie : verzoek.locaties()) {
            if (!register.hoortBij(new ZorgaanbiederId(aanbieder), new LocatieId(locatie))) {
                throw Weigering.opVeld("locaties", "activiteit.locaties.andere-zorgaanbieder");
            }
        }
        Kaderversie kader = null;
        if (verzoek.kaderversie() != null) {
            kader = kaderversies
                    .vind(verzoek.kaderversie())
                    .orElseThrow(() -> Weigering.opVeld("kaderversie", "activiteit.kader.onbekend"));
        }
        Medewerker leider = medewerker(verplicht(verzoek.leider(), "leider"), "leider");
        List<Medewerker> team = new ArrayList<>();
        for (String lid : verzoek.team()) {
            if (!lid.isBlank()) {
                team.add(medewerker(lid.strip(), "team"));
            }
        }
        LocalDate begin = verplicht(verzoek.begindatum(), "begindatum");
        String door = toegang.ik().gebruikersnaam();
        Toezichtactiviteit activiteit = Toezichtactiviteit.plan(
                activiteiten.volgendeReferentie(vandaag().getYear()),
                soort,
                aankondiging,
                afdeling,
                reden,
                aanbieder,
                verzoek.locaties(),
                kader,
                leider,
                team,
                begin,
                verzoek.einddatum(),
                door,
                clock.instant());
        activiteiten.voegToe(activiteit);
        log.toegestaan(Handeling.AANMAKEN, Logobject.toezichtactiviteit(activiteit.id()));
        events.publishEvent(new ToezichtactiviteitGepland(
                activiteit.id(),
                activiteit.referentie(),
                soort,
                activiteit.aankondiging(),
                afdeling,
                activiteit.zaakId(),
                activiteit.begindatum()));
        return activiteit;
    }

    /** One activity the user may see (404 otherwise), logged. */
    @Transactional(readOnly = true)
    public Toezichtactiviteit activiteit(UUID id) {
        return toegang.lees(
                InspectieRechten.INZIEN,
                Logobject.toezichtactiviteit(id),
                () -> activiteiten.vind(id),
                Toezichtactiviteit::afdeling,
                a -> List.of(Logobject.toezichtactiviteit(a.id())));
    }

    /** Takes a step of the activity's flow (start, finish the fieldwork, cancel). */
    @Transactional
    public Toezichtactiviteit neemStap(UUID id, Activiteitstap stap, @Nullable String toelichting) {
        Toezichtactiviteit activiteit = toegang.wijzig(
                InspectieRechten.PLANNEN,
                Logobject.toezichtactiviteit(id),
                () -> activiteiten.vind(id),
                Toezichtactiviteit::afdeling,
                a -> List.of(Logobject.toezichtactiviteit(a.id())));
        activiteit.neem(stap, toegang.ik().gebruikersnaam(), clock.instant(), toelichting);
        activiteiten.bewaar(activiteit);
        return activiteit;
    }

    /** The activity's timeline, oldest first (the activity was read through {@link #activiteit}). */
    @Transactional(readOnly = true)
    public List<Activiteitstapregel> tijdlijn(Toezichtactiviteit activiteit) {
        return activiteiten.tijdlijn(activiteit.id());
    }

    /** Other activities of the team on the same days; of another department's only the dates. */
    @Transactional(readOnly = true)
    public List<Botsing> botsingen(Toezichtactiviteit activiteit) {
        if (activiteit.status() == Activiteitstatus.GEANNULEERD) {
            return List.of();
        }
        Set<Zorgsector> zichtbaar = toegang.zichtbareAfdelingen();
        return jdbc.sql("select t.gebruikersnaam, b.id, b.referentie, b.afdeling, b.begindatum, b.einddatum"
                        + " from inspecties.activiteit_teamlid t"
                        + " join inspecties.toezichtactiviteit b on b.id = t.activiteit"
                        + " where t.gebruikersnaam = any(?) and b.id <> ? and b.status <> 'GEANNULEERD'"
                        + " and daterange(b.begindatum, b.einddatum, '[]') && daterange(?, ?, '[]')"
                        + " order by b.begindatum, t.gebruikersnaam")
                .params(
                        activiteit.team().toArray(String[]::new),
                        activiteit.id(),
                        Date.valueOf(activiteit.begindatum()),
                        Date.valueOf(activiteit.einddatum()))
                .query((rs, i) -> {
                    boolean mag = zichtbaar.contains(Zorgsector.valueOf(rs.getString("afdeling")));
                    return new Botsing(
                            rs.getString("gebruikersnaam"),
                            mag ? rs.getObject("id", UUID.class) : null,
                            mag ? rs.getString("referentie") : null,
                            rs.getDate("begindatum").toLocalDate(),
                            rs.getDate("einddatum").toLocalDate());
                })
                .list();
    }

    /**
     * The planning list: activities ending on or after {@code vanaf}, of one department or of all the user may
     * see, of one inspector (in the team) or of everyone, by first day; clashes marked. One page of
     * {@value #PAGINAGROOTTE} at a time (decision 0102), keyset-paged on (first day, reference): {@code na} the
     * page starts after that position, {@code voor} it ends before it; both null: the first page. Every listed
     * activity is in the access log, as before.
     */
    @Transactional(readOnly = true)
    public Pagina<Regel> planning(
            @Nullable Zorgsector afdeling,
            @Nullable String inspecteur,
            LocalDate vanaf,
            @Nullable Positie na,
            @Nullable Positie voor) {
        toegang.eis(InspectieRechten.INZIEN, Handeling.ZOEKEN);
        String[] afdelingen = afdelingen(afdeling);
        boolean terug = na == null && voor != null;
        Positie positie = terug ? voor : na;
        String wie = inspecteur == null || inspecteur.isBlank() ? null : inspecteur.strip();
        // the query's two parts take the same filter (docs at planningVraag)
        List<Object> filter = new ArrayList<>();
        filter.add(afdelingen);
        if (wie != null) {
            filter.add(wie);
        }
        if (positie != null) {
            filter.add(Date.valueOf(positie.begindatum()));
            filter.add(positie.referentie());
        }
        Date dag = Date.valueOf(vanaf);
        List<Object> params = new ArrayList<>();
        params.add(dag);
        params.addAll(filter);
        params.add(dag);
        params.add(dag);
        params.addAll(filter);
        String sql = planningVraag(wie != null, positie != null, terug);
        List<Regel> regels = new ArrayList<>(
                jdbc.sql(sql).params(params).query(Planning::regel).list());
        boolean meer = regels.size() > PAGINAGROOTTE;
        if (meer) {
            regels.remove(regels.size() - 1);
        }
        if (terug) {
            Collections.reverse(regels);
        }
        log.toegestaan(
                Handeling.ZOEKEN,
                regels.stream().map(r -> Logobject.toezichtactiviteit(r.id())).toArray(Logobject[]::new));
        if (regels.isEmpty()) {
            return new Pagina<>(List.of(), null, null, null);
        }
        boolean eerstePagina = terug ? !meer : positie == null;
        return new Pagina<>(
                regels,
                eerstePagina ? null : Positie.van(regels.get(0)).toString(),
                terug || meer ? Positie.van(regels.get(regels.size() - 1)).toString() : null,
                null);
    }

    /**
     * The planning list's query: the departments' activities not ended before the from-day, a page of {@value
     * #PAGINAGROOTTE} and one more, in two parts that each read only what the page needs (V222, docs/PERFORMANCE.md
     * "The list on a quiet machine"): those beginning on or after the from-day in page order from the index on
     * (begindatum, referentie), stopped after a page; and those that began earlier and still run on that day, from
     * the day-range index (a handful). The team and the clash column are computed for the page's rows only.
     * Parameters: the from-day, the filter (departments, then the inspector, then the position), the from-day
     * twice, the filter again. {@code ActiviteitDagenIndexIT} asks PostgreSQL for its plan.
     */
    static String planningVraag(boolean inspecteur, boolean positie, boolean terug) {
        StringBuilder filter = new StringBuilder(" and a.afdeling = any(?)");
        if (inspecteur) {
            filter.append(" and exists (select 1 from inspecties.activiteit_teamlid t where t.activiteit = a.id"
                    + " and t.gebruikersnaam = ?)");
        }
        if (positie) {
            filter.append(
                    terug
                            ? " and (a.begindatum, a.referentie) < (?, ?)"
                            : " and (a.begindatum, a.referentie) > (?, ?)");
        }
        String volgorde = (terug
                        ? " order by a.begindatum desc, a.referentie desc limit "
                        : " order by a.begindatum, a.referentie limit ")
                + (PAGINAGROOTTE + 1);
        String kolommen = "a.id, a.referentie, a.soort, a.aankondiging, a.status, a.afdeling, a.zorgaanbieder_id,"
                + " a.leider, a.begindatum, a.einddatum";
        return "select " + kolommen + ","
                + " array(select t.gebruikersnaam from inspecties.activiteit_teamlid t where t.activiteit = a.id"
                + "  order by t.leider desc, t.gebruikersnaam) as team,"
                + " (a.status <> 'GEANNULEERD' and exists (select 1 from inspecties.activiteit_teamlid t"
                + "  join inspecties.activiteit_teamlid t2 on t2.gebruikersnaam = t.gebruikersnaam"
                + "   and t2.activiteit <> t.activiteit"
                + "  join inspecties.toezichtactiviteit b on b.id = t2.activiteit"
                + "  where t.activiteit = a.id and b.status <> 'GEANNULEERD'"
                + "  and " + DAGEN_OVERLAPPEN + ")) as botsing"
                + " from ((select " + kolommen + " from inspecties.toezichtactiviteit a where a.begindatum >= ?"
                + filter + volgorde + ")"
                + " union all (select " + kolommen + " from inspecties.toezichtactiviteit a"
                + " where daterange(a.begindatum, a.einddatum, '[]') @> ?::date and a.begindatum < ?" + filter + "))"
                + " a" + volgorde;
    }

    public record Positie(LocalDate begindatum, String referentie) {

        static Positie van(Regel regel) {
            return new Positie(regel.begindatum(), regel.referentie());
        }

        /** Reads a position from the list's URL; a malformed one is a 400 on {@code veld}. */
        public static Positie lees(String tekst, String veld) {
            int streep = tekst.indexOf('_');
            try {
                if (streep < 1 || streep == tekst.length() - 1) {
                    throw new IllegalArgumentException(tekst);
                }
                return new Positie(LocalDate.parse(tekst.substring(0, streep)), tekst.substring(streep + 1));
            } catch (RuntimeException e) {
                throw Weigering.opVeld(veld, "planning.positie.ongeldig");
            }
        }

        @Override
        public String toString() {
            return begindatum + "_" + referentie;
        }
    }

    /** The planning list shows this many of the visited locations; the rest on their own page. */
    public static final int BEZOCHT_OP_PLANNING = 10;

    /**
     * Locations visited (a visit not cancelled, ended in the last twelve months), most recent first, at most
     * {@code max} ({@value #MAX_REGELS} at most); of one provider if given.
     */
    @Transactional(readOnly = true)
    public List<BezochteLocatie> bezochteLocaties(
            @Nullable Zorgsector afdeling, @Nullable UUID zorgaanbieder, int max) {
        toegang.eis(InspectieRechten.INZIEN, Handeling.ZOEKEN);
        LocalDate vandaag = vandaag();
        return jdbc.sql("select l.locatie_id, r.naam, r.adres, r.plaats, r.gemeente, r.zorgaanbieder_id,"
                        + " max(a.einddatum) as laatste, count(*) as aantal"
                        + " from inspecties.activiteit_locatie l"
                        + " join inspecties.toezichtactiviteit a on a.id = l.activiteit"
                        + " join register.locatie_uitwisseling r on r.id = l.locatie_id"
                        + " where a.soort = 'BEZOEK' and a.status <> 'GEANNULEERD' and a.afdeling = any(?)"
                        + " and a.einddatum > ? and a.einddatum <= ?"
                        + (zorgaanbieder == null ? "" : " and a.zorgaanbieder_id = ?")
                        + " group by l.locatie_id, r.naam, r.adres, r.plaats, r.gemeente, r.zorgaanbieder_id"
                        + " order by laatste desc, r.plaats limit " + Math.min(Math.max(max, 1), MAX_REGELS))
                .params(Stream.of(
                                afdelingen(afdeling),
                                Date.valueOf(vandaag.minusMonths(12)),
                                Date.valueOf(vandaag),
                                zorgaanbieder)
                        .filter(Objects::nonNull)
                        .toList())
                .query((rs, i) -> new BezochteLocatie(
                        rs.getObject("locatie_id", UUID.class),
                        rs.getString("naam"),
                        rs.getString("adres"),
                        rs.getString("plaats"),
                        rs.getString("gemeente"),
                        rs.getObject("zorgaanbieder_id", UUID.class),
                        rs.getDate("laatste").toLocalDate(),
                        rs.getInt("aantal")))
                .list();
    }

    /** Open activities from today on, by municipality of their locations (a visit to two places shows twice). */
    @Transactional(readOnly = true)
    public List<Gemeenteregel> perGemeente(@Nullable Zorgsector afdeling) {
        toegang.eis(InspectieRechten.INZIEN, Handeling.ZOEKEN);
        List<Gemeenteregel> regels = jdbc.sql(
                        "select r.gemeente, r.plaats, r.naam, a.id, a.referentie, a.soort, a.aankondiging, a.status,"
                                + " a.zorgaanbieder_id, a.begindatum"
                                + " from inspecties.toezichtactiviteit a"
                                + " join inspecties.activiteit_locatie l on l.activiteit = a.id"
                                + " join register.locatie_uitwisseling r on r.id = l.locatie_id"
                                + " where a.afdeling = any(?) and a.status in ('GEPLAND', 'IN_UITVOERING')"
                                + " and a.einddatum >= ?"
                                + " order by r.gemeente, a.begindatum, a.referentie limit " + MAX_REGELS)
                .params(afdelingen(afdeling), Date.valueOf(vandaag()))
                .query((rs, i) -> new Gemeenteregel(
                        rs.getString("gemeente"),
                        rs.getString("plaats"),
                        rs.getString("naam"),
                        rs.getObject("id", UUID.class),
                        rs.getString("referentie"),
                        Activiteitsoort.valueOf(rs.getString("soort")),
                        Aankondiging.valueOf(rs.getString("aankondiging")),
                        Activiteitstatus.valueOf(rs.getString("status")),
                        rs.getObject("zorgaanbieder_id", UUID.class),
                        rs.getDate("begindatum").toLocalDate()))
                .list();
        log.toegestaan(
                Handeling.ZOEKEN,
                regels.stream()
                        .map(r -> Logobject.toezichtactiviteit(r.activiteit()))
                        .distinct()
                        .toArray(Logobject[]::new));
        return regels;
    }

    /** The departments a list covers: the one asked for (403 if not the user's), else all the user may see. */
    private String[] afdelingen(@Nullable Zorgsector afdeling) {
        if (afdeling != null) {
            toegang.eisAfdeling(afdeling);
            return new String[] {afdeling.name()};
        }
        return toegang.zichtbareAfdelingen().stream().map(Enum::name).toArray(String[]::new);
    }

    private Medewerker medewerker(String gebruikersnaam, String veld) {
        return medewerkers
                .vind(gebruikersnaam)
                .orElseThrow(() -> Weigering.opVeld(veld, "activiteit.medewerker.onbekend", gebruikersnaam));
    }

    private static <T> T verplicht(@Nullable T waarde, String veld) {
        if (waarde == null) {
            throw Weigering.opVeld(veld, "kader.veld.verplicht");
        }
        return waarde;
    }

    private static Regel regel(ResultSet rs, int rij) throws SQLException {
        return new Regel(
                rs.getObject("id", UUID.class),
                rs.getString("referentie"),
                Activiteitsoort.valueOf(rs.getString("soort")),
                Aankondiging.valueOf(rs.getString("aankondiging")),
                Activiteitstatus.valueOf(rs.getString("status")),
                Zorgsector.valueOf(rs.getString("afdeling")),
                rs.getObject("zorgaanbieder_id", UUID.class),
                rs.getString("leider"),
                Arrays.asList((String[]) rs.getArray("team").getArray()),
                rs.getDate("begindatum").toLocalDate(),
                rs.getDate("einddatum").toLocalDate(),
                rs.getBoolean("botsing"));
    }
}
