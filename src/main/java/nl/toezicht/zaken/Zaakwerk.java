package nl.toezicht.zaken;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import nl.toezicht.kern.Weigering;
import nl.toezicht.kern.Zorgsector;
import nl.toezicht.logboek.Handeling;
import nl.toezicht.logboek.Logobject;
import nl.toezicht.logboek.Toegangslog;
import nl.toezicht.termijnen.Termijnen;
import nl.toezicht.toegang.Medewerker;
import nl.toezicht.toegang.Medewerkers;
import nl.toezicht.toegang.Recht;
import nl.toezicht.toegang.Toegangsbeleid;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * An inspector's work on a case besides its steps (issue 13 items 2 and 4, decision 0060): internal notes,
 * tasks for a person or a department, the four-eyes step before closing and reopening. Each command is one
 * transaction: it checks the right and need-to-know (logged as a change), lets the case's flow decide, stores
 * the case with its timeline entry and publishes what happened. Reads of notes and tasks go with a read of the
 * case ({@link Zaakbehandeling#zaak}), which is what the access log records.
 */
@Service
public class Zaakwerk {

    private final Zaken zaken;
    private final Zaakbehandeling behandeling;
    private final Zaakklokken klokken;
    private final Notities notities;
    private final Taken taken;
    private final Medewerkers medewerkers;
    private final Toegangsbeleid toegang;
    private final Toegangslog toegangslog;
    private final Termijnen termijnen;
    private final JdbcClient jdbc;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    Zaakwerk(
            Zaken zaken,
            Zaakbehandeling behandeling,
            Zaakklokken klokken,
            Notities notities,
            Taken taken,
            Medewerkers medewerkers,
            Toegangsbeleid toegang,
            Toegangslog toegangslog,
            Termijnen termijnen,
            JdbcClient jdbc,
            ApplicationEventPublisher events,
            Clock clock) {
        this.zaken = zaken;
        this.behandeling = behandeling;
        this.klokken = klokken;
        this.notities = notities;
        this.taken = taken;
        this.medewerkers = medewerkers;
        this.toegang = toegang;
        this.toegangslog = toegangslog;
        this.termijnen = termijnen;
        this.jdbc = jdbc;
        this.events = events;
        this.clock = clock;
    }

    // --- notes ---

    /** The notes of a case the caller read through {@link Zaakbehandeling#zaak}, newest first. */
    @Transactional(readOnly = true)
    public List<Notitie> notities(Zaak zaak) {
        return notities.van(zaak.id());
    }

    /** Adds an internal note; the case's state stays, its timeline records that a note was added. */
    @Transactional
    public Notitie noteer(ZaakId id, Zaakopdracht.Noteren opdracht) {
        Zaak zaak = wijzig(id, ZaakRechten.NOTEREN);
        String door = ik().gebruikersnaam();
        Instant op = Instant.now(clock);
        zaak.noteer(Transitie.NOTEREN, door, op, null);
        behandeling.bewaar(zaak);
        Notitie notitie = new Notitie(opdracht.tekst(), door, op);
        notities.voegToe(id, notitie);
        return notitie;
    }

    // --- tasks ---

    /** The tasks of a case the caller read through {@link Zaakbehandeling#zaak}: open ones first. */
    @Transactional(readOnly = true)
    public List<Taak> taken(Zaak zaak) {
        return taken.vanZaak(zaak.id());
    }

    /**
     * Gives a task on an open case to a person or a department. Need-to-know: it is for someone who may see the
     * case and handle tasks (a person of another department may not), or for the case's own department.
     *
     * @throws Weigering on field {@code toegewezenAan} for anyone else, or for a closed case
     */
    @Transactional
    public Taak wijsTaakToe(ZaakId id, Zaakopdracht.Taaktoewijzing opdracht) {
        Zaak zaak = wijzig(id, ZaakRechten.TAKEN_TOEWIJZEN);
        String voor;
        if (opdracht.medewerker() != null) {
            Medewerker wie = medewerkers
                    .vind(opdracht.medewerker())
                    .orElseThrow(() -> Weigering.opVeld("toegewezenAan", "zaak.taak.onbekend", opdracht.medewerker()));
            if (!toegang.magZien(wie, ZaakRechten.INZIEN, zaak.afdeling())
                    || !toegang.heeft(wie, ZaakRechten.TAKEN_AFHANDELEN)) {
                throw Weigering.opVeld("toegewezenAan", "zaak.taak.buiten-bereik", wie.naam(), zaak.referentie());
            }
            voor = wie.naam();
        } else {
            Zorgsector afdeling = java.util.Objects.requireNonNull(opdracht.afdeling());
            if (afdeling != zaak.afdeling()) {
                throw Weigering.opVeld("toegewezenAan", "zaak.taak.afdeling-buiten-bereik", zaak.referentie());
            }
            voor = afdeling.name();
        }
        String door = ik().gebruikersnaam();
        Instant op = Instant.now(clock);
        Taak taak = Taak.nieuw(id, opdracht, door, op);
        zaak.noteer(Transitie.TAAK_TOEWIJZEN, door, op, voor + ": " + opdracht.omschrijving());
        behandeling.bewaar(zaak);
        taken.voegToe(taak);
        events.publishEvent(new TaakToegewezen(
                taak.id(),
                id,
                zaak.referentie(),
                zaak.afdeling(),
                taak.medewerker(),
                taak.afdeling(),
                taak.uiterlijk(),
                door,
                op));
        return taak;
    }

    /** Marks a task done or cancelled: by whom it is for (or their department) or who gave it. */
    @Transactional
    public Taak handelTaakAf(ZaakId id, TaakId taakId, Taakstatus uitkomst) {
        Zaak zaak = wijzig(id, ZaakRechten.TAKEN_AFHANDELEN);
        // the case was found and may be changed: a task that is not one of it is a wrong choice, not a missing case
        Taak taak = taken.vind(id, taakId).orElseThrow(() -> Weigering.opVeld("taak", "zaak.taak.onbekende-taak"));
        Medewerker ik = ik();
        Instant op = Instant.now(clock);
        taak.handelAf(uitkomst, ik.gebruikersnaam(), ik.afdelingen(), op);
        zaak.noteer(
                uitkomst == Taakstatus.AFGEROND ? Transitie.TAAK_AFRONDEN : Transitie.TAAK_ANNULEREN,
                ik.gebruikersnaam(),
                op,
                taak.omschrijving());
        behandeling.bewaar(zaak);
        taken.bewaarAfhandeling(taak);
        events.publishEvent(new TaakAfgehandeld(
                taak.id(), id, zaak.referentie(), uitkomst, taak.aangemaaktDoor(), ik.gebruikersnaam(), op));
        return taak;
    }

    /** A task on Mijn werk, with its case's reference. */
    public record MijnTaak(Taak taak, String referentie, boolean teLaat) {}

    /**
     * The current user's open tasks and their departments', on cases they may see, by due date; the list is
     * logged as a search with the cases it shows.
     */
    @Transactional(readOnly = true)
    public List<MijnTaak> mijnTaken(int max) {
        if (!toegang.heeft(ZaakRechten.INZIEN)) {
            return List.of();
        }
        Medewerker ik = ik();
        List<Taak> open = taken.openVoor(ik.gebruikersnaam(), ik.afdelingen(), toegang.zichtbareAfdelingen(), max);
        LocalDate vandaag = termijnen.vandaag();
        List<MijnTaak> uit = open.stream()
                .map(t -> new MijnTaak(t, referentie(t.zaak()), t.isTeLaat(vandaag)))
                .toList();
        logLijst(open.stream().map(Taak::zaak).toList());
        return uit;
    }

    // --- four eyes and reopening ---

    /** Asks to close: the case waits for a second person (four eyes). */
    @Transactional
    public Zaak vraagSluitenAan(ZaakId id, Zaakopdracht.Sluitverzoek opdracht, @Nullable Long verwachteVersie) {
        return stap(id, ZaakRechten.BEHANDELEN, verwachteVersie, (zaak, ik, op) -> {
            zaak.vraagSluitenAan(opdracht.sluitreden(), ik.gebruikersnaam(), op, opdracht.toelichting());
            return Transitie.VRAAG_SLUITEN_AAN;
        });
    }

    /**
     * A second person approves the closing: the case closes with the reason asked.
     *
     * @throws Weigering when the one who asked approves (message on field {@code transitie})
     */
    @Transactional
    public Zaak keurSluitenGoed(ZaakId id, Zaakopdracht.Goedkeuring opdracht, @Nullable Long verwachteVersie) {
        return stap(id, ZaakRechten.SLUITEN_BEOORDELEN, verwachteVersie, (zaak, ik, op) -> {
            zaak.keurSluitenGoed(
                    klokken, ik.gebruikersnaam(), ik.werktBij(zaak.afdeling()), op, opdracht.toelichting());
            return Transitie.KEUR_SLUITEN_GOED;
        });
    }

    /** A second person sends the closing back, with a reason, to where it was asked from. */
    @Transactional
    public Zaak stuurSluitenTerug(ZaakId id, Zaakopdracht.MetReden opdracht, @Nullable Long verwachteVersie) {
        return stap(id, ZaakRechten.SLUITEN_BEOORDELEN, verwachteVersie, (zaak, ik, op) -> {
            zaak.stuurSluitenTerug(ik.gebruikersnaam(), ik.werktBij(zaak.afdeling()), op, opdracht.reden());
            return zaak.status() == Zaakstatus.IN_TRIAGE
                    ? Transitie.STUUR_TERUG_NAAR_TRIAGE
                    : Transitie.STUUR_TERUG_NAAR_BEOORDELING;
        });
    }

    /** Opens a closed case again with a reason; it is assessed anew against a new assessment clock. */
    @Transactional
    public Zaak heropen(ZaakId id, Zaakopdracht.MetReden opdracht, @Nullable Long verwachteVersie) {
        return stap(id, ZaakRechten.HEROPENEN, verwachteVersie, (zaak, ik, op) -> {
            zaak.heropen(klokken, ik.gebruikersnaam(), ik.werktBij(zaak.afdeling()), op, opdracht.reden());
            return Transitie.HEROPEN;
        });
    }

    /** What a step of the four-eyes closing does to the case; it answers the step for the timeline. */
    @FunctionalInterface
    private interface Vierogenstap {
        Transitie zet(Zaak zaak, Medewerker ik, Instant op);
    }

    /**
     * The one path of those steps: the right and need-to-know (logged), the version the user saw, the step on
     * the case (which refuses what its flow does not allow), then the case stored with its timeline entry.
     */
    private Zaak stap(ZaakId id, Recht recht, @Nullable Long verwachteVersie, Vierogenstap stap) {
        Zaak zaak = wijzig(id, recht);
        Zaakbehandeling.eisVersie(zaak, verwachteVersie);
        Instant op = Instant.now(clock);
        Zaakstatus van = zaak.status();
        Transitie transitie = stap.zet(zaak, ik(), op);
        Zaak opgeslagen = behandeling.bewaar(zaak);
        behandeling.gewijzigd(opgeslagen, van, transitie, op);
        return opgeslagen;
    }

    /** A closing waiting for review, for the reviewers' list on Mijn werk. */
    public record TerBeoordeling(
            ZaakId zaak,
            String referentie,
            String gevraagdDoor,
            @Nullable Sluitreden reden) {}

    /**
     * The closings waiting in the current user's own departments that they may review (asked by someone else),
     * oldest first; empty without the right. Logged as a search with the cases shown.
     */
    @Transactional(readOnly = true)
    public List<TerBeoordeling> terBeoordeling(int max) {
        Medewerker ik = ik();
        if (!toegang.heeft(ZaakRechten.SLUITEN_BEOORDELEN) || ik.afdelingen().isEmpty()) {
            return List.of();
        }
        List<TerBeoordeling> lijst = jdbc.sql("select id, referentie, sluiten_gevraagd_door, voorgestelde_sluitreden"
                        + " from zaken.zaak where status = 'SLUITEN_TER_BEOORDELING' and afdeling = any (?)"
                        + " and sluiten_gevraagd_door <> ? order by referentie limit ?")
                .params(ik.afdelingen().stream().map(Enum::name).toArray(String[]::new), ik.gebruikersnaam(), max)
                .query((rs, i) -> new TerBeoordeling(
                        new ZaakId(rs.getObject("id", java.util.UUID.class)),
                        rs.getString("referentie"),
                        rs.getString("sluiten_gevraagd_door"),
                        Sluitreden.valueOf(rs.getString("voorgestelde_sluitreden"))))
                .list();
        logLijst(lijst.stream().map(TerBeoordeling::zaak).toList());
        return lijst;
    }

    /** For the case page: whether the current user may take this step of the flow now (right and rules). */
    public boolean mag(Zaak zaak, Transitie transitie) {
        Recht recht = Recht.van(java.util.Objects.requireNonNull(
                Zaakstroom.STROOM.overgang(transitie).recht()));
        Medewerker ik = ik();
        return toegang.heeft(recht)
                && toegang.magAfdelingZien(zaak.afdeling())
                && zaak.staatToe(transitie, ik.gebruikersnaam(), ik.werktBij(zaak.afdeling()));
    }

    private Zaak wijzig(ZaakId id, Recht recht) {
        return toegang.wijzig(
                recht,
                Logobject.zaak(id.waarde()),
                () -> zaken.vind(id),
                Zaak::afdeling,
                z -> List.of(Logobject.zaak(id.waarde())));
    }

    private String referentie(ZaakId zaak) {
        return jdbc.sql("select referentie from zaken.zaak where id = ?")
                .param(zaak.waarde())
                .query(String.class)
                .single();
    }

    private void logLijst(List<ZaakId> getoond) {
        if (!getoond.isEmpty()) {
            toegangslog.toegestaan(
                    Handeling.ZOEKEN,
                    getoond.stream()
                            .distinct()
                            .map(z -> Logobject.zaak(z.waarde()))
                            .toArray(Logobject[]::new));
        }
    }

    private Medewerker ik() {
        return toegang.ik();
    }

    /** The departments of the current user, for the case page's task choices. */
    public Set<Zorgsector> mijnAfdelingen() {
        return ik().afdelingen();
    }
}
