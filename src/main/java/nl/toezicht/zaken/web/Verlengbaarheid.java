package nl.toezicht.zaken.web;

import java.time.Instant;
import java.util.List;
import nl.toezicht.termijnen.KlokStand;
import nl.toezicht.termijnen.Klokgebeurtenis;
import nl.toezicht.termijnen.Kloksoort;
import nl.toezicht.termijnen.Verlengingsregel;
import nl.toezicht.zaken.Zaakbehandeling;
import org.jspecify.annotations.Nullable;

/**
 * What the case page's extend form may offer for the running clock: the rules still open to it, and, when its
 * kind allows extensions but all are used up, when it was last extended (the page says so instead of offering a
 * form the engine would refuse).
 *
 * @param regels the rules still open; empty: no form
 * @param laatstVerlengdOp the last extension, when the kind is extendable and no rule is left
 */
record Verlengbaarheid(
        List<Verlengingsregel> regels, @Nullable Instant laatstVerlengdOp) {

    static Verlengbaarheid van(
            @Nullable KlokStand lopend, @Nullable Kloksoort soort, List<Zaakbehandeling.Klokgeschiedenis> klokken) {
        if (lopend == null || soort == null || !soort.isVerlengbaar()) {
            return new Verlengbaarheid(List.of(), null);
        }
        List<Klokgebeurtenis> geschiedenis = klokken.stream()
                .filter(k -> k.klok().id().equals(lopend.id()))
                .flatMap(k -> k.gebeurtenissen().stream())
                .toList();
        List<Verlengingsregel> over = soort.verlengingenOver(geschiedenis);
        Instant laatst = over.isEmpty()
                ? geschiedenis.stream()
                        .filter(g -> g.soort() == Klokgebeurtenis.Soort.VERLENGD)
                        .map(Klokgebeurtenis::op)
                        .reduce((eerste, tweede) -> tweede)
                        .orElse(null)
                : null;
        return new Verlengbaarheid(over, laatst);
    }

    public boolean isMogelijk() {
        return !regels.isEmpty();
    }
}
