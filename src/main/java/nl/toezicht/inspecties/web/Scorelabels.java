package nl.toezicht.inspecties.web;

import nl.toezicht.inspecties.Kaderinhoud;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * The labels of a framework's scale as the fieldwork and report pages show them ({@code @scores} in the
 * templates): a step of the inspectorate's four-step scale that carries its standard Dutch label is shown in the
 * reader's language ({@code score.standaard.*}); a label the framework wrote itself is its own text in every
 * language, as before.
 */
@Component("scores")
public class Scorelabels {

    private final MessageSource berichten;

    Scorelabels(MessageSource berichten) {
        this.berichten = berichten;
    }

    /** The label of a step of the scale. */
    public String label(Kaderinhoud.Schaalstap stap) {
        return inTaal(stap.code(), stap.label());
    }

    /** The label of a score on this framework's scale; the code for one not on it, a dash for none. */
    public String label(Kaderinhoud inhoud, @Nullable String code) {
        String eigen = inhoud.label(code);
        return code == null ? eigen : inTaal(code, eigen);
    }

    private String inTaal(String code, String eigen) {
        boolean standaard = Kaderinhoud.VIER_STAPPEN.stream()
                .anyMatch(s -> s.code().equals(code) && s.label().equals(eigen));
        if (!standaard) {
            return eigen;
        }
        String vertaald = berichten.getMessage("score.standaard." + code, null, eigen, LocaleContextHolder.getLocale());
        return vertaald == null ? eigen : vertaald;
    }
}
