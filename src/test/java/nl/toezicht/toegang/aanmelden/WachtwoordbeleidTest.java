package nl.toezicht.toegang.aanmelden;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class WachtwoordbeleidTest {

    private final Wachtwoordbeleid beleid = new Wachtwoordbeleid();

    @Test
    void theBundledListHoldsTheThirtyThousandMostCommonPasswords() {
        assertThat(beleid.aantalVeelgebruikte()).isGreaterThan(29_000);
    }

    @Test
    void twelveCharactersOfAnyKindAreEnoughWithoutCompositionRules() {
        assertThat(beleid.overtredingen("paardbatterij", "iris")).isEmpty();
        assertThat(beleid.overtredingen("één twee drie", "iris")).isEmpty();
    }

    @Test
    void elevenCharactersAreTooShortCountingCharactersNotBytes() {
        assertThat(beleid.overtredingen("paardbatter", "iris")).containsExactly("wachtwoord.te-kort");
        assertThat(beleid.overtredingen("ééééééééééé", "iris")).containsExactly("wachtwoord.te-kort");
    }

    @Test
    void longPassphrasesUpTo128CharactersAreAllowed() {
        assertThat(beleid.overtredingen("a lange zin ".repeat(6) + "vol woorden", "iris"))
                .isEmpty();
        assertThat(beleid.overtredingen("x".repeat(128), "iris")).isEmpty();
        assertThat(beleid.overtredingen("x".repeat(129), "iris")).containsExactly("wachtwoord.te-lang");
    }

    @Test
    void aCommonPasswordIsRefusedWhateverItsCase() {
        assertThat(beleid.overtredingen("qwertyuiop123", "iris")).containsExactly("wachtwoord.veelgebruikt");
        assertThat(beleid.overtredingen("QwertyUIOP123", "iris")).containsExactly("wachtwoord.veelgebruikt");
    }

    @Test
    void wordsOfThisContextAreRefused() {
        assertThat(beleid.overtredingen("mijn-toezicht-2026", "iris")).containsExactly("wachtwoord.contextwoord");
        assertThat(beleid.overtredingen("inspecteur.ggz-rocks", "inspecteur.ggz"))
                .containsExactly("wachtwoord.contextwoord");
    }
}
