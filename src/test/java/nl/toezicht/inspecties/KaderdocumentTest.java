package nl.toezicht.inspecties;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.UUID;
import nl.toezicht.kern.Weigering;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Importing a framework document: each bad document is refused on the JSON pointer of its problem. */
class KaderdocumentTest {

    static String goed() {
        Kaderversie v = KaderversieTest.concept();
        return tools.jackson.databind.json.JsonMapper.builder()
                .build()
                .readTree(Kaderdocument.schrijf(v))
                .toString();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            value = {
                "geen JSON                   | {\"code\":                                   | /                          | kader.document.geen-json",
                "geen object                 | [1, 2]                                        | /                          | kader.document.geen-object",
                "code met hoofdletters       | \"code\":\"test-kader\"=>\"code\":\"Test Kader\"| /code                      | kader.code.vorm",
                "onbekend veld               | \"naam\":=>\"extra\": 1, \"naam\":            | /extra                     | kader.document.veld-onbekend",
                "sector onbekend             | \"code\":=>\"sector\": \"TANDARTS\", \"code\": | /sector                    | kader.document.sector-onbekend",
                "norm zonder tekst           | \"De risico's zijn bekend.\"=>\"\"            | /themas/0/normen/0/tekst   | kader.veld.verplicht",
                "normcode dubbel             | \"2.1\"=>\"1.1\"                              | /themas/1/normen/0/code    | kader.norm.code-dubbel",
                "schaal met één stap         | SCHAAL                                        | /schaal                    | kader.schaal.aantal",
                "aandachtspunt geen tekst    | [\"profiel\"]=>[12]| /themas/0/normen/0/aandachtspunten/0 | kader.document.tekst-verwacht",
                "punten geen lijst           | \"aandachtspunten\":[\"profiel\"]=>\"aandachtspunten\":\"profiel\"| /themas/0/normen/0/aandachtspunten | kader.document.lijst-verwacht",
            })
    void refusesABadDocumentOnThePointerOfItsProblem(String naam, String wijziging, String pointer, String sleutel) {
        String document = maak(wijziging.strip());
        assertThatThrownBy(() -> Kaderdocument.lees(document))
                .isInstanceOf(Weigering.class)
                .extracting(e -> ((Weigering) e).veld(), e -> ((Weigering) e).berichtSleutel())
                .containsExactly(pointer.strip(), sleutel.strip());
    }

    private static String maak(String wijziging) {
        String goed = goed();
        if (wijziging.equals("SCHAAL")) {
            return goed.replaceAll("\"schaal\":\\[.*?\\]", "\"schaal\":[{\"code\":\"VOLDOET\",\"label\":\"Voldoet\"}]");
        }
        if (!wijziging.contains("=>")) {
            return wijziging;
        }
        String[] delen = wijziging.split("=>", 2);
        assertThat(goed).contains(delen[0]);
        return goed.replaceFirst(
                java.util.regex.Pattern.quote(delen[0]), java.util.regex.Matcher.quoteReplacement(delen[1]));
    }

    @org.junit.jupiter.api.Test
    void aGoodDocumentReadsBackAsWritten() {
        Kaderdocument.Gelezen gelezen = Kaderdocument.lees(goed());
        assertThat(gelezen.code()).isEqualTo("test-kader");
        assertThat(gelezen.inhoud()).isEqualTo(KaderversieTest.inhoud());
        assertThat(Kaderversie.concept(UUID.randomUUID(), "x-y", 1, "n", null, gelezen.inhoud(), "t", Instant.EPOCH))
                .isNotNull();
    }
}
