package nl.toezicht.termijnen;

import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import nl.toezicht.kern.Weigering;
import org.jspecify.annotations.Nullable;
import org.springframework.context.support.DefaultMessageSourceResolvable;

/**
 * One legal clock for one object: it starts on a date, runs against a deadline, may stand still (suspension)
 * and be extended within its kind's rules, and stops when the awaited thing happens. Every command refuses what
 * the kind or the state does not allow and appends a line to the history, with the deadline before and after.
 * The deadline is kept as two dates: the computed end ({@code einde}, which extensions and suspensions move)
 * and the end as users see it ({@code uiterlijk}, moved off a day off where the kind says so).
 */
final class Klok {

    private static final DateTimeFormatter DATUM = DateTimeFormatter.ofPattern("dd-MM-yyyy");
    static final int TOELICHTING_MAXIMUM = 2000;

    private final KlokId id;
    private final Kloksoort soort;
    private final Objectverwijzing object;
    private final LocalDate startdatum;
    private final @Nullable Instant startmoment;
    private final Lengte lengte;
    private Verantwoordelijke verantwoordelijke;
    private Klokstatus status;
    private LocalDate einde;
    private LocalDate uiterlijk;
    private boolean teLaat;
    private @Nullable LocalDate opgeschortSinds;
    private @Nullable String opschortingsgrond;
    private @Nullable Instant gestoptOp;
    private Instant laatsteOp;
    private int volgnummer;
    private final Map<String, Integer> verlengingen;
    private final List<Klokgebeurtenis> nieuw = new ArrayList<>();

    /** As stored; {@code verlengingen} counts the extensions per rule so far. */
    Klok(
            KlokId id,
            Kloksoort soort,
            Objectverwijzing object,
            LocalDate startdatum,
            @Nullable Instant startmoment,
            Lengte lengte,
            Verantwoordelijke verantwoordelijke,
            Klokstatus status,
            LocalDate einde,
            LocalDate uiterlijk,
            boolean teLaat,
            @Nullable LocalDate opgeschortSinds,
            @Nullable String opschortingsgrond,
            @Nullable Instant gestoptOp,
            Instant laatsteOp,
            int volgnummer,
            Map<String, Integer> verlengingen) {
        this.id = id;
        this.soort = soort;
        this.object = object;
        this.startdatum = startdatum;
        this.startmoment = startmoment;
        this.lengte = lengte;
        this.verantwoordelijke = verantwoordelijke;
        this.status = status;
        this.einde = einde;
        this.uiterlijk = uiterlijk;
        this.teLaat = teLaat;
        this.opgeschortSinds = opgeschortSinds;
        this.opschortingsgrond = opschortingsgrond;
        this.gestoptOp = gestoptOp;
        this.laatsteOp = laatsteOp;
        this.volgnummer = volgnummer;
        this.verlengingen = new HashMap<>(verlengingen);
    }

    /**
     * Starts a clock of this kind on day 0 {@code startpunt}. A length may be given only for kinds whose length
     * is decided per case ({@link Kloksoort#lengteBijStart()}); otherwise the law's length applies.
     *
     * @throws Weigering on field {@code lengte}
     */
    static Klok start(
            KlokId id,
            Kloksoort soort,
            Objectverwijzing object,
            Startpunt startpunt,
            @Nullable Lengte gegeven,
            Verantwoordelijke verantwoordelijke,
            Handelende door,
            Instant op,
            Termijnrekening rekening) {
        Lengte lengte = soort.lengte();
        if (gegeven != null) {
            if (!soort.lengteBijStart()) {
                throw Weigering.opVeld("lengte", "klok.start.lengte-vast", tekst(soort.berichtSleutel()));
            }
            if (gegeven.aantal() < 1 || gegeven.ongeveerDagen() > Lengte.MAXIMUM_DAGEN) {
                throw Weigering.opVeld("lengte", "klok.start.lengte-ongeldig");
            }
            lengte = gegeven;
        }
        LocalDate einde = rekening.plus(startpunt.datum(), lengte);
        LocalDate uiterlijk = rekening.uiterlijk(soort.verschuiving(), startpunt.datum(), einde);
        Klok klok = new Klok(
                id,
                soort,
                object,
                startpunt.datum(),
                startpunt.moment(),
                lengte,
                verantwoordelijke,
                Klokstatus.LOPEND,
                einde,
                uiterlijk,
                false,
                null,
                null,
                null,
                op,
                0,
                Map.of());
        klok.leg(Klokgebeurtenis.Soort.GESTART, door, op, null, lengte, null, verantwoordelijke, null);
        return klok;
    }

    /**
     * Stops the clock on the ground given, from the day after {@code op} (Awb 4:15). Only a running clock
     * whose deadline has not passed can stand still.
     *
     * @throws Weigering on field {@code grond}, or about the state
     */
    void schortOp(String grond, Handelende door, Instant op, @Nullable String toelichting) {
        eisToelichting(toelichting);
        eisNietGestopt();
        eisVolgorde(op);
        if (!soort.isOpschortbaar()) {
            throw Weigering.opVeld("grond", "klok.opschorten.niet-mogelijk", tekst(soort.berichtSleutel()));
        }
        if (soort.opschortingsgrond(grond).isEmpty()) {
            throw Weigering.opVeld(
                    "grond",
                    "klok.opschorten.grond-onbekend",
                    tekst(soort.berichtSleutel()),
                    soort.opschorting().stream().map(Opschortingsgrond::code).collect(Collectors.joining(", ")));
        }
        if (status == Klokstatus.OPGESCHORT) {
            throw new Weigering("klok.opschorten.al-opgeschort", DATUM.format(opgeschortSinds));
        }
        LocalDate dag = Termijnen.datumVan(op);
        if (dag.isAfter(uiterlijk)) {
            throw new Weigering("klok.opschorten.verstreken", DATUM.format(uiterlijk));
        }
        status = Klokstatus.OPGESCHORT;
        opgeschortSinds = dag;
        opschortingsgrond = grond;
        leg(Klokgebeurtenis.Soort.OPGESCHORT, door, op, grond, null, uiterlijk, null, toelichting);
    }

    /**
     * The clock runs again from the day of {@code op}; the deadline moves by the time it stood still
     * ({@link Termijnrekening#naOpschorting}).
     */
    void hervat(Handelende door, Instant op, @Nullable String toelichting, Termijnrekening rekening) {
        eisToelichting(toelichting);
        eisNietGestopt();
        eisVolgorde(op);
        if (status != Klokstatus.OPGESCHORT || opgeschortSinds == null) {
            throw new Weigering("klok.hervatten.niet-opgeschort");
        }
        LocalDate voor = uiterlijk;
        einde = rekening.naOpschorting(einde, lengte.eenheid(), opgeschortSinds, Termijnen.datumVan(op));
        uiterlijk = rekening.uiterlijk(soort.verschuiving(), startdatum, einde);
        status = Klokstatus.LOPEND;
        String grond = opschortingsgrond;
        opgeschortSinds = null;
        opschortingsgrond = null;
        leg(Klokgebeurtenis.Soort.HERVAT, door, op, grond, null, voor, null, toelichting);
    }

    /**
     * Extends the deadline by {@code verlenging} under one of the kind's rules: only by someone the rule names,
     * not more often nor longer than it allows, with a reason, and before the deadline has passed (a
     * postponement decided after the period expired is void, so the engine refuses it).
     *
     * @throws Weigering on field {@code regel}, {@code lengte} or {@code reden}, or about the state or the person
     */
    void verleng(
            String regel,
            Lengte verlenging,
            Handelende door,
            Instant op,
            @Nullable String reden,
            Termijnrekening rekening) {
        eisToelichting(reden);
        eisNietGestopt();
        eisVolgorde(op);
        if (!soort.isVerlengbaar()) {
            throw Weigering.opVeld("regel", "klok.verlengen.niet-mogelijk", tekst(soort.berichtSleutel()));
        }
        Verlengingsregel r = soort.verlengingsregel(regel)
                .orElseThrow(() -> Weigering.opVeld(
                        "regel",
                        "klok.verlengen.regel-onbekend",
                        tekst(soort.berichtSleutel()),
                        soort.verlenging().stream().map(Verlengingsregel::code).collect(Collectors.joining(", "))));
        if (!door.heeftEenVan(r.besluitDoor())) {
            throw new Weigering(
                    "klok.verlengen.niet-bevoegd",
                    tekst(r.berichtSleutel()),
                    String.join(", ", r.besluitDoor().stream().sorted().toList()));
        }
        if (reden == null || reden.isBlank()) {
            throw Weigering.opVeld("reden", "klok.verlengen.reden-verplicht");
        }
        if (verlenging.aantal() < 1) {
            throw Weigering.opVeld("lengte", "klok.verlengen.lengte-ongeldig");
        }
        Lengte maximaal = r.maximaal();
        if (maximaal != null) {
            if (verlenging.eenheid() != maximaal.eenheid()) {
                throw Weigering.opVeld(
                        "lengte",
                        "klok.verlengen.eenheid",
                        tekst(r.berichtSleutel()),
                        tekst(maximaal.eenheid().berichtSleutel()));
            }
            if (verlenging.aantal() > maximaal.aantal()) {
                throw Weigering.opVeld(
                        "lengte", "klok.verlengen.te-lang", tekst(r.berichtSleutel()), lengteTekst(maximaal));
            }
        } else if (verlenging.ongeveerDagen() > Lengte.MAXIMUM_DAGEN) {
            throw Weigering.opVeld("lengte", "klok.verlengen.lengte-ongeldig");
        }
        int gebruikt = verlengingen.getOrDefault(regel, 0);
        if (r.maximaalAantal() != null && gebruikt >= r.maximaalAantal()) {
            throw new Weigering("klok.verlengen.te-vaak", tekst(r.berichtSleutel()), r.maximaalAantal());
        }
        if (status == Klokstatus.LOPEND && Termijnen.datumVan(op).isAfter(uiterlijk)) {
            throw new Weigering("klok.verlengen.verstreken", DATUM.format(uiterlijk));
        }
        LocalDate voor = uiterlijk;
        einde = rekening.plus(einde, verlenging);
        uiterlijk = rekening.uiterlijk(soort.verschuiving(), startdatum, einde);
        verlengingen.merge(regel, 1, Integer::sum);
        leg(Klokgebeurtenis.Soort.VERLENGD, door, op, regel, verlenging, voor, null, reden);
    }

    /**
     * The awaited thing happened (the report arrived, the decision was taken). Stopped after the deadline, the
     * clock keeps the mark that it was late.
     */
    void stop(Handelende door, Instant op, @Nullable String toelichting) {
        eisToelichting(toelichting);
        eisNietGestopt();
        eisVolgorde(op);
        if (status == Klokstatus.LOPEND && Termijnen.datumVan(op).isAfter(uiterlijk)) {
            teLaat = true;
        }
        status = Klokstatus.GESTOPT;
        gestoptOp = op;
        opgeschortSinds = null;
        opschortingsgrond = null;
        leg(Klokgebeurtenis.Soort.GESTOPT, door, op, null, null, uiterlijk, null, toelichting);
    }

    /** Another department or person answers for the clock from now on. */
    void wijsToe(Verantwoordelijke nieuw, Handelende door, Instant op) {
        eisNietGestopt();
        eisVolgorde(op);
        if (nieuw.equals(verantwoordelijke)) {
            return;
        }
        verantwoordelijke = nieuw;
        leg(Klokgebeurtenis.Soort.TOEGEWEZEN, door, op, null, null, uiterlijk, nieuw, null);
    }

    private static void eisToelichting(@Nullable String toelichting) {
        if (toelichting != null && toelichting.strip().length() > TOELICHTING_MAXIMUM) {
            throw Weigering.opVeld("toelichting", "klok.toelichting.te-lang", TOELICHTING_MAXIMUM);
        }
    }

    private void eisNietGestopt() {
        if (status == Klokstatus.GESTOPT) {
            throw new Weigering("klok.gestopt", tekst(soort.berichtSleutel()));
        }
    }

    /** History is in time order: a command dated before the last line would rewrite the past. */
    private void eisVolgorde(Instant op) {
        if (op.isBefore(laatsteOp)) {
            throw Weigering.opVeld("op", "klok.volgorde", DATUM.format(Termijnen.datumVan(laatsteOp)));
        }
    }

    private void leg(
            Klokgebeurtenis.Soort wat,
            Handelende door,
            Instant op,
            @Nullable String grond,
            @Nullable Lengte lengte,
            @Nullable LocalDate voor,
            @Nullable Verantwoordelijke wie,
            @Nullable String toelichting) {
        String tekst = toelichting == null || toelichting.isBlank() ? null : toelichting.strip();
        volgnummer++;
        laatsteOp = op;
        nieuw.add(new Klokgebeurtenis(
                volgnummer, wat, door.gebruikersnaam(), op, grond, lengte, voor, uiterlijk, wie, tekst));
    }

    private static DefaultMessageSourceResolvable tekst(String sleutel) {
        return new DefaultMessageSourceResolvable(sleutel);
    }

    private static DefaultMessageSourceResolvable lengteTekst(Lengte lengte) {
        return new DefaultMessageSourceResolvable(
                new String[] {"lengte." + lengte.eenheid().name()}, new Object[] {lengte.aantal()});
    }

    /** The history lines the commands since loading added, to append. */
    List<Klokgebeurtenis> nieuweGebeurtenissen() {
        return List.copyOf(nieuw);
    }

    void gebeurtenissenOpgeslagen() {
        nieuw.clear();
    }

    KlokStand stand() {
        return new KlokStand(
                id,
                soort.code(),
                object,
                verantwoordelijke,
                status,
                startdatum,
                lengte,
                uiterlijk,
                teLaat,
                opgeschortSinds,
                opschortingsgrond,
                gestoptOp);
    }

    KlokId id() {
        return id;
    }

    Kloksoort soort() {
        return soort;
    }

    Objectverwijzing object() {
        return object;
    }

    LocalDate startdatum() {
        return startdatum;
    }

    @Nullable
    Instant startmoment() {
        return startmoment;
    }

    Lengte lengte() {
        return lengte;
    }

    Verantwoordelijke verantwoordelijke() {
        return verantwoordelijke;
    }

    Klokstatus status() {
        return status;
    }

    LocalDate einde() {
        return einde;
    }

    LocalDate uiterlijk() {
        return uiterlijk;
    }

    boolean teLaat() {
        return teLaat;
    }

    @Nullable
    LocalDate opgeschortSinds() {
        return opgeschortSinds;
    }

    @Nullable
    String opschortingsgrond() {
        return opschortingsgrond;
    }

    @Nullable
    Instant gestoptOp() {
        return gestoptOp;
    }

    Instant laatsteOp() {
        return laatsteOp;
    }

    int volgnummer() {
        return volgnummer;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Klok k && k.id.equals(id);
    }

    @Override
    public int hashCode() {
        return Objects.hash(id);
    }
}
