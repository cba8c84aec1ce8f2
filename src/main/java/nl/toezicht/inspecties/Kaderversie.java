package nl.toezicht.inspecties;

import java.time.Instant;
import java.util.UUID;
import nl.toezicht.inspecties.Kaderinhoud.Norm;
import nl.toezicht.kern.Weigering;
import nl.toezicht.kern.Zorgsector;
import org.jspecify.annotations.Nullable;

/**
 * One version of an assessment framework. A draft changes (each change a new {@link Kaderinhoud}); publishing
 * fixes it for good: every change of a published version is refused here, and the database refuses it too
 * (V100, trigger {@code kaderversie_gepubliceerd_blijft}). The next version starts as a copy of a published one.
 */
public final class Kaderversie {

    private final UUID id;
    private final UUID kaderId;
    private final String code;
    private final int versie;
    private Kaderstatus status;
    private String naam;
    private @Nullable Zorgsector sector;
    private Kaderinhoud inhoud;
    private final Instant aangemaaktOp;
    private final String aangemaaktDoor;
    private @Nullable Instant gepubliceerdOp;
    private @Nullable String gepubliceerdDoor;
    private final long version;

    Kaderversie(
            UUID id,
            UUID kaderId,
            String code,
            int versie,
            Kaderstatus status,
            String naam,
            @Nullable Zorgsector sector,
            Kaderinhoud inhoud,
            Instant aangemaaktOp,
            String aangemaaktDoor,
            @Nullable Instant gepubliceerdOp,
            @Nullable String gepubliceerdDoor,
            long version) {
        this.id = id;
        this.kaderId = kaderId;
        this.code = code;
        this.versie = versie;
        this.status = status;
        this.naam = naam;
        this.sector = sector;
        this.inhoud = inhoud;
        this.aangemaaktOp = aangemaaktOp;
        this.aangemaaktDoor = aangemaaktDoor;
        this.gepubliceerdOp = gepubliceerdOp;
        this.gepubliceerdDoor = gepubliceerdDoor;
        this.version = version;
    }

    /** A new draft of the framework {@code kaderId}, with valid content. */
    static Kaderversie concept(
            UUID kaderId,
            String code,
            int versie,
            String naam,
            @Nullable Zorgsector sector,
            Kaderinhoud inhoud,
            String door,
            Instant op) {
        Kaderregels.kadercode(code, "code");
        Kaderregels.naam(naam, "naam");
        Kaderregels.controleer(inhoud, "");
        return new Kaderversie(
                UUID.randomUUID(),
                kaderId,
                code,
                versie,
                Kaderstatus.CONCEPT,
                naam,
                sector,
                inhoud,
                op,
                door,
                null,
                null,
                0);
    }

    /** The next version: a draft copy of this published one. */
    Kaderversie volgendeVersie(int volgende, String door, Instant op) {
        if (status != Kaderstatus.GEPUBLICEERD) {
            throw new Weigering("kader.nieuwe-versie.van-concept", naam, versie);
        }
        return concept(kaderId, code, volgende, naam, sector, inhoud, door, op);
    }

    /** Sets a norm in a theme (a new one, or one of the same code replaced). */
    void zetNorm(String themaCode, Norm norm) {
        eisConcept();
        inhoud = inhoud.metNorm(themaCode, Kaderregels.norm(norm, ""));
    }

    void verwijderNorm(String normCode) {
        eisConcept();
        inhoud = inhoud.zonderNorm(normCode);
    }

    void voegThemaToe(String themaCode, String titel, Norm eersteNorm) {
        eisConcept();
        Kaderregels.code(themaCode, "themaCode");
        Kaderregels.tekst(titel, "themaTitel", Kaderregels.MAX_TITEL);
        inhoud = inhoud.metThema(themaCode, titel, Kaderregels.norm(eersteNorm, ""));
    }

    /** Replaces the whole draft (an imported document for an existing framework's draft). */
    void vervang(String naam, @Nullable Zorgsector sector, Kaderinhoud inhoud) {
        eisConcept();
        this.naam = Kaderregels.naam(naam, "naam");
        this.sector = sector;
        this.inhoud = Kaderregels.controleer(inhoud, "");
    }

    void publiceer(String door, Instant op) {
        eisConcept();
        Kaderregels.controleer(inhoud, "");
        status = Kaderstatus.GEPUBLICEERD;
        gepubliceerdOp = op;
        gepubliceerdDoor = door;
    }

    private void eisConcept() {
        if (status != Kaderstatus.CONCEPT) {
            throw new Weigering("kader.gepubliceerd.onveranderlijk", naam, versie);
        }
    }

    public boolean isGepubliceerd() {
        return status == Kaderstatus.GEPUBLICEERD;
    }

    public UUID id() {
        return id;
    }

    public UUID kaderId() {
        return kaderId;
    }

    public String code() {
        return code;
    }

    public int versie() {
        return versie;
    }

    public Kaderstatus status() {
        return status;
    }

    public String naam() {
        return naam;
    }

    public @Nullable Zorgsector sector() {
        return sector;
    }

    public Kaderinhoud inhoud() {
        return inhoud;
    }

    public Instant aangemaaktOp() {
        return aangemaaktOp;
    }

    public String aangemaaktDoor() {
        return aangemaaktDoor;
    }

    public @Nullable Instant gepubliceerdOp() {
        return gepubliceerdOp;
    }

    public @Nullable String gepubliceerdDoor() {
        return gepubliceerdDoor;
    }

    long version() {
        return version;
    }
}
