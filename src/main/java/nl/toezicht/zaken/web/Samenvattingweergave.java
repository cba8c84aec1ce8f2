package nl.toezicht.zaken.web;

import java.time.Instant;
import nl.toezicht.zaken.Sluitreden;
import nl.toezicht.zaken.Zaak;
import org.jspecify.annotations.Nullable;

/**
 * The marker of a case imported as a summary (issue 12 item 7) on the case page: what the previous system
 * kept of it, received, closed and why. Null for a case with its steps.
 */
record Samenvattingweergave(Instant ontvangenOp, Instant geslotenOp, Sluitreden sluitreden) {

    static @Nullable Samenvattingweergave van(Zaak zaak) {
        if (!zaak.isSamenvatting() || zaak.geslotenOp() == null || zaak.sluitreden() == null) {
            return null;
        }
        return new Samenvattingweergave(zaak.ontvangenOp(), zaak.geslotenOp(), zaak.sluitreden());
    }
}
