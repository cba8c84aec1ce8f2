package nl.toezicht.zaken;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import nl.toezicht.kern.NietGevonden;
import nl.toezicht.kern.Referentie;
import nl.toezicht.kern.Weigering;
import nl.toezicht.meldingen.MeldingGekoppeld;
import nl.toezicht.meldingen.MeldingId;
import nl.toezicht.meldingen.MeldingOntvangen;
import nl.toezicht.meldingen.Meldingen;
import nl.toezicht.meldingen.Meldingsoort;
import nl.toezicht.meldingen.Meldingstatus;
import nl.toezicht.termijnen.Termijn;
import nl.toezicht.termijnen.Termijnen;
import nl.toezicht.toegang.Handeling;
import nl.toezicht.toegang.Logobject;
import nl.toezicht.toegang.Medewerker;
import nl.toezicht.toegang.Medewerkers;
import nl.toezicht.toegang.Toegangsbeleid;
import nl.toezicht.toegang.Toegangslog;
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

    private final ZaakRepository zaken;
    private final NieuweZaken nieuweZaken;
    private final JdbcClient jdbc;
    private final Termijnen termijnen;
    private final Meldingen meldingen;
    private final Medewerkers medewerkers;
    private final Toegangsbeleid toegang;
    private final Toegangslog toegangslog;
    private final ApplicationEventPublisher events;
    private final MeterRegistry metrics;
    private final Clock clock;

    Zaakbehandeling(
            ZaakRepository zaken,
            NieuweZaken nieuweZaken,
            JdbcClient jdbc,
            Termijnen termijnen,
            Meldingen meldingen,
            Medewerkers medewerkers,
            Toegangsbeleid toegang,
            Toegangslog toegangslog,
            ApplicationEventPublisher events,
            MeterRegistry metrics,
            Clock clock) {
        this.zaken = zaken;
        this.nieuweZaken = nieuweZaken;
        this.jdbc = jdbc;
        this.termijnen = termijnen;
        this.meldingen = meldingen;
        this.medewerkers = medewerkers;
        this.toegang = toegang;
        this.toegangslog = toegangslog;
        this.events = events;
        this.metrics = metrics;
        this.clock = clock;
    }

    /**
     * A case the current user may see: within their departments, or where they broke the glass. Logged
     * with the notifications it shows (and their patients' pseudonyms); any other case does not exist for
     * them (404, logged as refused).
     */
    @Transactional(readOnly = true)
    public Zaak zaak(ZaakId id) {
        toegang.eisRol(Handeling.INZIEN, Logobject.zaak(id.waarde()));
        Zaak zaak = laad(id, Handeling.INZIEN);
        toegang.eisToegang(Handeling.INZIEN, zaak.afdeling(), logobjecten(zaak));
        return zaak;
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
    public Zaak voerUit(
            ZaakId id,
            Transitie transitie,
            @Nullable String toelichting,
            @Nullable Sluitreden sluitreden,
            @Nullable Long verwachteVersie) {
        if (!transitie.isHandmatig()) {
            throw Weigering.opVeld("transitie", "zaak.transitie.niet-handmatig");
        }
        if (sluitreden != null && transitie != Transitie.SLUIT) {
            throw Weigering.opVeld("sluitreden", "zaak.sluitreden.alleen-bij-sluiten");
        }
        toegang.eisRol(Handeling.WIJZIGEN, Logobject.zaak(id.waarde()));
        Zaak zaak = laad(id, Handeling.WIJZIGEN);
        toegang.eisToegang(Handeling.WIJZIGEN, zaak.afdeling(), Logobject.zaak(id.waarde()));
        eisVersie(zaak, verwachteVersie);
        String door = medewerkers.huidige().gebruikersnaam();
        Instant op = Instant.now(clock);
        Zaakstatus van = zaak.status();
        switch (transitie) {
            case START_TRIAGE -> zaak.startTriage(door, op, toelichting);
            case VRAAG_ONDERZOEK_AAN -> zaak.vraagOnderzoekAan(termijnen, door, op, toelichting);
            case NEEM_IN_BEOORDELING -> zaak.neemInBeoordeling(termijnen, door, op, toelichting);
            case ONTVANG_ONDERZOEK -> zaak.ontvangOnderzoek(termijnen, door, op, toelichting);
            case VRAAG_AANVULLING_AAN -> zaak.vraagAanvullingAan(termijnen, door, op, toelichting);
            case SLUIT -> zaak.sluit(sluitreden, door, op, toelichting);
            default -> throw Weigering.opVeld("transitie", "zaak.transitie.niet-handmatig");
        }
        Zaak opgeslagen = bewaar(zaak);
        gewijzigd(opgeslagen, van, transitie, op);
        return opgeslagen;
    }

    /** Assigns the case to an inspector of its department. */
    @Transactional
    public Zaak wijsToe(ZaakId id, String gebruikersnaam, @Nullable Long verwachteVersie) {
        toegang.eisRol(Handeling.WIJZIGEN, Logobject.zaak(id.waarde()));
        Zaak zaak = laad(id, Handeling.WIJZIGEN);
        toegang.eisToegang(Handeling.WIJZIGEN, zaak.afdeling(), Logobject.zaak(id.waarde()));
        eisVersie(zaak, verwachteVersie);
        Medewerker inspecteur = medewerkers
                .vind(gebruikersnaam)
                .orElseThrow(() -> Weigering.opVeld("inspecteur", "zaak.toewijzen.onbekend"));
        zaak.wijsToe(inspecteur, medewerkers.huidige().gebruikersnaam(), Instant.now(clock));
        return bewaar(zaak);
    }

    /**
     * Intake joins a notification to this case: it leaves the case that held it, and that case, when
     * left empty, is closed as joined.
     */
    @Transactional
    public Zaak voegMeldingToe(ZaakId doelId, MeldingId melding, @Nullable Long verwachteVersie) {
        toegang.eisIntake(
                Handeling.SAMENVOEGEN, Logobject.zaak(doelId.waarde()), Logobject.melding(melding.waarde(), null));
        Zaak doel = laad(doelId, Handeling.SAMENVOEGEN);
        eisVersie(doel, verwachteVersie);
        Zaak bron = zaakVan(melding).orElseThrow(() -> new NietGevonden("object.melding", melding));
        if (bron.id().equals(doel.id())) {
            throw new Weigering("zaak.samenvoegen.al-gekoppeld", doel.referentie());
        }
        List<Logobject> samengevoegd = new java.util.ArrayList<>();
        samengevoegd.add(Logobject.zaak(doel.id().waarde()));
        samengevoegd.add(Logobject.zaak(bron.id().waarde()));
        samengevoegd.addAll(meldingen.logobjecten(List.of(melding)));
        toegang.eisToegang(Handeling.SAMENVOEGEN, doel.afdeling(), samengevoegd.toArray(Logobject[]::new));
        String door = medewerkers.huidige().gebruikersnaam();
        Instant op = Instant.now(clock);
        doel.voegMeldingToe(melding, door, op);
        Zaakstatus bronWas = bron.status();
        bron.verliesMelding(melding, doel.referentie(), door, op);
        // the row moves: delete it from the old case before the new case inserts it
        Zaak bronOpgeslagen = bewaar(bron);
        Zaak opgeslagen = bewaar(doel);
        if (bronOpgeslagen.status() != bronWas) {
            gewijzigd(bronOpgeslagen, bronWas, Transitie.SAMENVOEGEN, op);
        }
        meldingen.werkStatusBij(melding, meldingstatus(opgeslagen.status()));
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
        Termijn triage = termijnen.triage(ontvangen.ontvangenOp());
        Zaak zaak = Zaak.open(
                nieuweReferentie(),
                ontvangen.melding(),
                ontvangen.soort(),
                ontvangen.sector(),
                ontvangen.zorgaanbieder(),
                ontvangen.ontvangenOp(),
                triage,
                ontvangen.soort() == Meldingsoort.CALAMITEIT
                        && ontvangen.datumVastgesteld() != null
                        && termijnen.isTeLaatGemeld(ontvangen.datumVastgesteld(), ontvangen.ontvangenOp()),
                SYSTEEM,
                op);
        nieuweZaken.voegToe(zaak);
        Zaak opgeslagen = zaak;
        toegangslog.toegestaan(Handeling.AANMAKEN, Logobject.zaak(zaak.id().waarde()));
        tel(Transitie.OPENEN);
        events.publishEvent(new ZaakGeopend(
                opgeslagen.id(),
                opgeslagen.referentie(),
                ontvangen.melding(),
                ontvangen.soort(),
                opgeslagen.afdeling(),
                triage.soort(),
                triage.datum(),
                opgeslagen.isTeLaatGemeld()));
    }

    /** Intake linked the notification to a provider: its case follows. */
    @Transactional
    void koppel(MeldingGekoppeld gekoppeld) {
        // no case yet means the opening is still on its way: fail, so the outbox delivers this again
        Zaak zaak = zaakVan(gekoppeld.melding())
                .orElseThrow(() -> new IllegalStateException("no case yet for notification " + gekoppeld.melding()));
        zaak.koppelZorgaanbieder(gekoppeld.zorgaanbieder());
        zaken.save(zaak);
    }

    private java.util.Optional<Zaak> zaakVan(MeldingId melding) {
        return jdbc.sql("select zaak from zaken.zaak_melding where melding_id = ?")
                .param(melding.waarde())
                .query(UUID.class)
                .optional()
                .flatMap(zaken::findById);
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
        return zaken.findById(id.waarde()).orElseThrow(() -> {
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
            return zaken.save(zaak);
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
        Meldingstatus status = meldingstatus(zaak.status());
        ids.forEach(melding -> meldingen.werkStatusBij(melding, status));
    }

    private void tel(Transitie transitie) {
        Counter.builder("toezicht.zaken.statuswijzigingen")
                .description("Case transitions performed")
                .tag("transitie", transitie.name())
                .register(metrics)
                .increment();
    }

    /** What the reporter sees: received until triage starts, in progress while open, then handled. */
    static Meldingstatus meldingstatus(Zaakstatus status) {
        return switch (status) {
            case ONTVANGEN -> Meldingstatus.ONTVANGEN;
            case IN_TRIAGE, WACHT_OP_ONDERZOEK_ZORGAANBIEDER, IN_BEOORDELING -> Meldingstatus.IN_BEHANDELING;
            case GESLOTEN -> Meldingstatus.AFGEHANDELD;
        };
    }
}
