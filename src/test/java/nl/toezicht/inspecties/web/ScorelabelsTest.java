package nl.toezicht.inspecties.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import nl.toezicht.inspecties.Kaderinhoud;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.context.support.ResourceBundleMessageSource;

class ScorelabelsTest {

    private final Scorelabels scores = new Scorelabels(berichten());

    private static ResourceBundleMessageSource berichten() {
        ResourceBundleMessageSource bron = new ResourceBundleMessageSource();
        bron.setBasenames("i18n/inspecties");
        bron.setDefaultEncoding("UTF-8");
        bron.setFallbackToSystemLocale(false);
        return bron;
    }

    @AfterEach
    void terug() {
        LocaleContextHolder.resetLocaleContext();
    }

    @Test
    void theFourStepScaleIsShownInTheReadersLanguage() {
        Kaderinhoud inhoud = new Kaderinhoud("demo", Kaderinhoud.VIER_STAPPEN, List.of());
        LocaleContextHolder.setLocale(Locale.ENGLISH);
        assertThat(Kaderinhoud.VIER_STAPPEN.stream().map(scores::label))
                .containsExactly("Meets", "Largely meets", "Largely does not meet", "Does not meet");
        assertThat(scores.label(inhoud, "VOLDOET_GROTENDEELS_NIET")).isEqualTo("Largely does not meet");
        assertThat(scores.label(inhoud, null)).isEqualTo("—");
        LocaleContextHolder.setLocale(Locale.forLanguageTag("nl"));
        assertThat(scores.label(inhoud, "VOLDOET_GROTENDEELS")).isEqualTo("Voldoet grotendeels");
    }

    @Test
    void aLabelTheFrameworkWroteItselfStaysItsOwnTextAndAnUnknownCodeStaysTheCode() {
        Kaderinhoud inhoud = new Kaderinhoud(
                "eigen schaal",
                List.of(new Kaderinhoud.Schaalstap("VOLDOET", "Op orde"), new Kaderinhoud.Schaalstap("ZWAK", "Zwak")),
                List.of());
        LocaleContextHolder.setLocale(Locale.ENGLISH);
        assertThat(scores.label(inhoud, "VOLDOET")).isEqualTo("Op orde");
        assertThat(scores.label(inhoud, "ZWAK")).isEqualTo("Zwak");
        assertThat(scores.label(inhoud, "ONBEKEND")).isEqualTo("ONBEKEND");
    }
}
