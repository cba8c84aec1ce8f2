package nl.toezicht.zaken;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import nl.toezicht.kern.NietGevonden;
import nl.toezicht.kern.Referentie;
import nl.toezicht.kern.Weigering;
import nl.toezicht.logboek.Handeling;
import nl.toezicht.logboek.Logobject;
import nl.toezicht.logboek.Toegangslog;
import nl.toezicht.meldingen.MeldingGekoppeld;
import nl.toezicht.meldingen.MeldingId;
import nl.toezicht.meldingen.MeldingOntvangen;
import nl.toezicht.meldingen.Meldingen;
import nl.toezicht.meldingen.Meldingsoort;
import nl.toezicht.meldingen.Meldingstatus;
import nl.toezicht.register.Register;
import nl.toezicht.register.ZorgaanbiederSamenvatting;
import nl.toezicht.termijnen.Eenheid;
import nl.toezicht.termijnen.Handelende;
import nl.toezicht.termijnen.KlokId;
import nl.toezicht.termijnen.KlokStand;
import nl.toezicht.termijnen.Klokgebeurtenis;
import nl.toezicht.termijnen.Klokken;
import nl.toezicht.termijnen.Lengte;
import nl.toezicht.termijnen.Termijn;
import nl.toezicht.termijnen.Termijnen;
import nl.toezicht.termijnen.Verlengingsregel;
import nl.toezicht.toegang.Medewerker;
import nl.toezicht.toegang.Medewerkers;
import nl.toezicht.toegang.Recht;
import nl.toezicht.toegang.Toegangsbeleid;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The use cases of case handling. Each is one transaction: it checks access, lets the case decide,
 * stores it (optimistically locked by its version), brings the notifications' status along and publishes
 * what happened.
 */
@Service
public class Zaakbehandeling {

    /** Who opens and closes cases when no staff member does (listeners, the daily job). */
    static final String SYSTEEM = "systeem";

    private static final Logger log = LoggerFactory.getLogger(Zaakbehandeling.class);

    private final Zaken zaken;
    private final NieuweZaken nieuweZaken;
    private final JdbcClient jdbc;
    private final Termijnen termijnen;
    private final Zaakklokken klokken;
    private final Klokken engine;
    private final Meldingen meldingen;
    private final Medewerkers medewerkers;
    private final Toegangsbeleid toegang;
    private final Toegangslog toegangslog;
    private final ApplicationEventPublisher events;
    private final MeterRegistry metrics;
    private final Clock clock;
    private final Register register;

    Zaakbehandeling(
            Zaken zaken,
            NieuweZaken nieuweZaken,
            JdbcClient jdbc,
            Termijnen termijnen,
            Zaakklokken klokken,
            Klokken engine,
            Meldingen meldingen,
            Medewerkers medewerkers,
            Toegangsbeleid toegang,
            Toegangslog toegangslog,
            ApplicationEventPublisher events,
            MeterRegistry metrics,
            Clock clock,
            Register register) {
        this.zaken = zaken;
        this.nieuweZaken = nieuweZaken;
        this.jdbc = jdbc;
        this.termijnen = termijnen;
        this.klokken = klokken;
        this.engine = engine;
        this.meldingen = meldingen;
        this.medewerkers = medewerkers;
        this.toegang = toegang;
        this.toegangslog = toegangslog;
        this.events = events;
        this.metrics = metrics;
        this.clock = clock;
        this.register = register;
    }

    /**
     * A case the current user may see: within their departments, or where they broke the glass. Logged
     * with the notifications it shows (and their patients' pseudonyms); any other case does not exist for
     * them (404, logged as refused).
     */
    @Transactional(readOnly = true)
    public Zaak zaak(ZaakId id) {
        return toegang.lees(
                ZaakRechten.INZIEN,
                Logobject.zaak(id.waarde()),
                () -> zaken.vind(id),
                Zaak::afdeling,
                zaak -> List.of(logobjecten(zaak)));
    }

    /**
     * Break-the-glass: an inspector or legal staff member opens a case outside their departments by
     * stating why; reading it and its notifications is granted for a limited time and logged with the
     * reason (the privacy officer reviews these).
     */
    @Transactional(readOnly = true)
    public Zaak doorbreek(ZaakId id, String reden) {
        String doel = toegang.eisDoorbreken(reden, Logobject.zaak(id.waarde()));
        Zaak zaak = laad(id, Handeling.DOORBREKEN);
        toegang.doorbreek(doel, zaak.afdeling(), List.of(logobjecten(zaak)));
        return zaak;
    }

    /**
     * The timeline of a case the caller read through {@link #zaak} or changed: what it shows was logged
     * with the case.
     */
    @Transactional(readOnly = true)
    public List<Statuswijziging> tijdlijn(Zaak zaak) {
        return zaken.tijdlijn(zaak.id());
    }

    private Logobject[] logobjecten(Zaak zaak) {
        List<Logobject> objecten = new java.util.ArrayList<>();
        objecten.add(Logobject.zaak(zaak.id().waarde()));
        objecten.addAll(meldingen.logobjecten(zaak.meldingen()));
        return objecten.toArray(Logobject[]::new);
    }

    /**
     * Performs a manual step of the flow.
     *
     * @param verwachteVersie the version the user saw; a different one means someone else changed the case
     */
    @Transactional
    public Zaak voerUit(ZaakId id, Zaakopdracht.Stap opdracht, @Nullable Long verwachteVersie) {
        Transitie transitie = opdracht.transitie();
        if (!transitie.isHandmatig()) {
            throw Weigering.opVeld("transitie", "zaak.transitie.niet-handmatig");
        }
        Zaak zaak = wijzig(id, ZaakRechten.BEHANDELEN);
        eisVersie(zaak, verwachteVersie);
        String door = medewerkers.huidige().gebruikersnaam();
        Instant op = Instant.now(clock);
        Zaakstatus van = zaak.status();
        zaak.voerUit(transitie, opdracht.sluitreden(), klokken, door, op, opdracht.toelichting());
        Zaak opgeslagen = bewaar(zaak);
        gewijzigd(opgeslagen, van, transitie, op);
        return opgeslagen;
    }

    /** Assigns the case to an inspector of its department. */
    @Transactional
    public Zaak wijsToe(ZaakId id, String gebruikersnaam, @Nullable Long verwachteVersie) {
        Zaak zaak = wijzig(id, ZaakRechten.BEHANDELEN);
        eisVersie(zaak, verwachteVersie);
        Medewerker inspecteur = medewerkers
                .vind(gebruikersnaam)
                .orElseThrow(() -> Weigering.opVeld("inspecteur", "zaak.toewijzen.onbekend"));
        String door = medewerkers.huidige().gebruikersnaam();
        Instant op = Instant.now(clock);
        zaak.wijsToe(inspecteur, door, op);
        klokken.wijsToe(zaak, door, op);
        Zaak opgeslagen = bewaar(zaak);
        events.publishEvent(new ZaakToegewezen(
                opgeslagen.id(),
                opgeslagen.referentie(),
                opgeslagen.afdeling(),
                inspecteur.gebruikersnaam(),
                door,
                op));
        return opgeslagen;
    }

    /**
     * Moves an open case to another department (issue 13 item 7): need-to-know on the department it is in; its clock
     * answers to the new department from now on, and its inspector stays only when they work there too.
     */
    @Transactional
    public Zaak draagOver(ZaakId id, @Nullable String afdeling, @Nullable Long verwachteVersie) {
        Zaak zaak = wijzig(id, ZaakRechten.OVERDRAGEN);
        // read after need-to-know: a case out of reach is not found, whatever was asked of it
        Zaakopdracht.Overdracht opdracht = Zaakopdracht.Overdracht.lees(afdeling);
        eisVersie(zaak, verwachteVersie);
        String door = medewerkers.huidige().gebruikersnaam();
        Instant op = Instant.now(clock);
        String inspecteur = zaak.inspecteur();
        boolean blijft = inspecteur != null
                && medewerkers
                        .vind(inspecteur)
                        .map(m -> m.werktBij(opdracht.afdeling()))
                        .orElse(false);
        zaak.draagOver(opdracht.afdeling(), blijft, door, op);
        klokken.wijsToe(zaak, door, op);
        return bewaar(zaak);
    }

    /** A notification split off a case: the case it left and the case it went to (new when {@code nieuw}). */
    public record Afsplitsing(Zaak bron, Zaak doel, boolean nieuw) {}

    /**
     * Splits a notification wrongly linked to a case off it, by its reference (issue 13 item 8): to a new case of
     * its own, opened as a received notification opens one (routing, clocks from its receipt), or to another open
     * case named by its reference. Both cases record it on their timelines; the notification's one link row moves,
     * so it counts once in the figures. The intake desk may split on any case it sees; an inspector only on a case
     * assigned to them.
     *
     * @throws Weigering for an unknown reference, a notification the case does not hold, the case's last
     *     notification, a closed or unknown target case, or an inspector on someone else's case
     */
    @Transactional
    public Afsplitsing splitsAf(ZaakId bronId, Zaakopdracht.Splitsing opdracht, @Nullable Long verwachteVersie) {
        Zaak bron = toegang.wijzig(
                ZaakRechten.SPLITSEN,
                Logobject.zaak(bronId.waarde()),
                () -> zaken.vind(bronId),
                Zaak::afdeling,
                z -> List.of(logobjecten(z)));
        eisVersie(bron, verwachteVersie);
        Medewerker ik = medewerkers.huidige();
        if (!toegang.heeft(ZaakRechten.SAMENVOEGEN) && !ik.gebruikersnaam().equals(bron.inspecteur())) {
            throw new Weigering("zaak.splitsen.niet-uw-zaak", bron.referentie());
        }
        MeldingId melding = meldingen
                .vindOpReferentie(opdracht.melding())
                .orElseThrow(() -> Weigering.opVeld("melding", "zaak.splitsen.melding-onbekend", opdracht.melding()));
        if (!bron.bevat(melding)) {
            throw Weigering.opVeld("melding", "zaak.splitsen.niet-in-zaak", opdracht.melding(), bron.referentie());
        }
        String door = ik.gebruikersnaam();
        Instant op = Instant.now(clock);
        MeldingOntvangen ontvangen = null;
        Zaak doel;
        if (opdracht.doel() == null) {
            ontvangen = meldingen
                    .alsOntvangen(melding)
                    .orElseThrow(() -> new IllegalStateException("notification without a row: " + melding));
            doel = nieuweZaak(ontvangen, door, op);
        } else {
            doel = doelVanSplitsing(bron, opdracht.doel());
        }
        bron.splitsAf(melding, opdracht.melding(), doel.referentie(), opdracht.reden(), door, op);
        doel.neemAfgesplitstOp(melding, opdracht.melding(), bron.referentie(), opdracht.reden(), door, op);
        // the case it leaves is stored first (its version checked), then the other takes the link row
        Zaak bronOpgeslagen = bewaar(bron);
        Zaak doelOpgeslagen;
        if (ontvangen != null) {
            nieuweZaken.voegToe(doel);
            geopend(doel, ontvangen);
            doelOpgeslagen = doel;
        } else {
            doelOpgeslagen = bewaar(doel);
        }
        tel(Transitie.AFSPLITSEN);
        meldingen.werkStatusBij(melding, doelOpgeslagen.status().meldingstatus());
        return new Afsplitsing(bronOpgeslagen, doelOpgeslagen, ontvangen != null);
    }

    /**
     * The open case a notification is split off to, named by its reference: one outside the user's need-to-know is
     * refused as unknown (the refusal is logged), so a reference cannot be probed.
     */
    private Zaak doelVanSplitsing(Zaak bron, String referentie) {
        ZaakId doelId = zaken.metReferentie(referentie)
                .orElseThrow(() -> Weigering.opVeld("doel", "zaak.splitsen.doel-onbekend", referentie));
        if (doelId.equals(bron.id())) {
            throw Weigering.opVeld("doel", "zaak.splitsen.zelfde-zaak", referentie);
        }
        Zaak doel;
        try {
            doel = wijzig(doelId, ZaakRechten.SPLITSEN);
        } catch (NietGevonden buitenBereik) {
            throw Weigering.opVeld("doel", "zaak.splitsen.doel-onbekend", referentie);
        }
        if (!doel.status().isOpen()) {
            throw Weigering.opVeld("doel", "zaak.splitsen.doel-gesloten", referentie);
        }
        return doel;
    }

    /**
     * Suspends the case's clock on one of its kind's grounds (e.g. waiting for information); the timeline
     * records who, when and why.
     *
     * @throws Weigering when the case is closed, has no running clock, its kind has no such ground (field
     *     {@code grond}) or its deadline passed
     */
    @Transactional
    public Zaak schortTermijnOp(ZaakId id, Zaakopdracht.Opschorting opdracht, @Nullable Long verwachteVersie) {
        return wijzigKlok(
                id,
                ZaakRechten.TERMIJN_OPSCHORTEN,
                Transitie.TERMIJN_OPSCHORTEN,
                opdracht.toelichting(),
                verwachteVersie,
                (klok, door, op) -> engine.schortOp(klok, opdracht.grond(), door, op, opdracht.toelichting()));
    }

    /** Runs the case's suspended clock again; its deadline moves by the time it stood still. */
    @Transactional
    public Zaak hervatTermijn(ZaakId id, Zaakopdracht.Hervatting opdracht, @Nullable Long verwachteVersie) {
        return wijzigKlok(
                id,
                ZaakRechten.TERMIJN_OPSCHORTEN,
                Transitie.TERMIJN_HERVATTEN,
                opdracht.toelichting(),
                verwachteVersie,
                (klok, door, op) -> engine.hervat(klok, door, op, opdracht.toelichting()));
    }

    /**
     * Extends the case's clock under one of its kind's rules, in the rule's unit.
     *
     * @throws Weigering beyond the rule (fields {@code regel}, {@code lengte}), by someone the rule does not
     *     name, or after the deadline passed
     */
    @Transactional
    public Zaak verlengTermijn(ZaakId id, Zaakopdracht.Verlenging opdracht, @Nullable Long verwachteVersie) {
        return wijzigKlok(
                id,
                ZaakRechten.TERMIJN_VERLENGEN,
                Transitie.TERMIJN_VERLENGEN,
                opdracht.reden(),
                verwachteVersie,
                (klok, door, op) ->
                        engine.verleng(klok, opdracht.regel(), verlenging(klok, opdracht), door, op, opdracht.reden()));
    }

    /** The extension in the unit of the rule's maximum, or of the clock's own length. */
    private Lengte verlenging(KlokId klok, Zaakopdracht.Verlenging opdracht) {
        KlokStand stand = engine.vind(klok).orElseThrow(() -> new NietGevonden("object.klok", klok));
        Eenheid eenheid = engine.soorten()
                .soort(stand.soort())
                .verlengingsregel(opdracht.regel())
                .map(Verlengingsregel::maximaal)
                .map(Lengte::eenheid)
                .orElse(stand.lengte().eenheid());
        return new Lengte(opdracht.lengte(), eenheid);
    }

    private interface Klokopdracht {
        KlokStand voerUit(KlokId klok, Handelende door, Instant op);
    }

    private Zaak wijzigKlok(
            ZaakId id,
            Recht recht,
            Transitie transitie,
            @Nullable String toelichting,
            @Nullable Long verwachteVersie,
            Klokopdracht opdracht) {
        Zaak zaak = wijzig(id, recht);
        eisVersie(zaak, verwachteVersie);
        KlokId klok = zaak.klokVoor(transitie);
        Medewerker ik = medewerkers.huidige();
        Instant op = Instant.now(clock);
        // the kind's rules name roles (an extension "by the inspector"): the engine checks them against these
        KlokStand stand = opdracht.voerUit(
                klok, new Handelende(ik.gebruikersnaam(), ik.rol().name()), op);
        zaak.klokGewijzigd(transitie, stand, ik.gebruikersnaam(), op, toelichting);
        Zaak opgeslagen = bewaar(zaak);
        tel(transitie);
        return opgeslagen;
    }

    /** The history of the case's clocks, in the order they were started, for a case the caller read through {@link #zaak}. */
    @Transactional(readOnly = true)
    public List<Klokgeschiedenis> klokgeschiedenis(Zaak zaak) {
        return engine.vanObject(Zaakklokken.object(zaak.id())).stream()
                .map(k -> new Klokgeschiedenis(k, engine.geschiedenis(k.id())))
                .sorted(java.util.Comparator.comparing(
                        (Klokgeschiedenis g) -> g.gebeurtenissen().get(0).op()))
                .toList();
    }

    /** One clock of a case with its history. */
    public record Klokgeschiedenis(KlokStand klok, List<Klokgebeurtenis> gebeurtenissen) {}

    /**
     * Intake joins a notification to this case: it leaves the case that held it, and that case, when
     * left empty, is closed as joined.
     */
    @Transactional
    public Zaak voegMeldingToe(ZaakId doelId, MeldingId melding, @Nullable Long verwachteVersie) {
        record DoelEnBron(Zaak doel, Zaak bron) {}
        DoelEnBron gevonden = toegang.handel(
                Handeling.SAMENVOEGEN,
                ZaakRechten.SAMENVOEGEN,
                List.of(Logobject.zaak(doelId.waarde()), Logobject.melding(melding.waarde(), null)),
                () -> zaken.vind(doelId)
                        .map(doel -> new DoelEnBron(
                                doel, zaakVan(melding).orElseThrow(() -> new NietGevonden("object.melding", melding)))),
                g -> g.doel().afdeling(),
                g -> {
                    List<Logobject> samengevoegd = new java.util.ArrayList<>();
                    samengevoegd.add(Logobject.zaak(g.doel().id().waarde()));
                    samengevoegd.add(Logobject.zaak(g.bron().id().waarde()));
                    samengevoegd.addAll(meldingen.logobjecten(List.of(melding)));
                    return samengevoegd;
                });
        Zaak doel = gevonden.doel();
        Zaak bron = gevonden.bron();
        eisVersie(doel, verwachteVersie);
        if (bron.id().equals(doel.id())) {
            throw new Weigering("zaak.samenvoegen.al-gekoppeld", doel.referentie());
        }
        String door = medewerkers.huidige().gebruikersnaam();
        Instant op = Instant.now(clock);
        doel.voegMeldingToe(melding, door, op);
        Zaakstatus bronWas = bron.status();
        bron.verliesMelding(melding, doel.referentie(), klokken, door, op);
        // the old case is stored first (its version checked), then the new one moves the link row
        Zaak bronOpgeslagen = bewaar(bron);
        Zaak opgeslagen = bewaar(doel);
        if (bronOpgeslagen.status() != bronWas) {
            gewijzigd(bronOpgeslagen, bronWas, Transitie.SAMENVOEGEN, op);
        }
        meldingen.werkStatusBij(melding, opgeslagen.status().meldingstatus());
        return opgeslagen;
    }

    /** Opens a case for a new notification; a redelivered event finds its case and changes nothing. */
    @Transactional
    void open(MeldingOntvangen ontvangen) {
        if (zaakVan(ontvangen.melding()).isPresent()) {
            log.info("Notification {} already has a case; event redelivered", ontvangen.melding());
            return;
        }
        Instant op = Instant.now(clock);
        Zaak zaak = nieuweZaak(ontvangen, SYSTEEM, op);
        nieuweZaken.voegToe(zaak);
        geopend(zaak, ontvangen);
    }

    /** The case a notification opens, by the routing rule and with its clocks as the flow starts them. */
    private Zaak nieuweZaak(MeldingOntvangen ontvangen, String door, Instant op) {
        return Zaak.open(
                nieuweReferentie(),
                ontvangen.melding(),
                ontvangen.soort(),
                ontvangen.sector(),
                ontvangen.zorgaanbieder(),
                ontvangen.ontvangenOp(),
                klokken,
                ontvangen.soort() == Meldingsoort.CALAMITEIT
                        && ontvangen.datumVastgesteld() != null
                        && termijnen.isTeLaatGemeld(ontvangen.datumVastgesteld(), ontvangen.ontvangenOp()),
                door,
                op);
    }

    /** A case was opened and stored: logged, counted and published. */
    private void geopend(Zaak zaak, MeldingOntvangen ontvangen) {
        toegangslog.toegestaan(Handeling.AANMAKEN, Logobject.zaak(zaak.id().waarde()));
        tel(Transitie.OPENEN);
        Termijn triage = java.util.Objects.requireNonNull(zaak.termijn());
        events.publishEvent(new ZaakGeopend(
                zaak.id(),
                zaak.referentie(),
                ontvangen.melding(),
                ontvangen.soort(),
                zaak.afdeling(),
                triage.soort(),
                triage.datum(),
                zaak.isTeLaatGemeld()));
    }

    /** Intake linked the notification to a provider: its case follows. */
    @Transactional
    void koppel(MeldingGekoppeld gekoppeld) {
        // no case yet means the opening is still on its way: fail, so the outbox delivers this again
        Zaak zaak = zaakVan(gekoppeld.melding())
                .orElseThrow(() -> new IllegalStateException("no case yet for notification " + gekoppeld.melding()));
        String naam = register.vind(gekoppeld.zorgaanbieder())
                .map(ZorgaanbiederSamenvatting::naam)
                .orElse(gekoppeld.zorgaanbieder().waarde().toString());
        zaak.koppelZorgaanbieder(gekoppeld.zorgaanbieder(), naam, gekoppeld.door(), Instant.now(clock));
        zaken.bewaar(zaak);
    }

    private java.util.Optional<Zaak> zaakVan(MeldingId melding) {
        return zaken.vindMet(melding);
    }

    private String nieuweReferentie() {
        return Referentie.volgende(
                jdbc,
                Zakenlader.NUMMERREEKS,
                Zakenlader.LETTER,
                termijnen.vandaag().getYear());
    }

    /** A case the current user may change with this right: need-to-know on its department, logged as a change. */
    private Zaak wijzig(ZaakId id, Recht recht) {
        return toegang.wijzig(
                recht,
                Logobject.zaak(id.waarde()),
                () -> zaken.vind(id),
                Zaak::afdeling,
                z -> List.of(Logobject.zaak(id.waarde())));
    }

    /** An unknown id is refused like one outside the user's need-to-know: 404, logged. */
    private Zaak laad(ZaakId id, Handeling handeling) {
        return zaken.vind(id).orElseThrow(() -> {
            toegangslog.geweigerd(handeling, Logobject.zaak(id.waarde()));
            return new NietGevonden("object.zaak", id);
        });
    }

    static void eisVersie(Zaak zaak, @Nullable Long verwachteVersie) {
        if (verwachteVersie != null && !verwachteVersie.equals(zaak.versie())) {
            throw new Weigering("zaak.gelijktijdig-gewijzigd", zaak.referentie());
        }
    }

    Zaak bewaar(Zaak zaak) {
        try {
            return zaken.bewaar(zaak);
        } catch (OptimisticLockingFailureException e) {
            throw new Weigering("zaak.gelijktijdig-gewijzigd", zaak.referentie());
        }
    }

    void gewijzigd(Zaak zaak, Zaakstatus van, Transitie transitie, Instant op) {
        tel(transitie);
        List<MeldingId> ids = zaak.meldingen();
        events.publishEvent(
                new ZaakStatusGewijzigd(zaak.id(), zaak.afdeling(), van, zaak.status(), transitie, op, ids));
        if (zaak.status() == Zaakstatus.GESLOTEN) {
            events.publishEvent(new ZaakGesloten(
                    zaak.id(),
                    zaak.afdeling(),
                    zaak.soort(),
                    java.util.Objects.requireNonNull(zaak.sluitreden()),
                    op,
                    ids));
        }
        Meldingstatus status = zaak.status().meldingstatus();
        ids.forEach(melding -> meldingen.werkStatusBij(melding, status));
    }

    private void tel(Transitie transitie) {
        Counter.builder("toezicht.zaken.statuswijzigingen")
                .description("Case transitions performed")
                .tag("transitie", transitie.name())
                .register(metrics)
                .increment();
    }
}
