package nl.toezicht.kern;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ZoektermTest {

    @Test
    void aPartOfANameIsTakenLiterallyByLikeAndBlankMeansNoCondition() {
        assertThat(Zoekterm.deelpatroon("  Zorg BV ")).isEqualTo("Zorg BV");
        assertThat(Zoekterm.deelpatroon("100%_zorg\\x")).isEqualTo("100\\%\\_zorg\\\\x");
        assertThat(Zoekterm.deelpatroon("   ")).isNull();
        assertThat(Zoekterm.deelpatroon(null)).isNull();
    }
}
