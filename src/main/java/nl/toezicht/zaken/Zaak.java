package nl.toezicht.zaken;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import nl.toezicht.kern.Stroom;
import nl.toezicht.kern.Weigering;
import nl.toezicht.kern.Zorgsector;
import nl.toezicht.meldingen.MeldingId;
import nl.toezicht.meldingen.Meldingsoort;
import nl.toezicht.register.ZorgaanbiederId;
import nl.toezicht.termijnen.KlokId;
import nl.toezicht.termijnen.KlokStand;
import nl.toezicht.termijnen.Klokstatus;
import nl.toezicht.termijnen.Startpunt;
import nl.toezicht.termijnen.Termijn;
import nl.toezicht.termijnen.Termijnsoort;
import nl.toezicht.toegang.Medewerker;
import nl.toezicht.toegang.Rol;
import org.jspecify.annotations.Nullable;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Transient;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Table;

/**
 * A case (zaak): one or more notifications about one event, handled by one department against one legal
 * clock at a time. Every step goes through the case flow ({@link Zaakstroom}), which refuses what it does not
 * allow; the step is written to the timeline as one new entry. The case hands its new timeline entries and
 * its newly joined notifications to {@link Zaken}, which inserts them (decision 0033): the timeline is read
 * with a query, never loaded into the case or rewritten.
 */
@Table(schema = "zaken", name = "zaak")
public class Zaak {

    private static final Stroom<Zaakstatus, Transitie, Zaakstroom.Kenmerken, Termijneffect> STROOM = Zaakstroom.STROOM;

    @Id
    private UUID id;

    @Version
    private @Nullable Long version;

    private String referentie;
    private Zaakstatus status;
    private Meldingsoort soort;
    private Zorgsector sector;
    private Zorgsector afdeling;
    private @Nullable UUID zorgaanbiederId;
    private @Nullable String inspecteur;
    private @Nullable Termijnsoort termijnSoort;
    private @Nullable LocalDate termijnDatum;
    /** The case's clock on the engine (the running one; after closing, the last one). */
    private @Nullable UUID klokId;
    /** The clock stands still: a suspended deadline is never overdue. */
    private boolean termijnOpgeschort;

    private boolean teLaat;
    private boolean teLaatGemeld;
    private Instant ontvangenOp;
    private Instant geopendOp;
    private @Nullable Instant geslotenOp;
    private @Nullable Sluitreden sluitreden;
    /** Imported as a summary: received, closed and why, without its steps (issue 12 item 7). */
    private boolean samenvatting;

    /** While a closing waits for a second person: who asked, from which state, with which reason. */
    private @Nullable String sluitenGevraagdDoor;

    private @Nullable Zaakstatus sluitenGevraagdVanuit;
    private @Nullable Sluitreden voorgesteldeSluitreden;

    /** The notifications it holds, as {@link Zaken} loaded them, with those joined since. */
    @Transient
    private final Set<ZaakMelding> meldingen = new HashSet<>();

    /** Joined since loading: {@link Zaken} moves their link rows here. */
    @Transient
    private final List<ZaakMelding> nieuweMeldingen = new ArrayList<>();

    /** The timeline entries of the steps taken since loading: {@link Zaken} appends them. */
    @Transient
    private final List<Statuswijziging> nieuweStappen = new ArrayList<>();

    @SuppressWarnings("NullAway.Init")
    private Zaak() {
        // for Spring Data JDBC
    }

    /**
     * Opens a case for a newly received notification. Routing rule: the case goes to the department of
     * the notification's sector (a department is identified by its sector), without an inspector; the
     * department assigns one. The opening step of the flow starts the triage clock.
     */
    static Zaak open(
            String referentie,
            MeldingId melding,
            Meldingsoort soort,
            Zorgsector sector,
            @Nullable ZorgaanbiederId zorgaanbieder,
            Instant ontvangenOp,
            Zaakklok klok,
            boolean teLaatGemeld,
            String door,
            Instant op) {
        Zaak zaak = new Zaak();
        zaak.id = UUID.randomUUID();
        zaak.referentie = referentie;
        zaak.soort = soort;
        zaak.sector = sector;
        zaak.afdeling = sector;
        zaak.zorgaanbiederId = zorgaanbieder == null ? null : zorgaanbieder.waarde();
        zaak.ontvangenOp = ontvangenOp;
        zaak.geopendOp = op;
        zaak.teLaatGemeld = teLaatGemeld;
        zaak.meldingen.add(new ZaakMelding(melding.waarde(), op, door));
        Zaakstatus naar = STROOM.neem(Transitie.OPENEN, null, zaak.kenmerken(null, true), Zaak::onmogelijk);
        zaak.stap(Transitie.OPENEN, naar, klok, door, op, null);
        return zaak;
    }

    /**
     * Replays a case history recorded elsewhere (the bulk import of past cases) through the same flow as a
     * live case: it starts with {@link Transitie#OPENEN} on or after the receipt of its first notification,
     * every further step is one the flow allows from the state reached (an assignment only while open, no
     * assessment without investigation for a calamity), the steps are in time order, and a closed case has a
     * reason that fits how it was closed; an open one has none. Returns the timeline as it is stored.
     *
     * @throws Weigering on field {@code tijdlijn[i].transitie}, {@code tijdlijn[i].op} or {@code sluitreden}
     */
    public static List<Statuswijziging> herspeel(
            Meldingsoort soort, Instant ontvangenOp, List<HistorischeStap> stappen, @Nullable Sluitreden reden) {
        if (stappen.isEmpty() || stappen.get(0).transitie() != STROOM.beginstap()) {
            throw Weigering.opVeld("tijdlijn[0].transitie", "zaak.historie.eerst-openen");
        }
        var herspeling = STROOM.herspeling(Zaakstroom.Kenmerken.van(soort));
        List<Statuswijziging> tijdlijn = new ArrayList<>(stappen.size());
        Instant vorige = ontvangenOp;
        for (int i = 0; i < stappen.size(); i++) {
            HistorischeStap stap = stappen.get(i);
            String veld = "tijdlijn[" + i + "]";
            if (stap.op().isBefore(vorige)) {
                throw i == 0
                        ? Weigering.opVeld(veld + ".op", "zaak.historie.voor-ontvangst")
                        : Weigering.opVeld(veld + ".op", "zaak.historie.volgorde");
            }
            vorige = stap.op();
            Stroom.Herspeeld<Zaakstatus, Transitie> h =
                    herspeling.volg(stap.transitie(), bezwaar -> historieWeigering(veld + ".transitie", bezwaar));
            tijdlijn.add(new Statuswijziging(
                    h.van(), h.naar(), h.stap(), stap.door(), stap.op(), leegIsNull(stap.toelichting())));
        }
        Zaakstatus status = Objects.requireNonNull(herspeling.status());
        Transitie laatste = stappen.get(stappen.size() - 1).transitie();
        if (status.isOpen() && reden != null) {
            throw Weigering.opVeld("sluitreden", "zaak.sluitreden.alleen-bij-sluiten");
        }
        if (!status.isOpen()) {
            if (reden == null) {
                throw Weigering.opVeld("sluitreden", "zaak.sluitreden.verplicht");
            }
            if (laatste != Transitie.SAMENVOEGEN && !reden.isHandmatig()) {
                throw Weigering.opVeld("sluitreden", "zaak.sluitreden.niet-handmatig");
            }
            if (laatste == Transitie.SAMENVOEGEN && reden != Sluitreden.SAMENGEVOEGD) {
                throw Weigering.opVeld("sluitreden", "zaak.historie.samengevoegd");
            }
        }
        return tijdlijn;
    }

    private static Weigering historieWeigering(String veld, Stroom.Bezwaar<Zaakstatus, Transitie> bezwaar) {
        if (bezwaar instanceof Stroom.Bezwaar.NietVanuit<Zaakstatus, Transitie> n) {
            return Weigering.opVeld(veld, "zaak.historie.transitie", label(n.stap()), label(n.status()));
        }
        if (bezwaar instanceof Stroom.Bezwaar.Geweigerd<Zaakstatus, Transitie> g) {
            return Weigering.opVeld(veld, g.berichtSleutel(), label(g.stap()));
        }
        return Weigering.opVeld(veld, "zaak.historie.eerst-openen");
    }

    /**
     * A step staff take through the API or the case page: one the flow offers and allows from the current
     * state for this kind of case. Closing needs a reason staff may give. The step's effect on the legal
     * clock comes from the flow.
     */
    void voerUit(
            Transitie transitie,
            @Nullable Sluitreden reden,
            Zaakklok klok,
            String door,
            Instant op,
            @Nullable String toelichting) {
        if (!STROOM.overgang(transitie).aangeboden()) {
            throw Weigering.opVeld("transitie", "zaak.transitie.niet-handmatig");
        }
        Zaakstatus naar = STROOM.neem(transitie, status, kenmerken(door, true), this::weigering);
        if (!naar.isOpen()) {
            if (reden == null) {
                throw Weigering.opVeld("sluitreden", "zaak.sluitreden.verplicht");
            }
            if (!reden.isHandmatig()) {
                throw Weigering.opVeld("sluitreden", "zaak.sluitreden.niet-handmatig");
            }
        }
        stap(transitie, naar, klok, door, op, toelichting);
        if (!naar.isOpen()) {
            markeerGesloten(Objects.requireNonNull(reden), op);
        }
    }

    /** Intake joins a notification to this case (it leaves its former case). */
    void voegMeldingToe(MeldingId melding, String door, Instant op) {
        if (!status.isOpen()) {
            throw new Weigering("zaak.samenvoegen.gesloten", referentie);
        }
        if (bevat(melding)) {
            throw new Weigering("zaak.samenvoegen.al-gekoppeld", referentie);
        }
        ZaakMelding koppeling = new ZaakMelding(melding.waarde(), op, door);
        meldingen.add(koppeling);
        nieuweMeldingen.add(koppeling);
    }

    /**
     * The notification moved to another case. A case left without notifications has nothing to handle:
     * it is closed as joined ({@link Sluitreden#SAMENGEVOEGD}), from any open state.
     */
    void verliesMelding(MeldingId melding, String naarReferentie, Zaakklok klok, String door, Instant op) {
        meldingen.removeIf(m -> m.meldingId().equals(melding.waarde()));
        if (meldingen.isEmpty() && status.isOpen()) {
            Zaakstatus naar = STROOM.neem(Transitie.SAMENVOEGEN, status, kenmerken(null, true), Zaak::onmogelijk);
            stap(Transitie.SAMENVOEGEN, naar, klok, door, op, naarReferentie);
            markeerGesloten(Sluitreden.SAMENGEVOEGD, op);
        }
    }

    /** Assigns the case within its department: the inspector must work there. */
    void wijsToe(Medewerker inspecteur, String door, Instant op) {
        Zaakstatus naar = STROOM.neem(
                Transitie.TOEWIJZEN,
                status,
                kenmerken(door, true),
                b -> new Weigering("zaak.toewijzen.gesloten", referentie));
        if (inspecteur.rol() != Rol.INSPECTEUR || !inspecteur.werktBij(afdeling)) {
            throw Weigering.opVeld("inspecteur", "zaak.toewijzen.andere-afdeling", inspecteur.naam(), label(afdeling));
        }
        this.inspecteur = inspecteur.gebruikersnaam();
        stap(Transitie.TOEWIJZEN, naar, null, door, op, inspecteur.naam());
    }

    /**
     * Moves the open case to another department (issue 13 item 7): the department's inspectors handle it from now
     * on; its inspector stays only when they work there too.
     *
     * @param inspecteurBlijft whether the case's inspector works in the new department
     * @throws Weigering for a closed case, or the department it is in (field {@code afdeling})
     */
    void draagOver(Zorgsector naar, boolean inspecteurBlijft, String door, Instant op) {
        Zaakstatus blijft = STROOM.neem(
                Transitie.OVERDRAGEN,
                status,
                kenmerken(door, true),
                b -> b instanceof Stroom.Bezwaar.NietVanuit<Zaakstatus, Transitie>
                        ? new Weigering("zaak.overdragen.gesloten", referentie)
                        : weigering(b));
        if (naar == afdeling) {
            throw Weigering.opVeld("afdeling", "zaak.overdragen.zelfde-afdeling", referentie, label(afdeling));
        }
        String van = afdeling.name();
        afdeling = naar;
        if (!inspecteurBlijft) {
            inspecteur = null;
        }
        stap(Transitie.OVERDRAGEN, blijft, null, door, op, van + " → " + naar.name());
    }

    /**
     * A notification wrongly linked to this case leaves it by its reference (issue 13 item 8), with a reason; the
     * timeline says where it went. The case's state stays.
     *
     * @throws Weigering on field {@code melding} when the case does not hold it, or holds nothing else (a case is
     *     never left without a notification: joining it to another case is merging, which closes this one)
     */
    void splitsAf(
            MeldingId melding, String meldingReferentie, String naarReferentie, String reden, String door, Instant op) {
        if (!bevat(melding)) {
            throw Weigering.opVeld("melding", "zaak.splitsen.niet-in-zaak", meldingReferentie, referentie);
        }
        if (meldingen.size() == 1) {
            throw Weigering.opVeld("melding", "zaak.splitsen.laatste", meldingReferentie, referentie);
        }
        Zaakstatus blijft = STROOM.neem(Transitie.AFSPLITSEN, status, kenmerken(door, true), this::weigering);
        meldingen.removeIf(m -> m.meldingId().equals(melding.waarde()));
        stap(Transitie.AFSPLITSEN, blijft, null, door, op, meldingReferentie + " → " + naarReferentie + ": " + reden);
    }

    /**
     * Takes in a notification split off another case: a new case opened for it ({@link #open}) or an open case named
     * by its reference. On the timeline, with where it came from; the link row moves when the case is stored.
     *
     * @throws Weigering when this case is closed or holds it already
     */
    void neemAfgesplitstOp(
            MeldingId melding, String meldingReferentie, String vanReferentie, String reden, String door, Instant op) {
        if (!bevat(melding)) {
            voegMeldingToe(melding, door, op);
        } else {
            // opened for it just now: its link is still to be moved from the case it leaves
            meldingen.stream()
                    .filter(m -> m.meldingId().equals(melding.waarde()))
                    .findFirst()
                    .ifPresent(nieuweMeldingen::add);
        }
        Zaakstatus blijft = STROOM.neem(Transitie.AFSPLITSEN, status, kenmerken(door, true), this::weigering);
        stap(Transitie.AFSPLITSEN, blijft, null, door, op, meldingReferentie + " ← " + vanReferentie + ": " + reden);
    }

    /** Intake linked the notification to a provider of the register: on the timeline, by name. */
    void koppelZorgaanbieder(ZorgaanbiederId zorgaanbieder, String naam, String door, Instant op) {
        Zaakstatus naar = STROOM.neem(
                Transitie.KOPPELEN,
                status,
                kenmerken(null, true),
                b -> new IllegalStateException("linking refused: " + b));
        this.zorgaanbiederId = zorgaanbieder.waarde();
        stap(Transitie.KOPPELEN, naar, null, door, op, naam);
    }

    /** The manual steps allowed now, for the case page and the API. */
    public List<Transitie> toegestaneTransities() {
        return STROOM.toegestaan(status, kenmerken(null, true));
    }

    /**
     * Four eyes, first step: asks to close with a reason staff may give. The case waits for a second person;
     * its clock keeps running.
     *
     * @throws Weigering from a state the flow does not close from (field {@code transitie}), or without a
     *     reason staff may give (field {@code sluitreden})
     */
    void vraagSluitenAan(Sluitreden reden, String door, Instant op, @Nullable String toelichting) {
        if (!reden.isHandmatig()) {
            throw Weigering.opVeld("sluitreden", "zaak.sluitreden.niet-handmatig");
        }
        Zaakstatus vanuit = status;
        Zaakstatus naar = STROOM.neem(Transitie.VRAAG_SLUITEN_AAN, status, kenmerken(door, true), this::weigering);
        stap(Transitie.VRAAG_SLUITEN_AAN, naar, null, door, op, toelichting);
        sluitenGevraagdDoor = door;
        sluitenGevraagdVanuit = vanuit;
        voorgesteldeSluitreden = reden;
    }

    /**
     * Four eyes, second step: a second person of the case's department approves the closing asked for;
     * the case closes with the reason asked and its clock stops.
     *
     * @param vanAfdeling whether {@code door} works in the case's department
     * @throws Weigering when nothing waits, or the one who asked approves (the flow's rules)
     */
    void keurSluitenGoed(Zaakklok klok, String door, boolean vanAfdeling, Instant op, @Nullable String toelichting) {
        Sluitreden reden = voorgesteldeSluitreden;
        Zaakstatus naar =
                STROOM.neem(Transitie.KEUR_SLUITEN_GOED, status, kenmerken(door, vanAfdeling), this::weigering);
        stap(Transitie.KEUR_SLUITEN_GOED, naar, klok, door, op, toelichting);
        markeerGesloten(Objects.requireNonNull(reden), op);
    }

    /**
     * Four eyes, the other answer: the closing goes back, with a reason, to the state it was asked from.
     *
     * @throws Weigering when nothing waits, or the one who asked sends it back (the flow's rules)
     */
    void stuurSluitenTerug(String door, boolean vanAfdeling, Instant op, String reden) {
        Transitie terug = sluitenGevraagdVanuit == Zaakstatus.IN_TRIAGE
                ? Transitie.STUUR_TERUG_NAAR_TRIAGE
                : Transitie.STUUR_TERUG_NAAR_BEOORDELING;
        Zaakstatus naar = STROOM.neem(terug, status, kenmerken(door, vanAfdeling), this::weigering);
        stap(terug, naar, null, door, op, reden);
    }

    /**
     * Opens a closed case again, with a reason: it is assessed anew, against a new assessment clock (the flow's
     * effect); its closing moment and reason are cleared (the figures count it as closed when it closes again).
     *
     * @throws Weigering for an open case, or someone outside the case's department
     */
    void heropen(Zaakklok klok, String door, boolean vanAfdeling, Instant op, String reden) {
        Zaakstatus naar = STROOM.neem(
                Transitie.HEROPEN,
                status,
                kenmerken(door, vanAfdeling),
                b -> b instanceof Stroom.Bezwaar.NietVanuit<Zaakstatus, Transitie>
                        ? new Weigering("zaak.heropenen.open", referentie)
                        : weigering(b));
        stap(Transitie.HEROPEN, naar, klok, door, op, reden);
        sluitreden = null;
        geslotenOp = null;
    }

    /**
     * Records a note, a task given, done or cancelled in the timeline: the state stays.
     *
     * @throws Weigering when the flow does not allow it now (a task on a closed case)
     */
    void noteer(Transitie transitie, String door, Instant op, @Nullable String toelichting) {
        Zaakstatus naar = STROOM.neem(
                transitie,
                status,
                kenmerken(door, true),
                b -> b instanceof Stroom.Bezwaar.NietVanuit<Zaakstatus, Transitie>
                        ? new Weigering("zaak.taak.gesloten", referentie)
                        : weigering(b));
        stap(transitie, naar, null, door, op, toelichting);
    }

    /**
     * The provider sent in what the case waits for (the investigation report or the supplement asked) through
     * the portal: the flow's {@link Transitie#ONTVANG_ONDERZOEK}, taken for the provider. The provider's
     * clock stops and the assessment's starts (the step's effect).
     *
     * @throws Weigering when the case does not wait for the provider
     */
    void ontvangInzending(Zaakklok klok, String door, Instant op, String titel) {
        Zaakstatus naar = STROOM.neem(
                Transitie.ONTVANG_ONDERZOEK,
                status,
                kenmerken(door, true),
                b -> new Weigering("zaak.inzending.niets-gevraagd", referentie));
        stap(Transitie.ONTVANG_ONDERZOEK, naar, klok, door, op, titel);
    }

    /** The reporter added information to one of the case's notifications: on the timeline, the state stays. */
    void ontvangAanvulling(String door, Instant op, @Nullable String toelichting) {
        Zaakstatus naar = STROOM.neem(Transitie.AANVULLING_ONTVANGEN, status, kenmerken(null, true), Zaak::onmogelijk);
        stap(Transitie.AANVULLING_ONTVANGEN, naar, null, door, op, toelichting);
    }

    /** Whether the flow allows {@code transitie} now to this person (for the case page's forms). */
    public boolean staatToe(Transitie transitie, String door, boolean vanAfdeling) {
        return STROOM.toets(transitie, status, kenmerken(door, vanAfdeling)).isEmpty();
    }

    private Zaakstroom.Kenmerken kenmerken(@Nullable String door, boolean vanAfdeling) {
        return new Zaakstroom.Kenmerken(soort, sluitenGevraagdVanuit, sluitenGevraagdDoor, door, vanAfdeling);
    }

    public boolean bevat(MeldingId melding) {
        return meldingen.stream().anyMatch(m -> m.meldingId().equals(melding.waarde()));
    }

    /** Sets the state the flow allowed, carries out the step's effect on the clock and records the step. */
    private void stap(
            Transitie transitie,
            Zaakstatus naar,
            Zaakklok klok,
            String door,
            Instant op,
            @Nullable String toelichting) {
        Termijneffect effect = STROOM.effect(transitie, kenmerken(null, true));
        if (effect instanceof Termijneffect.Start start) {
            stopKlok(klok, door, op);
            // the Wkkgz clocks of a calamity count from the receipt of the first notification
            Instant vanaf = start.vanaf() == Termijneffect.Vanaf.ONTVANGST ? ontvangenOp : op;
            KlokStand stand = klok.start(this, start.soort(), Startpunt.moment(vanaf), door, op);
            klokId = stand.id().waarde();
            termijnSoort = start.soort();
            neemOver(stand);
            // the flag belongs to the running clock: a new deadline starts on time
            teLaat = false;
        } else if (effect instanceof Termijneffect.Stop) {
            stopKlok(klok, door, op);
            termijnSoort = null;
            termijnDatum = null;
            termijnOpgeschort = false;
        }
        Zaakstatus van = status;
        status = naar;
        if (naar != Zaakstatus.SLUITEN_TER_BEOORDELING) {
            sluitenGevraagdDoor = null;
            sluitenGevraagdVanuit = null;
            voorgesteldeSluitreden = null;
        }
        nieuweStappen.add(new Statuswijziging(van, naar, transitie, door, op, leegIsNull(toelichting)));
    }

    private void stopKlok(Zaakklok klok, String door, Instant op) {
        if (klokId != null && termijnSoort != null) {
            klok.stop(new KlokId(klokId), door, op);
        }
    }

    /**
     * The running clock of a case that may have it changed by staff ({@link Transitie#TERMIJN_OPSCHORTEN},
     * {@link Transitie#TERMIJN_HERVATTEN}, {@link Transitie#TERMIJN_VERLENGEN}): an open case with a clock.
     *
     * @throws Weigering for a closed case or one without a running clock
     */
    KlokId klokVoor(Transitie transitie) {
        STROOM.neem(transitie, status, kenmerken(null, true), b -> new Weigering("zaak.termijn.gesloten", referentie));
        if (klokId == null || termijnSoort == null) {
            throw new Weigering("zaak.termijn.geen-klok", referentie);
        }
        return new KlokId(klokId);
    }

    /**
     * The engine suspended, resumed or extended the case's clock ({@link #klokVoor}): the case copies its
     * deadline and records the step in the timeline, with the reason given.
     */
    void klokGewijzigd(Transitie transitie, KlokStand stand, String door, Instant op, @Nullable String toelichting) {
        if (klokId == null || !stand.id().waarde().equals(klokId)) {
            throw new IllegalStateException("not the clock of case " + referentie);
        }
        Zaakstatus naar = STROOM.neem(transitie, status, kenmerken(null, true), Zaak::onmogelijk);
        neemOver(stand);
        nieuweStappen.add(new Statuswijziging(status, naar, transitie, door, op, leegIsNull(toelichting)));
    }

    /** Copies the clock's deadline and whether it stands still: the work queue sorts and marks by these. */
    private void neemOver(KlokStand stand) {
        termijnDatum = stand.uiterlijk();
        termijnOpgeschort = stand.status() == Klokstatus.OPGESCHORT;
    }

    private Weigering weigering(Stroom.Bezwaar<Zaakstatus, Transitie> bezwaar) {
        if (bezwaar instanceof Stroom.Bezwaar.Geweigerd<Zaakstatus, Transitie> g) {
            return new Weigering(g.berichtSleutel(), label(g.stap()));
        }
        return new Weigering("zaak.transitie.geweigerd", label(bezwaar.stap()), label(status), referentie);
    }

    /** For steps the code takes only where the flow allows them (opening, joining an open case). */
    private static IllegalStateException onmogelijk(Stroom.Bezwaar<Zaakstatus, Transitie> bezwaar) {
        return new IllegalStateException("the case flow refuses " + bezwaar);
    }

    private void markeerGesloten(Sluitreden reden, Instant op) {
        sluitreden = reden;
        geslotenOp = op;
    }

    private static @Nullable String leegIsNull(@Nullable String tekst) {
        return tekst == null || tekst.isBlank() ? null : tekst.strip();
    }

    private static DefaultMessageSourceResolvable label(Zaakstatus status) {
        return new DefaultMessageSourceResolvable(status.berichtSleutel());
    }

    private static DefaultMessageSourceResolvable label(Transitie transitie) {
        return new DefaultMessageSourceResolvable(transitie.berichtSleutel());
    }

    private static DefaultMessageSourceResolvable label(Zorgsector afdeling) {
        return new DefaultMessageSourceResolvable(afdeling.berichtSleutel());
    }

    public ZaakId id() {
        return new ZaakId(id);
    }

    public @Nullable Long versie() {
        return version;
    }

    public String referentie() {
        return referentie;
    }

    public Zaakstatus status() {
        return status;
    }

    public Meldingsoort soort() {
        return soort;
    }

    public Zorgsector sector() {
        return sector;
    }

    public Zorgsector afdeling() {
        return afdeling;
    }

    public @Nullable ZorgaanbiederId zorgaanbieder() {
        return zorgaanbiederId == null ? null : new ZorgaanbiederId(zorgaanbiederId);
    }

    public @Nullable String inspecteur() {
        return inspecteur;
    }

    public @Nullable Termijn termijn() {
        return termijnSoort == null || termijnDatum == null ? null : new Termijn(termijnSoort, termijnDatum);
    }

    /** Overdue: marked by the daily job, or past its deadline since; never while its clock stands still. */
    public boolean isTeLaat(LocalDate vandaag) {
        Termijn termijn = termijn();
        return status.isOpen() && !termijnOpgeschort && (teLaat || (termijn != null && termijn.isVerstreken(vandaag)));
    }

    /** The case's clock stands still (suspended on one of its kind's grounds). */
    public boolean isTermijnOpgeschort() {
        return termijnOpgeschort;
    }

    /** The case's clock on the engine: the running one, or after closing the last one. */
    public @Nullable KlokId klok() {
        return klokId == null ? null : new KlokId(klokId);
    }

    /** Wkkgz: a calamity reported later than 3 working days after it was established. */
    public boolean isTeLaatGemeld() {
        return teLaatGemeld;
    }

    public Instant ontvangenOp() {
        return ontvangenOp;
    }

    public Instant geopendOp() {
        return geopendOp;
    }

    public @Nullable Instant geslotenOp() {
        return geslotenOp;
    }

    public @Nullable Sluitreden sluitreden() {
        return sluitreden;
    }

    /** Imported as a summary: its timeline is one honest entry, not the steps it went through. */
    public boolean isSamenvatting() {
        return samenvatting;
    }

    /** While a closing waits for review: who asked for it. */
    public @Nullable String sluitenGevraagdDoor() {
        return sluitenGevraagdDoor;
    }

    /** While a closing waits for review: the reason it will close with. */
    public @Nullable Sluitreden voorgesteldeSluitreden() {
        return voorgesteldeSluitreden;
    }

    /** The timeline entries of the steps taken since the case was loaded or opened, oldest first. */
    List<Statuswijziging> nieuweStappen() {
        return Collections.unmodifiableList(nieuweStappen);
    }

    /** The notifications, in the order they were joined. */
    public List<MeldingId> meldingen() {
        return meldingen.stream()
                .sorted(java.util.Comparator.comparing(ZaakMelding::gekoppeldOp).thenComparing(ZaakMelding::meldingId))
                .map(ZaakMelding::melding)
                .toList();
    }

    /** The link rows, for {@link NieuweZaken}. */
    Set<ZaakMelding> zaakMeldingen() {
        return Collections.unmodifiableSet(meldingen);
    }

    /** The notifications joined since loading, for {@link Zaken}. */
    List<ZaakMelding> nieuweMeldingen() {
        return Collections.unmodifiableList(nieuweMeldingen);
    }

    /** {@link Zaken} loaded the links of a stored case. */
    void geladen(List<ZaakMelding> koppelingen) {
        meldingen.addAll(koppelingen);
    }

    /** {@link Zaken} wrote the new entries and links: they are stored now. */
    void bewaard() {
        nieuweStappen.clear();
        nieuweMeldingen.clear();
    }
}
