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
 * @param pdfSha256 the SHA-256 (hex) of the final PDF, kept with it
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
        @Nullable String definitiefDoor,
        @Nullable Instant definitiefOp,
        @Nullable String pdfSha256,
        @Nullable Long pdfGrootte,
        @Nullable Instant gepubliceerdOp) {

    public Rapport {
        teksten = Map.copyOf(teksten);
        bijlagen = List.copyOf(bijlagen);
    }

    /** A document the provider sent with its view. */
    public record Bijlage(UUID id, String bestandsnaam, String mediatype, long grootte, String sha256) {}

    public boolean isDefinitief() {
        return pdfSha256 != null;
    }

    /** The draft text of one norm; empty when none. */
    public String tekst(String normCode) {
        return teksten.getOrDefault(normCode, "");
    }
}
