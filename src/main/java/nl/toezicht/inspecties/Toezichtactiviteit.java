package nl.toezicht.inspecties;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import nl.toezicht.kern.Stroom;
import nl.toezicht.kern.Weigering;
import nl.toezicht.kern.Zorgsector;
import nl.toezicht.toegang.Medewerker;
import nl.toezicht.toegang.Rol;
import org.jspecify.annotations.Nullable;
import org.springframework.context.support.DefaultMessageSourceResolvable;

/**
 * A supervision activity (toezichtactiviteit): a visit, a desk inspection or a conversation with a provider,
 * done by a team under a lead inspector of its department, against a published framework version. It guards
 * its own rules (only a visit comes unannounced and goes to locations; the lead works in the department; the
 * end is not before the start) and takes every step through {@link Activiteitstroom}; each step is one new
 * timeline entry, which {@link Toezichtactiviteiten} appends.
 */
public final class Toezichtactiviteit {

    private static final Stroom<Activiteitstatus, Activiteitstap, Activiteitstroom.Kenmerken, Void> STROOM =
            Activiteitstroom.STROOM;
    static final int MAX_OMSCHRIJVING = 300;
    static final int MAX_DAGEN = 31;

    private final UUID id;
    private final String referentie;
    private final Activiteitsoort soort;
    private final Aankondiging aankondiging;
    private Activiteitstatus status;
    private final Zorgsector afdeling;
    private final Aanleiding aanleiding;
    private final @Nullable UUID zaakId;
    private final @Nullable String zaakReferentie;
    private final @Nullable String aanleidingOmschrijving;
    private final UUID zorgaanbiederId;
    private final List<UUID> locaties;
    private final @Nullable UUID kaderversieId;
    private final String leider;
    private final List<String> teamleden;
    private final LocalDate begindatum;
    private final LocalDate einddatum;
    private final Instant aangemaaktOp;
    private final String aangemaaktDoor;
    private final long version;
    private final List<Activiteitstapregel> nieuweStappen = new ArrayList<>();

    Toezichtactiviteit(
            UUID id,
            String referentie,
            Activiteitsoort soort,
            Aankondiging aankondiging,
            Activiteitstatus status,
            Zorgsector afdeling,
            Aanleiding aanleiding,
            @Nullable UUID zaakId,
            @Nullable String zaakReferentie,
            @Nullable String aanleidingOmschrijving,
            UUID zorgaanbiederId,
            List<UUID> locaties,
            @Nullable UUID kaderversieId,
            String leider,
            List<String> teamleden,
            LocalDate begindatum,
            LocalDate einddatum,
            Instant aangemaaktOp,
            String aangemaaktDoor,
            long version) {
        this.id = id;
        this.referentie = referentie;
        this.soort = soort;
        this.aankondiging = aankondiging;
        this.status = status;
        this.afdeling = afdeling;
        this.aanleiding = aanleiding;
        this.zaakId = zaakId;
        this.zaakReferentie = zaakReferentie;
        this.aanleidingOmschrijving = aanleidingOmschrijving;
        this.zorgaanbiederId = zorgaanbiederId;
        this.locaties = List.copyOf(locaties);
        this.kaderversieId = kaderversieId;
        this.leider = leider;
        this.teamleden = List.copyOf(teamleden);
        this.begindatum = begindatum;
        this.einddatum = einddatum;
        this.aangemaaktOp = aangemaaktOp;
        this.aangemaaktDoor = aangemaaktDoor;
        this.version = version;
    }

    /** Why the activity is done: a case of the department, or a signal, theme or programme in words. */
    record Reden(
            Aanleiding aanleiding,
            @Nullable UUID zaakId,
            @Nullable String zaakReferentie,
            @Nullable String omschrijving) {}

    /**
     * Plans an activity. The team's members are inspectors; the lead works in the activity's department.
     *
     * @param kaderversie the published framework version it judges against, if any (a conversation may have none)
     */
    static Toezichtactiviteit plan(
            String referentie,
            Activiteitsoort soort,
            Aankondiging aankondiging,
            Zorgsector afdeling,
            Reden reden,
            UUID zorgaanbieder,
            List<UUID> locaties,
            @Nullable Kaderversie kaderversie,
            Medewerker leider,
            List<Medewerker> leden,
            LocalDate begindatum,
            @Nullable LocalDate einddatum,
            String door,
            Instant op) {
        if (!soort.isBezoek() && aankondiging != Aankondiging.AANGEKONDIGD) {
            throw Weigering.opVeld("aankondiging", "activiteit.aankondiging.alleen-bezoek");
        }
        if (soort.isBezoek() && locaties.isEmpty()) {
            throw Weigering.opVeld("locaties", "activiteit.locaties.bezoek");
        }
        LocalDate tot = einddatum == null ? begindatum : einddatum;
        if (tot.isBefore(begindatum)) {
            throw Weigering.opVeld("einddatum", "activiteit.einddatum.voor-begin");
        }
        if (tot.isAfter(begindatum.plusDays(MAX_DAGEN))) {
            throw Weigering.opVeld("einddatum", "activiteit.einddatum.te-lang", MAX_DAGEN);
        }
        String omschrijving =
                reden.omschrijving() == null || reden.omschrijving().isBlank()
                        ? null
                        : reden.omschrijving().strip();
        if (reden.aanleiding() == Aanleiding.ZAAK) {
            if (reden.zaakId() == null) {
                throw Weigering.opVeld("zaak", "activiteit.aanleiding.zaak-verplicht");
            }
        } else if (omschrijving == null) {
            throw Weigering.opVeld("aanleidingOmschrijving", "activiteit.aanleiding.omschrijving-verplicht");
        }
        if (omschrijving != null && omschrijving.length() > MAX_OMSCHRIJVING) {
            throw Weigering.opVeld("aanleidingOmschrijving", "kader.veld.te-lang", MAX_OMSCHRIJVING);
        }
        if (kaderversie != null && !kaderversie.isGepubliceerd()) {
            throw Weigering.opVeld("kaderversie", "activiteit.kader.niet-gepubliceerd", kaderversie.naam());
        }
        if (leider.rol() != Rol.INSPECTEUR || !leider.werktBij(afdeling)) {
            throw Weigering.opVeld("leider", "activiteit.leider.afdeling", leider.naam());
        }
        Set<String> team = new LinkedHashSet<>();
        for (Medewerker lid : leden) {
            if (lid.rol() != Rol.INSPECTEUR) {
                throw Weigering.opVeld("team", "activiteit.team.inspecteur", lid.naam());
            }
            if (!lid.gebruikersnaam().equals(leider.gebruikersnaam())) {
                team.add(lid.gebruikersnaam());
            }
        }
        Toezichtactiviteit activiteit = new Toezichtactiviteit(
                UUID.randomUUID(),
                referentie,
                soort,
                aankondiging,
                STROOM.neem(
                        Activiteitstap.PLANNEN,
                        null,
                        Activiteitstroom.Kenmerken.van(soort),
                        b -> new IllegalStateException(b.toString())),
                afdeling,
                reden.aanleiding(),
                reden.aanleiding() == Aanleiding.ZAAK ? reden.zaakId() : null,
                reden.aanleiding() == Aanleiding.ZAAK ? reden.zaakReferentie() : null,
                omschrijving,
                zorgaanbieder,
                List.copyOf(new LinkedHashSet<>(locaties)),
                kaderversie == null ? null : kaderversie.id(),
                leider.gebruikersnaam(),
                List.copyOf(team),
                begindatum,
                tot,
                op,
                door,
                0);
        activiteit.nieuweStappen.add(new Activiteitstapregel(
                null, Activiteitstatus.GEPLAND, Activiteitstap.PLANNEN, door, op, reden.zaakReferentie()));
        return activiteit;
    }

    /** A step offered on the activity page; refused when the flow does not allow it from here. */
    void neem(Activiteitstap stap, String door, Instant op, @Nullable String toelichting) {
        if (!STROOM.overgang(stap).aangeboden()) {
            throw Weigering.opVeld("stap", "activiteit.stap.niet-handmatig");
        }
        zet(stap, Activiteitstroom.Kenmerken.van(soort), door, op, toelichting);
    }

    /**
     * A step of the report, taken through its own command ({@link Rapportage}); refused in words when the flow
     * does not allow it from here or a rule of it (four eyes, the view's term) says no.
     */
    void neemRapportstap(
            Activiteitstap stap,
            Activiteitstroom.Kenmerken kenmerken,
            String door,
            Instant op,
            @Nullable String toelichting) {
        zet(stap, kenmerken, door, op, toelichting);
    }

    private void zet(
            Activiteitstap stap,
            Activiteitstroom.Kenmerken kenmerken,
            String door,
            Instant op,
            @Nullable String toelichting) {
        Activiteitstatus naar = STROOM.neem(
                stap,
                status,
                kenmerken,
                b -> b instanceof Stroom.Bezwaar.Geweigerd<?, ?> g
                        ? new Weigering(g.berichtSleutel(), referentie)
                        : new Weigering(
                                "activiteit.stap.niet-vanuit",
                                new DefaultMessageSourceResolvable(stap.berichtSleutel()),
                                new DefaultMessageSourceResolvable(status.berichtSleutel())));
        nieuweStappen.add(new Activiteitstapregel(
                status,
                naar,
                stap,
                door,
                op,
                toelichting == null || toelichting.isBlank() ? null : toelichting.strip()));
        status = naar;
    }

    /**
     * Findings are recorded during the fieldwork, by the team, against the activity's framework version.
     */
    void eisVeldwerk(String door) {
        if (kaderversieId == null) {
            throw new Weigering("bevinding.geen-kader", referentie);
        }
        if (status != Activiteitstatus.IN_UITVOERING) {
            throw new Weigering(
                    "bevinding.niet-in-uitvoering",
                    referentie,
                    new DefaultMessageSourceResolvable(status.berichtSleutel()));
        }
        if (!team().contains(door)) {
            throw new Weigering("bevinding.niet-in-team", referentie);
        }
    }

    /** The steps the flow offers from the current state, for a user with these rights. */
    public List<Activiteitstap> toegestaneStappen(java.util.function.Predicate<String> heeftRecht) {
        return STROOM.toegestaan(status, Activiteitstroom.Kenmerken.van(soort), heeftRecht);
    }

    List<Activiteitstapregel> nieuweStappen() {
        return List.copyOf(nieuweStappen);
    }

    void stappenBewaard() {
        nieuweStappen.clear();
    }

    /** Everyone in the team, the lead first. */
    public List<String> team() {
        List<String> team = new ArrayList<>();
        team.add(leider);
        team.addAll(teamleden);
        return team;
    }

    public UUID id() {
        return id;
    }

    public String referentie() {
        return referentie;
    }

    public Activiteitsoort soort() {
        return soort;
    }

    public Aankondiging aankondiging() {
        return aankondiging;
    }

    public Activiteitstatus status() {
        return status;
    }

    public Zorgsector afdeling() {
        return afdeling;
    }

    public Aanleiding aanleiding() {
        return aanleiding;
    }

    public @Nullable UUID zaakId() {
        return zaakId;
    }

    public @Nullable String zaakReferentie() {
        return zaakReferentie;
    }

    public @Nullable String aanleidingOmschrijving() {
        return aanleidingOmschrijving;
    }

    public UUID zorgaanbiederId() {
        return zorgaanbiederId;
    }

    public List<UUID> locaties() {
        return locaties;
    }

    public @Nullable UUID kaderversieId() {
        return kaderversieId;
    }

    public String leider() {
        return leider;
    }

    public List<String> teamleden() {
        return teamleden;
    }

    public LocalDate begindatum() {
        return begindatum;
    }

    public LocalDate einddatum() {
        return einddatum;
    }

    public Instant aangemaaktOp() {
        return aangemaaktOp;
    }

    public String aangemaaktDoor() {
        return aangemaaktDoor;
    }

    long version() {
        return version;
    }
}
