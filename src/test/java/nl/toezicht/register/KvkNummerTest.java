package nl.toezicht.register;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import nl.toezicht.kern.Weigering;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class KvkNummerTest {

    @Test
    void eightDigitsAreAKvkNumberAndSurroundingSpacesAreForgiven() {
        assertThat(KvkNummer.van("12345678").waarde()).isEqualTo("12345678");
        assertThat(KvkNummer.van(" 01234567 ").waarde()).isEqualTo("01234567");
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"1234567", "123456789", "1234 5678", "1234567a", "00000000", "１２３４５６７８"})
    void anythingElseIsRefusedOnTheKvkField(String tekst) {
        assertThatThrownBy(() -> KvkNummer.van(tekst))
                .isInstanceOf(Weigering.class)
                .satisfies(e -> {
                    Weigering w = (Weigering) e;
                    assertThat(w.veld()).isEqualTo("kvkNummer");
                    assertThat(w.berichtSleutel()).isEqualTo("zorgaanbieder.kvk.ongeldig");
                });
        assertThat(KvkNummer.isGeldig(tekst)).isFalse();
    }
}
