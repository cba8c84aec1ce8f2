package nl.toezicht.cijfers;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class OpenbaarmakingsregelsTest {

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "0|0",
                "1|<5",
                "4|<5",
                "5|10",
                "14|10",
                "15|20",
                "24|20",
                "25|30",
                "45|50",
                "1005|1.010",
                "15455|15.460",
                "15460|15.460",
                "1234567|1.234.570"
            })
    void roundsToTensHalfUpShowsSmallCountsAsLessThanFiveAndFormatsDutch(long aantal, String tekst) {
        assertThat(Openbaarmakingsregels.standaard().tekst(aantal)).isEqualTo(tekst);
    }

    @ParameterizedTest
    @CsvSource({"0,0", "4,4", "5,5", "14,14", "1005,1.005"})
    void withoutRoundingOrThresholdShowsTheExactCount(long aantal, String tekst) {
        assertThat(new Openbaarmakingsregels("EXACT", 1, 1, false).tekst(aantal))
                .isEqualTo(tekst);
    }
}
