package nl.toezicht.zaken;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import nl.toezicht.kern.Zorgsector;
import nl.toezicht.meldingen.Meldingsoort;
import nl.toezicht.termijnen.Handelende;
import nl.toezicht.termijnen.KlokId;
import nl.toezicht.termijnen.KlokStand;
import nl.toezicht.termijnen.KlokVerstreken;
import nl.toezicht.termijnen.Klokken;
import nl.toezicht.termijnen.Kloksoort;
import nl.toezicht.termijnen.Klokstart;
import nl.toezicht.termijnen.Lengte;
import nl.toezicht.termijnen.Objectverwijzing;
import nl.toezicht.termijnen.Startpunt;
import nl.toezicht.termijnen.Termijnen;
import nl.toezicht.termijnen.Termijnsoort;
import nl.toezicht.termijnen.Verantwoordelijke;
import nl.toezicht.termijnen.Werkdagenkalender;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The case deadlines on the legal-clock engine (docs/termijnen.md, "Cases on the engine", decision 0050): a
 * case runs against one clock of module termijnen at a time and copies its deadline into its own row, so the
 * work queue keeps sorting on its own indexes. This starts and stops the clocks the case flow asks for, keeps
 * the clock's department and inspector in step with the case, marks a case overdue when the engine's daily
 * job finds its clock past the deadline, and gives open cases without a clock one ({@link #vulAan}): at
 * start-up and after a bulk load.
 */
@Component
public class Zaakklokken implements Zaakklok {

    /** The object type of a case's clocks, as the access log names a case. */
    public static final String OBJECTTYPE = "ZAAK";

    private static final Logger log = LoggerFactory.getLogger(Zaakklokken.class);

    private static final int BLOK = 2_000;

    private final Klokken klokken;
    private final Termijnen termijnen;
    private final JdbcClient jdbc;
    private final ApplicationEventPublisher events;
    private final TransactionTemplate transactie;

    Zaakklokken(
            Klokken klokken,
            Termijnen termijnen,
            JdbcClient jdbc,
            ApplicationEventPublisher events,
            PlatformTransactionManager transacties) {
        this.klokken = klokken;
        this.termijnen = termijnen;
        this.jdbc = jdbc;
        this.events = events;
        this.transactie = new TransactionTemplate(transacties);
    }

    static Objectverwijzing object(ZaakId zaak) {
        return new Objectverwijzing(OBJECTTYPE, zaak.waarde());
    }

    private static Verantwoordelijke verantwoordelijke(Zorgsector afdeling, @Nullable String inspecteur) {
        return new Verantwoordelijke(afdeling.name(), inspecteur);
    }

    @Override
    public KlokStand start(Zaak zaak, Termijnsoort soort, Startpunt vanaf, String door, Instant op) {
        return klokken.start(
                object(zaak.id()),
                soort.name(),
                vanaf,
                null,
                verantwoordelijke(zaak.afdeling(), zaak.inspecteur()),
                Handelende.systeem(door),
                op);
    }

    @Override
    public void stop(KlokId klok, String door, Instant op) {
        klokken.stop(klok, Handelende.systeem(door), op, null);
    }

    /** The case was assigned: its clock answers to the inspector from now on. */
    void wijsToe(Zaak zaak, String door, Instant op) {
        klokken.wijsObjectToe(
                object(zaak.id()), verantwoordelijke(zaak.afdeling(), zaak.inspecteur()), Handelende.systeem(door), op);
    }

    /**
     * The engine's daily job found a case's clock past its deadline: the case is marked overdue once (its
     * version raised, so that a user holding it open cannot overwrite the mark unnoticed) and the case's own
     * event is published for its listeners.
     */
    @ApplicationModuleListener
    void on(KlokVerstreken verstreken) {
        markeerTeLaat(verstreken).ifPresent(events::publishEvent);
    }

    /** Marks the case of an overdue clock, once: empty for another object, a closed case or a marked one. */
    Optional<TermijnVerstreken> markeerTeLaat(KlokVerstreken verstreken) {
        if (!OBJECTTYPE.equals(verstreken.object().type())) {
            return Optional.empty();
        }
        return jdbc.sql("""
                        update zaken.zaak set te_laat = true, version = version + 1
                        where id = :id and klok_id = :klok and status <> 'GESLOTEN' and not te_laat
                        returning id, referentie, afdeling, termijn_soort, termijn_datum
                        """)
                .param("id", verstreken.object().id())
                .param("klok", verstreken.klok().waarde())
                .query((rs, i) -> new TermijnVerstreken(
                        new ZaakId(rs.getObject("id", UUID.class)),
                        rs.getString("referentie"),
                        Zorgsector.valueOf(rs.getString("afdeling")),
                        Termijnsoort.valueOf(rs.getString("termijn_soort")),
                        rs.getObject("termijn_datum", LocalDate.class)))
                .optional();
    }

    /**
     * Cases written in bulk ({@link Zakenlader}: the history import, the demo data) come without clocks: the
     * open ones get theirs once the load committed.
     */
    @ApplicationModuleListener
    void on(ZakenInBulkGeladen geladen) {
        int gestart = vulAan();
        log.info("Started the clocks of {} open cases loaded in bulk", gestart);
    }

    /** Open cases stored before the engine carried their deadlines get their clocks at start-up. */
    @EventListener(ApplicationReadyEvent.class)
    void bijStart() {
        int gestart = vulAan();
        if (gestart > 0) {
            log.info("Started the clocks of {} open cases that had none", gestart);
        }
    }

    /**
     * Gives every open case without a clock one of its current kind, with the deadline it has: day 0 is the
     * start the flow gave it (the receipt, or the step that started the kind), or, where that does not yield
     * the stored deadline (data from elsewhere), the day the kind's length before it. Idempotent, in blocks
     * of one transaction each; rows another instance is working on are skipped. For the cases a bulk load
     * (history import, demo data: {@link ZakenInBulkGeladen}) wrote, and for those stored before V60.
     *
     * @return the number of clocks started
     */
    public int vulAan() {
        int totaal = 0;
        // the smallest uuid as PostgreSQL orders them (unsigned bytes)
        UUID na = new UUID(0, 0);
        while (true) {
            UUID vanaf = na;
            Blok blok = Objects.requireNonNull(transactie.execute(t -> vulAanNa(vanaf)));
            totaal += blok.gestart();
            if (blok.laatste() == null) {
                return totaal;
            }
            na = blok.laatste();
        }
    }

    private record Blok(int gestart, @Nullable UUID laatste) {}

    private record Open(
            UUID id,
            Meldingsoort soort,
            Zorgsector afdeling,
            @Nullable String inspecteur,
            @Nullable Termijnsoort termijnSoort,
            @Nullable LocalDate termijnDatum,
            Instant ontvangenOp,
            Instant geopendOp) {}

    private record Startstap(Transitie transitie, String door, Instant op) {}

    private Blok vulAanNa(UUID na) {
        // uuid order is not time order, which does not matter: each block takes the next ids after the last
        List<Open> open = jdbc.sql("""
                        select id, soort, afdeling, inspecteur, termijn_soort, termijn_datum, ontvangen_op, geopend_op
                        from zaken.zaak where klok_id is null and status <> 'GESLOTEN' and id > :na
                        order by id limit :blok for update skip locked
                        """)
                .param("na", na)
                .param("blok", BLOK)
                .query((rs, i) -> new Open(
                        rs.getObject("id", UUID.class),
                        Meldingsoort.valueOf(rs.getString("soort")),
                        Zorgsector.valueOf(rs.getString("afdeling")),
                        rs.getString("inspecteur"),
                        rs.getString("termijn_soort") == null
                                ? null
                                : Termijnsoort.valueOf(rs.getString("termijn_soort")),
                        rs.getObject("termijn_datum", LocalDate.class),
                        rs.getTimestamp("ontvangen_op").toInstant(),
                        rs.getTimestamp("geopend_op").toInstant()))
                .list();
        if (open.isEmpty()) {
            return new Blok(0, null);
        }
        Map<UUID, Startstap> startstappen =
                startstappen(open.stream().map(Open::id).toList());
        List<Klokstart> starts = new ArrayList<>();
        int afwijkend = 0;
        for (Open zaak : open) {
            if (zaak.termijnSoort() == null) {
                continue; // an open case always runs a clock; nothing to carry over if it does not
            }
            Startstap stap = startstappen.get(zaak.id());
            Startpunt start = startpunt(zaak, stap);
            Kloksoort kloksoort = klokken.soorten().soort(zaak.termijnSoort().name());
            if (zaak.termijnDatum() != null
                    && !klokken.soorten().uiterlijk(kloksoort, start, null).equals(zaak.termijnDatum())) {
                start = Startpunt.datum(terug(zaak.termijnDatum(), kloksoort.lengte()));
                afwijkend++;
            }
            Instant op = stap != null ? stap.op() : zaak.geopendOp();
            starts.add(new Klokstart(
                    KlokId.nieuw(),
                    object(new ZaakId(zaak.id())),
                    kloksoort.code(),
                    start,
                    verantwoordelijke(zaak.afdeling(), zaak.inspecteur()),
                    Handelende.systeem(stap != null ? stap.door() : Zaakbehandeling.SYSTEEM),
                    op));
        }
        List<KlokStand> gestart = klokken.startAlle(starts);
        List<Object[]> rijen = gestart.stream()
                .map(k ->
                        new Object[] {k.id().waarde(), k.uiterlijk(), k.object().id()})
                .toList();
        for (Object[] rij : rijen) {
            jdbc.sql("update zaken.zaak set klok_id = ?, termijn_datum = ?, version = version + 1"
                            + " where id = ? and klok_id is null")
                    .params(rij)
                    .update();
        }
        if (afwijkend > 0) {
            log.info("{} carried-over deadlines did not follow from their start: day 0 counted back", afwijkend);
        }
        return new Blok(gestart.size(), open.get(open.size() - 1).id());
    }

    /** The step that started each case's current clock, the latest of the steps whose effect starts one. */
    private Map<UUID, Startstap> startstappen(List<UUID> zaken) {
        Map<UUID, Startstap> stappen = new HashMap<>();
        jdbc.sql("""
                        select distinct on (zaak) zaak, transitie, door, op from zaken.statuswijziging
                        where zaak = any(:zaken) and transitie in (:starters) order by zaak, volgnummer desc
                        """)
                .param("zaken", zaken.toArray(UUID[]::new))
                .param("starters", STARTERS)
                .query(rs -> {
                    stappen.put(
                            rs.getObject("zaak", UUID.class),
                            new Startstap(
                                    Transitie.valueOf(rs.getString("transitie")),
                                    rs.getString("door"),
                                    rs.getTimestamp("op").toInstant()));
                });
        return stappen;
    }

    /** The steps of the flow that start a clock, for some kind of case. */
    private static final Set<String> STARTERS = Arrays.stream(Transitie.values())
            .filter(t -> Arrays.stream(Meldingsoort.values())
                    .anyMatch(s -> Zaakstroom.STROOM.effect(t, s) instanceof Termijneffect.Start))
            .map(Transitie::name)
            .collect(Collectors.toUnmodifiableSet());

    /** Day 0 as the flow set it: the receipt or the step's moment ({@link Termijneffect.Vanaf}). */
    private static Startpunt startpunt(Open zaak, @Nullable Startstap stap) {
        if (stap != null
                && Zaakstroom.STROOM.effect(stap.transitie(), zaak.soort()) instanceof Termijneffect.Start start
                && start.soort() == zaak.termijnSoort()) {
            return Startpunt.moment(start.vanaf() == Termijneffect.Vanaf.ONTVANGST ? zaak.ontvangenOp() : stap.op());
        }
        return Startpunt.moment(zaak.ontvangenOp());
    }

    /** The day 0 from which the kind's length ends on {@code uiterlijk} (a clock whose end does not move). */
    private LocalDate terug(LocalDate uiterlijk, Lengte lengte) {
        Werkdagenkalender kalender = termijnen.kalender();
        return switch (lengte.eenheid()) {
            case WERKDAGEN -> {
                LocalDate dag = uiterlijk;
                for (int geteld = 0; geteld < lengte.aantal(); ) {
                    dag = dag.minusDays(1);
                    if (kalender.isWerkdag(dag)) {
                        geteld++;
                    }
                }
                yield dag;
            }
            case KALENDERDAGEN -> uiterlijk.minusDays(lengte.aantal());
            case WEKEN -> uiterlijk.minusWeeks(lengte.aantal());
            case MAANDEN -> uiterlijk.minusMonths(lengte.aantal());
            case JAREN -> uiterlijk.minusYears(lengte.aantal());
        };
    }
}
