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
        Zaak zaak = toegang.wijzig(
                ZaakRechten.BEHANDELEN,
                Logobject.zaak(id.waarde()),
                () -> zaken.vind(id),
                Zaak::afdeling,
                z -> List.of(Logobject.zaak(id.waarde())));
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
        Zaak zaak = toegang.wijzig(
                ZaakRechten.BEHANDELEN,
                Logobject.zaak(id.waarde()),
                () -> zaken.vind(id),
                Zaak::afdeling,
                z -> List.of(Logobject.zaak(id.waarde())));
        eisVersie(zaak, verwachteVersie);
        Medewerker inspecteur = medewerkers
                .vind(gebruikersnaam)
                .orElseThrow(() -> Weigering.opVeld("inspecteur", "zaak.toewijzen.onbekend"));
        String door = medewerkers.huidige().gebruikersnaam();
        Instant op = Instant.now(clock);
        zaak.wijsToe(inspecteur, door, op);
        klokken.wijsToe(zaak, door, op);
        return bewaar(zaak);
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
        Zaak zaak = toegang.wijzig(
                recht,
                Logobject.zaak(id.waarde()),
                () -> zaken.vind(id),
                Zaak::afdeling,
                z -> List.of(Logobject.zaak(id.waarde())));
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
        Zaak zaak = Zaak.open(
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
                SYSTEEM,
                op);
        nieuweZaken.voegToe(zaak);
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

    /** An unknown id is refused like one outside the user's need-to-know: 404, logged. */
    private Zaak laad(ZaakId id, Handeling handeling) {
        return zaken.vind(id).orElseThrow(() -> {
            toegangslog.geweigerd(handeling, Logobject.zaak(id.waarde()));
            return new NietGevonden("object.zaak", id);
        });
    }

    private static void eisVersie(Zaak zaak, @Nullable Long verwachteVersie) {
        if (verwachteVersie != null && !verwachteVersie.equals(zaak.versie())) {
            throw new Weigering("zaak.gelijktijdig-gewijzigd", zaak.referentie());
        }
    }

    private Zaak bewaar(Zaak zaak) {
        try {
            return zaken.bewaar(zaak);
        } catch (OptimisticLockingFailureException e) {
            throw new Weigering("zaak.gelijktijdig-gewijzigd", zaak.referentie());
        }
    }

    private void gewijzigd(Zaak zaak, Zaakstatus van, Transitie transitie, Instant op) {
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
