package nl.toezicht.zaken.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.lang.reflect.RecordComponent;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The case page reads its view record, not the aggregate: every {@code zaak.x} the case templates use is a
 * component of {@link Zaakweergave}. A template that reached for one of {@code Zaak}'s methods would fail
 * here, not as a 500 on the page.
 */
class ZaakweergaveTest {

    /** {@code ${zaak.x}} or {@code zaak.x} inside an expression; not message keys such as {@code #{zaak.titel}}. */
    private static final Pattern GEBRUIK = Pattern.compile("(?:\\$\\{|[^{\\w.'#-])zaak\\.(\\w+)");

    @Test
    void theCaseTemplatesReadOnlyWhatTheViewRecordHolds() throws IOException {
        Set<String> onderdelen = Arrays.stream(Zaakweergave.class.getRecordComponents())
                .map(RecordComponent::getName)
                .collect(Collectors.toSet());
        Set<String> gebruikt = new TreeSet<>();
        try (Stream<Path> bestanden = Files.walk(Path.of("src/main/resources/templates/zaken"))) {
            for (Path bestand :
                    bestanden.filter(p -> p.toString().endsWith(".html")).toList()) {
                Matcher m = GEBRUIK.matcher(Files.readString(bestand));
                while (m.find()) {
                    gebruikt.add(m.group(1));
                }
            }
        }
        assertThat(gebruikt).as("what the case page reads").contains("referentie", "status", "termijn", "versie");
        assertThat(onderdelen).containsAll(gebruikt);
    }

    @Test
    void theSampleIsNotFooledByMessageKeys() {
        Matcher m =
                GEBRUIK.matcher("th:text=\"#{zaak.titel(${zaak.referentie})}\" th:if=\"${a and zaak.teLaatGemeld}\"");
        Set<String> gevonden = new TreeSet<>();
        while (m.find()) {
            gevonden.add(m.group(1));
        }
        assertThat(gevonden).containsExactly("referentie", "teLaatGemeld");
    }
}
