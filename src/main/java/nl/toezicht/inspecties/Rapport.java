package nl.toezicht.inspecties;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * The report of a supervision activity as each step left it (docs/inspecties.md "The report"); where it is in
 * its flow is the activity's status.
 *
 * @param sjabloon the letter template it is rendered with (chosen by the framework's kind)
 * @param teksten the text per norm, by norm code (drafted from the finding, edited by the team)
 * @param aangebodenDoor who offered the draft for review (four eyes: cannot approve it)
 * @param zienswijzeUiterlijk the last day of the provider's term for its view (the clock's deadline)
 * @param verwerking a general note on how the view was processed (optional; the points are in {@code punten})
 * @param punten the view processed point by point (V191): taken over or not, and why
 * @param pdfSha256 the SHA-256 (hex) of the final PDF, kept with it
 * @param zonderPdf final in the old system, which kept no PDF of it (history import, decision 0107)
 * @param kenmerkVorigSysteem its reference in the old system, when the history import gave one
 */
public record Rapport(
        UUID activiteit,
        String sjabloon,
        String inleiding,
        Map<String, String> teksten,
        String opgesteldDoor,
        Instant opgesteldOp,
        @Nullable String aangebodenDoor,
        @Nullable String beoordeeldDoor,
        @Nullable Instant beoordeeldOp,
        @Nullable UUID klokId,
        @Nullable LocalDate zienswijzeUiterlijk,
        @Nullable String zienswijze,
        @Nullable String zienswijzeDoor,
        @Nullable Instant zienswijzeOp,
        List<Bijlage> bijlagen,
        @Nullable String verwerking,
        List<Zienswijzepunt> punten,
        @Nullable String definitiefDoor,
        @Nullable Instant definitiefOp,
        @Nullable String pdfSha256,
        @Nullable Long pdfGrootte,
        @Nullable Instant gepubliceerdOp,
        boolean zonderPdf,
        @Nullable String kenmerkVorigSysteem) {

    public Rapport {
        teksten = Map.copyOf(teksten);
        bijlagen = List.copyOf(bijlagen);
        punten = List.copyOf(punten);
    }

    /** A new draft: drafted by {@code door} at {@code op}, nothing after. */
    static Rapport concept(
            UUID activiteit, String sjabloon, String inleiding, Map<String, String> teksten, String door, Instant op) {
        return new Rapport(
                activiteit,
                sjabloon,
                inleiding,
                teksten,
                door,
                op,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                List.of(),
                null,
                List.of(),
                null,
                null,
                null,
                null,
                null,
                false,
                null);
    }

    /** The same report with other texts (the public version of a final report, decision 0092). */
    public Rapport metTeksten(String inleiding, Map<String, String> teksten, @Nullable String verwerking) {
        return met(inleiding, teksten, verwerking, definitiefDoor, definitiefOp);
    }

    /** The report as it is made final (before its PDF exists): the general note, who and when. */
    Rapport vastgesteld(@Nullable String verwerking, String door, Instant op) {
        return met(inleiding, teksten, verwerking, door, op);
    }

    private Rapport met(
            String inleiding,
            Map<String, String> teksten,
            @Nullable String verwerking,
            @Nullable String definitiefDoor,
            @Nullable Instant definitiefOp) {
        return new Rapport(
                activiteit,
                sjabloon,
                inleiding,
                teksten,
                opgesteldDoor,
                opgesteldOp,
                aangebodenDoor,
                beoordeeldDoor,
                beoordeeldOp,
                klokId,
                zienswijzeUiterlijk,
                zienswijze,
                zienswijzeDoor,
                zienswijzeOp,
                bijlagen,
                verwerking,
                punten,
                definitiefDoor,
                definitiefOp,
                pdfSha256,
                pdfGrootte,
                gepubliceerdOp,
                zonderPdf,
                kenmerkVorigSysteem);
    }

    /**
     * One point of the provider's view as the inspectorate processed it: taken over in the report or not, and why
     * (the reason is required when it was not).
     */
    public record Zienswijzepunt(
            String punt, boolean overgenomen, @Nullable String reden) {}

    /** A document the provider sent with its view. */
    public record Bijlage(UUID id, String bestandsnaam, String mediatype, long grootte, String sha256) {}

    /** Final with its PDF (a final report imported without one is {@link #zonderPdf}). */
    public boolean isDefinitief() {
        return pdfSha256 != null;
    }

    /** The draft text of one norm; empty when none. */
    public String tekst(String normCode) {
        return teksten.getOrDefault(normCode, "");
    }
}
