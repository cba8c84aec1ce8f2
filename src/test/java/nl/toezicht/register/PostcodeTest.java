package nl.toezicht.register;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import nl.toezicht.kern.Weigering;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class PostcodeTest {

    @ParameterizedTest
    @ValueSource(strings = {"1234AB", "1234ab", "1234 ab", "1234 AB", " 1234aB "})
    void theWaysPeopleTypeAPostcodeAreStoredInOneForm(String tekst) {
        assertThat(Postcode.van(tekst).waarde()).isEqualTo("1234AB");
        assertThat(Postcode.isGeldig(tekst)).isTrue();
    }

    @Test
    void isShownAsOnAnEnvelope() {
        assertThat(Postcode.van("9711lv").weergave()).isEqualTo("9711 LV");
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(
            strings = {"0123AB", "123AB", "12345AB", "1234A", "1234 A B", "1234  AB", "AB1234", "1234-AB", "1234ÄB"})
    void otherTextIsRefused(String tekst) {
        assertThatThrownBy(() -> Postcode.van(tekst))
                .isInstanceOf(Weigering.class)
                .hasMessage("zorgaanbieder.postcode.ongeldig");
        assertThat(Postcode.isGeldig(tekst)).isFalse();
    }

    @Test
    void theStoredFormIsCheckedToo() {
        assertThatThrownBy(() -> new Postcode("1234 ab")).isInstanceOf(Weigering.class);
    }
}
