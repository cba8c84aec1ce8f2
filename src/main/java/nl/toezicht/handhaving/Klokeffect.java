package nl.toezicht.handhaving;

import java.util.List;

/**
 * What a step does to the measure's legal clocks (kinds of termijnen/kloksoorten.yaml): which open ones stop and
 * which start. {@link Handhaving} carries it out with the day the letter was dispatched (bekendmaking) as day 0.
 *
 * @param stopAlle every open clock of the measure stops (set aside, withdrawn)
 */
public record Klokeffect(List<String> stop, List<String> start, boolean stopAlle) {

    static final String ZIENSWIJZE = "ZIENSWIJZE";
    static final String BEZWAARTERMIJN = "BEZWAARTERMIJN";
    static final String BESLISSING_OP_BEZWAAR = "BESLISSING_OP_BEZWAAR";
    static final String BOETEBESLUIT = "BESTUURLIJKE_BOETE";
    static final String NALEVING = "NALEVINGSTERMIJN";
    static final String BEGUNSTIGING = "BEGUNSTIGINGSTERMIJN";
    static final String BEVEL = "BEVEL_GELDIGHEID";
    static final String VERJARING = "INVORDERING_DWANGSOM_VERJARING";

    static Klokeffect start(String... soorten) {
        return new Klokeffect(List.of(), List.of(soorten), false);
    }

    static Klokeffect stop(String... soorten) {
        return new Klokeffect(List.of(soorten), List.of(), false);
    }

    static Klokeffect alles() {
        return new Klokeffect(List.of(), List.of(), true);
    }

    Klokeffect enStart(String... soorten) {
        return new Klokeffect(
                stop,
                java.util.stream.Stream.concat(start.stream(), java.util.Arrays.stream(soorten))
                        .toList(),
                stopAlle);
    }
}
