package nl.toezicht.historie;

import java.util.Set;
import java.util.UUID;

/**
 * A real (not dry) import run has committed new past records. Listeners that keep figures derived from
 * notifications and cases (the annual figures) recompute the years named here.
 *
 * @param importrun the run, see {@code historie.importrun}
 * @param jaren the years (of receipt, Europe/Amsterdam) of the notifications and cases written
 */
public record HistorieGeimporteerd(
        UUID importrun, long zorgaanbieders, long meldingen, long zaken, Set<Integer> jaren) {

    public HistorieGeimporteerd {
        jaren = Set.copyOf(jaren);
    }
}
