package nl.toezicht.inspecties;

import java.time.Instant;
import java.util.UUID;
import nl.toezicht.kern.Weigering;
import org.jspecify.annotations.Nullable;

/**
 * A finding: the inspector's score of one norm of the activity's framework version and the evidence for it.
 *
 * @param score a code of the framework's scale; null while the norm is not scored yet
 * @param aantalOpslagen how many distinct saves made it (a retried save counts once)
 */
public record Bevinding(
        UUID activiteit,
        String normCode,
        @Nullable String score,
        String onderbouwing,
        Instant opgeslagenOp,
        String opgeslagenDoor,
        int aantalOpslagen) {

    static final int MAX_ONDERBOUWING = 10_000;

    /** Checks a save against the framework version: a norm of it, a step of its scale, evidence not too long. */
    static void controleer(Kaderversie kader, String normCode, @Nullable String score, String onderbouwing) {
        if (!kader.inhoud().normen().containsKey(normCode)) {
            throw Weigering.opVeld("normCode", "bevinding.norm.onbekend", normCode, kader.naam());
        }
        if (score != null
                && kader.inhoud().schaal().stream().noneMatch(s -> s.code().equals(score))) {
            throw Weigering.opVeld("score", "bevinding.score.onbekend", score);
        }
        if (onderbouwing.length() > MAX_ONDERBOUWING) {
            throw Weigering.opVeld("onderbouwing", "kader.veld.te-lang", MAX_ONDERBOUWING);
        }
    }
}
