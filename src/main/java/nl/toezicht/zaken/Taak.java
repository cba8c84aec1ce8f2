package nl.toezicht.zaken;

import java.time.Instant;
import java.time.LocalDate;
import nl.toezicht.kern.Weigering;
import nl.toezicht.kern.Zorgsector;
import org.jspecify.annotations.Nullable;

/**
 * A task on a case, for one person or for a department (anyone of it may do it), due on a date. It is done or
 * cancelled once, by the one it is for (a member of its department) or the one who gave it; who and when are
 * kept. A task does not change its case's state; its steps are on the case's timeline.
 */
public final class Taak {

    private final TaakId id;
    private final ZaakId zaak;
    private final String omschrijving;
    private final @Nullable String medewerker;
    private final @Nullable Zorgsector afdeling;
    private final LocalDate uiterlijk;
    private final String aangemaaktDoor;
    private final Instant aangemaaktOp;
    private Taakstatus status;
    private @Nullable String afgehandeldDoor;
    private @Nullable Instant afgehandeldOp;
    private final long versie;

    Taak(
            TaakId id,
            ZaakId zaak,
            String omschrijving,
            @Nullable String medewerker,
            @Nullable Zorgsector afdeling,
            LocalDate uiterlijk,
            String aangemaaktDoor,
            Instant aangemaaktOp,
            Taakstatus status,
            @Nullable String afgehandeldDoor,
            @Nullable Instant afgehandeldOp,
            long versie) {
        if ((medewerker == null) == (afdeling == null)) {
            throw new IllegalArgumentException("a task is for one person or one department");
        }
        this.id = id;
        this.zaak = zaak;
        this.omschrijving = omschrijving;
        this.medewerker = medewerker;
        this.afdeling = afdeling;
        this.uiterlijk = uiterlijk;
        this.aangemaaktDoor = aangemaaktDoor;
        this.aangemaaktOp = aangemaaktOp;
        this.status = status;
        this.afgehandeldDoor = afgehandeldDoor;
        this.afgehandeldOp = afgehandeldOp;
        this.versie = versie;
    }

    /** A new open task, given by {@code door}. */
    static Taak nieuw(ZaakId zaak, Zaakopdracht.Taaktoewijzing opdracht, String door, Instant op) {
        return new Taak(
                TaakId.nieuw(),
                zaak,
                opdracht.omschrijving(),
                opdracht.medewerker(),
                opdracht.afdeling(),
                opdracht.uiterlijk(),
                door,
                op,
                Taakstatus.OPEN,
                null,
                null,
                0);
    }

    /**
     * Done or cancelled, once, by whom it is for or who gave it.
     *
     * @param afdelingenVanDoor the departments {@code door} works in (a department's task is for all of them)
     * @throws Weigering when it was already done or cancelled, or someone else tries
     */
    void handelAf(Taakstatus uitkomst, String door, java.util.Set<Zorgsector> afdelingenVanDoor, Instant op) {
        if (uitkomst == Taakstatus.OPEN) {
            throw new IllegalArgumentException("a task is handled as done or cancelled");
        }
        if (status != Taakstatus.OPEN) {
            throw new Weigering("zaak.taak.al-afgehandeld");
        }
        if (!isVoor(door, afdelingenVanDoor) && !door.equals(aangemaaktDoor)) {
            throw new Weigering("zaak.taak.niet-de-uwe");
        }
        status = uitkomst;
        afgehandeldDoor = door;
        afgehandeldOp = op;
    }

    /** Whether it is for this person: theirs, or their department's. */
    public boolean isVoor(String gebruikersnaam, java.util.Set<Zorgsector> afdelingen) {
        return gebruikersnaam.equals(medewerker) || (afdeling != null && afdelingen.contains(afdeling));
    }

    /** Open and past its due date. */
    public boolean isTeLaat(LocalDate vandaag) {
        return status == Taakstatus.OPEN && uiterlijk.isBefore(vandaag);
    }

    public TaakId id() {
        return id;
    }

    public ZaakId zaak() {
        return zaak;
    }

    public String omschrijving() {
        return omschrijving;
    }

    public @Nullable String medewerker() {
        return medewerker;
    }

    public @Nullable Zorgsector afdeling() {
        return afdeling;
    }

    public LocalDate uiterlijk() {
        return uiterlijk;
    }

    public String aangemaaktDoor() {
        return aangemaaktDoor;
    }

    public Instant aangemaaktOp() {
        return aangemaaktOp;
    }

    public Taakstatus status() {
        return status;
    }

    public @Nullable String afgehandeldDoor() {
        return afgehandeldDoor;
    }

    public @Nullable Instant afgehandeldOp() {
        return afgehandeldOp;
    }

    long versie() {
        return versie;
    }
}
