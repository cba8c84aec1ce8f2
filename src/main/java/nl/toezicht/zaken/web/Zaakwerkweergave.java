package nl.toezicht.zaken.web;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import nl.toezicht.kern.Zorgsector;
import nl.toezicht.meldingen.MeldingRechten;
import nl.toezicht.termijnen.Termijnen;
import nl.toezicht.toegang.Medewerker;
import nl.toezicht.toegang.Medewerkers;
import nl.toezicht.toegang.Toegangsbeleid;
import nl.toezicht.zaken.Notitie;
import nl.toezicht.zaken.Sluitreden;
import nl.toezicht.zaken.Taak;
import nl.toezicht.zaken.Transitie;
import nl.toezicht.zaken.Zaak;
import nl.toezicht.zaken.ZaakRechten;
import nl.toezicht.zaken.Zaakwerk;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * What the case page and Mijn werk show of notes, tasks and the four-eyes closing: built for the fragments
 * {@code zaken/zaakwerk.html} and {@code zaken/mijn-taken.html}, which call it with the case the page's controller
 * read (and logged). It adds no access of its own to the case. Public because the templates call it (SpEL).
 */
@Component("zaakwerkweergave")
public class Zaakwerkweergave {

    /** How many tasks and reviews Mijn werk shows. */
    static final int KORT = 10;

    private final Zaakwerk zaakwerk;
    private final Medewerkers medewerkers;
    private final Toegangsbeleid toegang;
    private final Termijnen termijnen;

    Zaakwerkweergave(Zaakwerk zaakwerk, Medewerkers medewerkers, Toegangsbeleid toegang, Termijnen termijnen) {
        this.zaakwerk = zaakwerk;
        this.medewerkers = medewerkers;
        this.toegang = toegang;
        this.termijnen = termijnen;
    }

    /** One task on the case page, with names instead of logins. */
    public record Taakregel(
            Taak taak,
            String voor,
            String gegevenDoor,
            @Nullable String afgehandeldDoor,
            boolean teLaat,
            boolean magAfhandelen) {}

    /** One note, with its author's name. */
    public record Notitieregel(Notitie notitie, String door) {}

    /** A staff member or department a task can go to: the form's value and its label. */
    public record Keuze(
            String waarde, String naam, @Nullable Zorgsector afdeling) {}

    public record Zaakwerkpagina(
            List<Notitieregel> notities,
            List<Taakregel> taken,
            boolean magNoteren,
            boolean magTaakGeven,
            List<Keuze> taakKeuzes,
            boolean magSluitenAanvragen,
            boolean terBeoordeling,
            @Nullable String sluitenGevraagdDoor,
            @Nullable Sluitreden voorgesteldeSluitreden,
            boolean magGoedkeuren,
            boolean magTerugsturen,
            boolean magHeropenen,
            List<Sluitreden> sluitredenen,
            boolean vrijeTekst) {}

    /** For the case page: the case as its controller read it. */
    public Zaakwerkpagina voor(Zaak zaak) {
        Map<String, String> namen = new HashMap<>();
        Medewerker ik = toegang.ik();
        List<Notitieregel> notities = zaakwerk.notities(zaak).stream()
                .map(n -> new Notitieregel(n, naam(namen, n.door())))
                .toList();
        var vandaag = termijnen.vandaag();
        boolean vanAfdeling = toegang.magAfdelingZien(zaak.afdeling());
        List<Taakregel> taken = zaakwerk.taken(zaak).stream()
                .map(t -> new Taakregel(
                        t,
                        t.medewerker() != null ? naam(namen, t.medewerker()) : "",
                        naam(namen, t.aangemaaktDoor()),
                        t.afgehandeldDoor() == null ? null : naam(namen, t.afgehandeldDoor()),
                        t.isTeLaat(vandaag),
                        vanAfdeling
                                && t.status() == nl.toezicht.zaken.Taakstatus.OPEN
                                && toegang.heeft(ZaakRechten.TAKEN_AFHANDELEN)
                                && (t.isVoor(ik.gebruikersnaam(), ik.afdelingen())
                                        || t.aangemaaktDoor().equals(ik.gebruikersnaam()))))
                .toList();
        boolean magTaakGeven = zaakwerk.mag(zaak, Transitie.TAAK_TOEWIJZEN);
        List<Keuze> keuzes = new java.util.ArrayList<>();
        if (magTaakGeven) {
            medewerkers.inspecteursVan(zaak.afdeling()).stream()
                    .filter(m -> !m.gebruikersnaam().equals(ik.gebruikersnaam()))
                    .forEach(m -> keuzes.add(new Keuze("medewerker:" + m.gebruikersnaam(), m.naam(), null)));
            keuzes.add(new Keuze("afdeling:" + zaak.afdeling().name(), "", zaak.afdeling()));
        }
        return new Zaakwerkpagina(
                notities,
                taken,
                zaakwerk.mag(zaak, Transitie.NOTEREN),
                magTaakGeven,
                keuzes,
                zaakwerk.mag(zaak, Transitie.VRAAG_SLUITEN_AAN),
                zaak.status() == nl.toezicht.zaken.Zaakstatus.SLUITEN_TER_BEOORDELING,
                zaak.sluitenGevraagdDoor() == null ? null : naam(namen, zaak.sluitenGevraagdDoor()),
                zaak.voorgesteldeSluitreden(),
                zaakwerk.mag(zaak, Transitie.KEUR_SLUITEN_GOED),
                zaakwerk.mag(zaak, Transitie.STUUR_TERUG_NAAR_TRIAGE)
                        || zaakwerk.mag(zaak, Transitie.STUUR_TERUG_NAAR_BEOORDELING),
                zaakwerk.mag(zaak, Transitie.HEROPEN),
                java.util.Arrays.stream(Sluitreden.values())
                        .filter(Sluitreden::isHandmatig)
                        .toList(),
                // who may not see the patient's identity sees no free text either (decision 0024)
                toegang.heeft(MeldingRechten.IDENTITEIT_ZIEN));
    }

    public record MijnWerk(
            List<Zaakwerk.MijnTaak> taken, List<Zaakwerk.TerBeoordeling> terBeoordeling, Map<String, String> namen) {}

    /** For Mijn werk: one's open tasks by due date, and the closings one may review. */
    public MijnWerk mijnWerk() {
        Map<String, String> namen = new HashMap<>();
        List<Zaakwerk.MijnTaak> taken = zaakwerk.mijnTaken(KORT);
        List<Zaakwerk.TerBeoordeling> beoordeling = zaakwerk.terBeoordeling(KORT);
        taken.forEach(t -> naam(namen, t.taak().aangemaaktDoor()));
        beoordeling.forEach(b -> naam(namen, b.gevraagdDoor()));
        return new MijnWerk(taken, beoordeling, namen);
    }

    private String naam(Map<String, String> namen, String gebruikersnaam) {
        return namen.computeIfAbsent(
                gebruikersnaam, g -> medewerkers.vind(g).map(Medewerker::naam).orElse(g));
    }
}
