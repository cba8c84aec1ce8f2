package nl.toezicht.termijnen;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import nl.toezicht.kern.NietGevonden;
import nl.toezicht.kern.Weigering;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Legal clocks for the objects of other modules (docs/termijnen.md, "How a module attaches a clock"). Every
 * command runs in the caller's transaction (or its own), locks the clock's row, lets the clock decide, appends
 * its history, and answers the clock as it now stands, so the caller can copy {@link KlokStand#uiterlijk()}
 * into its own row.
 *
 * <p>The engine trusts its caller: it checks the kind's rules (which grounds suspend, how often and how long
 * an extension may be, who decides an extension by {@link Handelende#rollen()}), not whether the user may see
 * or change the object. Check that first with {@code toegang.Toegangsbeleid}, as for the object itself.
 */
@Service
public class Klokken {

    private final KlokOpslag opslag;
    private final Kloksoorten soorten;

    Klokken(KlokOpslag opslag, Kloksoorten soorten) {
        this.opslag = opslag;
        this.soorten = soorten;
    }

    public Kloksoorten soorten() {
        return soorten;
    }

    /**
     * Starts a clock of kind {@code soort} for {@code object} on day 0 {@code startpunt}.
     *
     * @param lengte only for kinds whose length is decided per case ({@link Kloksoort#lengteBijStart()}); null
     *     for the kind's length
     * @param op when the clock was started (its first history line)
     * @throws Weigering on field {@code soort} for an unknown kind, {@code lengte} for a length not allowed
     */
    @Transactional
    public KlokStand start(
            Objectverwijzing object,
            String soort,
            Startpunt startpunt,
            @Nullable Lengte lengte,
            Verantwoordelijke verantwoordelijke,
            Handelende door,
            Instant op) {
        return start(KlokId.nieuw(), object, soort, startpunt, lengte, verantwoordelijke, door, op);
    }

    /**
     * As {@link #start(Objectverwijzing, String, Startpunt, Lengte, Verantwoordelijke, Handelende, Instant)}
     * with an id the caller chose, which makes starting idempotent: a clock that already has this id (for
     * the same object and kind) is answered as it stands, so a retried event listener starts it once.
     *
     * @throws IllegalStateException when the id belongs to a clock of another object or kind
     */
    @Transactional
    public KlokStand start(
            KlokId id,
            Objectverwijzing object,
            String soort,
            Startpunt startpunt,
            @Nullable Lengte lengte,
            Verantwoordelijke verantwoordelijke,
            Handelende door,
            Instant op) {
        Kloksoort kloksoort =
                soorten.vind(soort).orElseThrow(() -> Weigering.opVeld("soort", "klok.soort.onbekend", soort));
        Optional<KlokStand> bestaand = opslag.vind(id);
        if (bestaand.isPresent()) {
            KlokStand stand = bestaand.get();
            if (!stand.object().equals(object) || !stand.soort().equals(soort)) {
                throw new IllegalStateException("clock " + id + " belongs to another object or kind");
            }
            return stand;
        }
        Klok klok =
                Klok.start(id, kloksoort, object, startpunt, lengte, verantwoordelijke, door, op, soorten.rekening());
        opslag.voegToe(klok);
        return klok.stand();
    }

    /**
     * Starts many clocks at once with their kinds' own lengths, in two batched statements (an owner giving
     * the objects it loaded in bulk their clocks). The caller chooses the ids and makes sure none exists yet.
     *
     * @throws IllegalArgumentException for an unknown kind
     */
    @Transactional
    public List<KlokStand> startAlle(List<Klokstart> starts) {
        List<Klok> klokken = new ArrayList<>(starts.size());
        for (Klokstart s : starts) {
            Kloksoort kloksoort = soorten.vind(s.soort())
                    .orElseThrow(() -> new IllegalArgumentException("unknown kind of clock " + s.soort()));
            klokken.add(Klok.start(
                    s.id(),
                    kloksoort,
                    s.object(),
                    s.startpunt(),
                    null,
                    s.verantwoordelijke(),
                    s.door(),
                    s.op(),
                    soorten.rekening()));
        }
        opslag.voegToe(klokken);
        return klokken.stream().map(Klok::stand).toList();
    }

    /**
     * Stops the clock on one of its kind's suspension grounds (from the day after {@code op}).
     *
     * @throws Weigering on field {@code grond}, or when the clock is not running or its deadline has passed
     */
    @Transactional
    public KlokStand schortOp(KlokId id, String grond, Handelende door, Instant op, @Nullable String toelichting) {
        Klok klok = laad(id);
        klok.schortOp(grond, door, op, toelichting);
        return bewaar(klok);
    }

    /** Runs the clock again from the day of {@code op}; the deadline moves by the time it stood still. */
    @Transactional
    public KlokStand hervat(KlokId id, Handelende door, Instant op, @Nullable String toelichting) {
        Klok klok = laad(id);
        klok.hervat(door, op, toelichting, soorten.rekening());
        return bewaar(klok);
    }

    /**
     * Extends the deadline under the kind's rule {@code regel} by {@code lengte}.
     *
     * @throws Weigering beyond the rule (field {@code regel}, {@code lengte}, {@code reden}), by someone the rule
     *     does not name, or after the deadline passed
     */
    @Transactional
    public KlokStand verleng(
            KlokId id, String regel, Lengte lengte, Handelende door, Instant op, @Nullable String reden) {
        Klok klok = laad(id);
        klok.verleng(regel, lengte, door, op, reden, soorten.rekening());
        return bewaar(klok);
    }

    /** The awaited thing happened: the clock stops (marked late if that was after its deadline). */
    @Transactional
    public KlokStand stop(KlokId id, Handelende door, Instant op, @Nullable String toelichting) {
        Klok klok = laad(id);
        klok.stop(door, op, toelichting);
        return bewaar(klok);
    }

    /** Another department or person answers for this clock from now on. */
    @Transactional
    public KlokStand wijsToe(KlokId id, Verantwoordelijke verantwoordelijke, Handelende door, Instant op) {
        Klok klok = laad(id);
        klok.wijsToe(verantwoordelijke, door, op);
        return bewaar(klok);
    }

    /**
     * Another department or person answers for all clocks of the object that have not stopped (a case moved
     * to another department or was assigned to an inspector).
     */
    @Transactional
    public List<KlokStand> wijsObjectToe(
            Objectverwijzing object, Verantwoordelijke verantwoordelijke, Handelende door, Instant op) {
        List<KlokStand> standen = new ArrayList<>();
        for (KlokId id : opslag.openVanObjectVoorWijziging(object)) {
            standen.add(wijsToe(id, verantwoordelijke, door, op));
        }
        return standen;
    }

    @Transactional(readOnly = true)
    public Optional<KlokStand> vind(KlokId id) {
        return opslag.vind(id);
    }

    /** The object's clocks: those that have not stopped first, then by start. */
    @Transactional(readOnly = true)
    public List<KlokStand> vanObject(Objectverwijzing object) {
        return opslag.vanObject(object);
    }

    /** The object's clock of this kind that has not stopped, if any (the newest, should there be several). */
    @Transactional(readOnly = true)
    public Optional<KlokStand> open(Objectverwijzing object, String soort) {
        return opslag.vanObject(object).stream()
                .filter(k -> k.status() != Klokstatus.GESTOPT && k.soort().equals(soort))
                .reduce((eerste, tweede) -> tweede);
    }

    /** Every line of the clock's history, oldest first. */
    @Transactional(readOnly = true)
    public List<Klokgebeurtenis> geschiedenis(KlokId id) {
        if (!opslag.bestaat(id)) {
            throw new NietGevonden("object.klok", id);
        }
        return opslag.geschiedenis(id);
    }

    private Klok laad(KlokId id) {
        return opslag.laadVoorWijziging(id).orElseThrow(() -> new NietGevonden("object.klok", id));
    }

    private KlokStand bewaar(Klok klok) {
        opslag.werkBij(klok);
        return klok.stand();
    }
}
