package nl.toezicht.cijfers;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import nl.toezicht.kern.Weigering;
import org.jspecify.annotations.Nullable;

/**
 * One version of a year's figures on its way to publication: draft (CONCEPT) → checked (GECONTROLEERD) →
 * approved (VASTGESTELD). The content is fixed when the draft is made (the data cut-off) and stored as
 * exact bytes with their SHA-256; an approved version is frozen (the database refuses changes too). Only a
 * year that has ended is approved, and by four eyes: not by the one who drew the version up or checked it
 * (issue 11, defect 18; the database holds the second rule too, V75).
 */
public final class Vaststelling {

    public enum Status {
        CONCEPT,
        GECONTROLEERD,
        VASTGESTELD
    }

    /** The checks failed: approval is blocked, and each finding says where. */
    public static final class ControleMislukt extends RuntimeException {
        private final List<String> bevindingen;

        ControleMislukt(List<String> bevindingen) {
            super("consistency checks failed: " + bevindingen.size());
            this.bevindingen = List.copyOf(bevindingen);
        }

        public List<String> bevindingen() {
            return bevindingen;
        }
    }

    private final int jaar;
    private final int versie;
    private Status status;
    private final String regelsVersie;
    private final Instant peilmoment;
    private final String inhoud;
    private final String checksum;
    private final String opgesteldDoor;
    private final Instant opgesteldOp;
    private @Nullable String gecontroleerdDoor;
    private @Nullable Instant gecontroleerdOp;
    private @Nullable String vastgesteldDoor;
    private @Nullable Instant vastgesteldOp;

    Vaststelling(
            int jaar,
            int versie,
            Status status,
            String regelsVersie,
            Instant peilmoment,
            String inhoud,
            String checksum,
            String opgesteldDoor,
            Instant opgesteldOp,
            @Nullable String gecontroleerdDoor,
            @Nullable Instant gecontroleerdOp,
            @Nullable String vastgesteldDoor,
            @Nullable Instant vastgesteldOp) {
        this.jaar = jaar;
        this.versie = versie;
        this.status = status;
        this.regelsVersie = regelsVersie;
        this.peilmoment = peilmoment;
        this.inhoud = inhoud;
        this.checksum = checksum;
        this.opgesteldDoor = opgesteldDoor;
        this.opgesteldOp = opgesteldOp;
        this.gecontroleerdDoor = gecontroleerdDoor;
        this.gecontroleerdOp = gecontroleerdOp;
        this.vastgesteldDoor = vastgesteldDoor;
        this.vastgesteldOp = vastgesteldOp;
    }

    static Vaststelling concept(
            int jaar, int versie, String regelsVersie, Instant peilmoment, String inhoud, String door, Instant op) {
        return new Vaststelling(
                jaar,
                versie,
                Status.CONCEPT,
                regelsVersie,
                peilmoment,
                inhoud,
                sha256(inhoud),
                door,
                op,
                null,
                null,
                null,
                null);
    }

    /** The checks passed (no findings) or approval stays blocked with the findings. */
    void controleer(List<String> bevindingen, String door, Instant op) {
        if (status != Status.CONCEPT) {
            throw new Weigering("cijfers.vaststelling.geen-concept", jaar, versie);
        }
        if (!bevindingen.isEmpty()) {
            throw new ControleMislukt(bevindingen);
        }
        status = Status.GECONTROLEERD;
        gecontroleerdDoor = door;
        gecontroleerdOp = op;
    }

    /**
     * Approval for publication.
     *
     * @param lopendJaar the year it is now (Dutch date): that year and later ones have not ended
     */
    void stelVast(String door, Instant op, int lopendJaar) {
        if (status == Status.VASTGESTELD) {
            throw new Weigering("cijfers.vaststelling.al-vastgesteld", jaar, versie);
        }
        if (status != Status.GECONTROLEERD) {
            throw new Weigering("cijfers.vaststelling.niet-gecontroleerd", jaar, versie);
        }
        if (jaar >= lopendJaar) {
            throw new Weigering("cijfers.vaststelling.jaar-niet-voorbij", jaar, versie);
        }
        if (door.equals(opgesteldDoor)) {
            throw new Weigering("cijfers.vaststelling.vier-ogen.opgesteld", jaar, versie);
        }
        if (door.equals(gecontroleerdDoor)) {
            throw new Weigering("cijfers.vaststelling.vier-ogen.gecontroleerd", jaar, versie);
        }
        status = Status.VASTGESTELD;
        vastgesteldDoor = door;
        vastgesteldOp = op;
    }

    /** The stored content, after verifying that it is still what was checked and approved. */
    String inhoud() {
        if (!sha256(inhoud).equals(checksum)) {
            throw new IllegalStateException("frozen figures " + jaar + " version " + versie + " fail their checksum");
        }
        return inhoud;
    }

    static String sha256(String tekst) {
        try {
            return HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-256").digest(tekst.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    public Versie samenvatting() {
        return new Versie(
                jaar,
                versie,
                status.name(),
                regelsVersie,
                peilmoment,
                checksum,
                opgesteldDoor,
                opgesteldOp,
                gecontroleerdDoor,
                gecontroleerdOp,
                vastgesteldDoor,
                vastgesteldOp);
    }

    int jaar() {
        return jaar;
    }

    int versie() {
        return versie;
    }

    Status status() {
        return status;
    }

    String regelsVersie() {
        return regelsVersie;
    }

    Instant peilmoment() {
        return peilmoment;
    }

    String checksum() {
        return checksum;
    }

    String opgesteldDoor() {
        return opgesteldDoor;
    }

    Instant opgesteldOp() {
        return opgesteldOp;
    }

    @Nullable
    String gecontroleerdDoor() {
        return gecontroleerdDoor;
    }

    @Nullable
    Instant gecontroleerdOp() {
        return gecontroleerdOp;
    }

    @Nullable
    String vastgesteldDoor() {
        return vastgesteldDoor;
    }

    @Nullable
    Instant vastgesteldOp() {
        return vastgesteldOp;
    }

    /** What a version is, without its content; who drew it up, checked and approved it. */
    public record Versie(
            int jaar,
            int versie,
            String status,
            String regelsVersie,
            Instant peilmoment,
            String checksum,
            String opgesteldDoor,
            Instant opgesteldOp,
            @Nullable String gecontroleerdDoor,
            @Nullable Instant gecontroleerdOp,
            @Nullable String vastgesteldDoor,
            @Nullable Instant vastgesteldOp) {}
}
