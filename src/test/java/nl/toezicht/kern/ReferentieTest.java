package nl.toezicht.kern;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class ReferentieTest {

    @Test
    void aReferenceIsTheLetterTheYearAndTheNumberInAtLeastSixDigits() {
        assertThat(Referentie.formatteer('M', 2026, 123)).isEqualTo("M-2026-000123");
        assertThat(Referentie.formatteer('Z', 2025, 4711)).isEqualTo("Z-2025-004711");
        assertThat(Referentie.formatteer('M', 2026, 999_999)).isEqualTo("M-2026-999999");
        assertThat(Referentie.formatteer('Z', 2027, 12_345_678)).isEqualTo("Z-2027-12345678");
        assertThat(Referentie.formatteer('M', 2026, 0)).isEqualTo("M-2026-000000");
    }

    @Test
    void aNegativeNumberIsNoReference() {
        assertThatThrownBy(() -> Referentie.formatteer('M', 2026, -1)).isInstanceOf(IllegalArgumentException.class);
    }
}
