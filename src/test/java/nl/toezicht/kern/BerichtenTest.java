package nl.toezicht.kern;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * Texts as people read them. A message without arguments is shown as written (no MessageFormat), so a
 * doubled apostrophe there shows doubled ("Thema''s"); one with arguments needs it doubled.
 */
class BerichtenTest {

    private static final Pattern ARGUMENT = Pattern.compile("\\{\\d");

    @Test
    void noMessageWithoutArgumentsShowsADoubledApostrophe() throws IOException {
        List<String> fout = new ArrayList<>();
        for (Resource bundel : bundels()) {
            Properties p = lees(bundel);
            p.forEach((sleutel, waarde) -> {
                String tekst = (String) waarde;
                if (!ARGUMENT.matcher(tekst).find() && tekst.contains("''")) {
                    fout.add(bundel.getFilename() + ": " + sleutel + "=" + tekst);
                }
            });
        }
        assertThat(fout).isEmpty();
    }

    @Test
    void theSameValueHasOneNameOnEveryPage() throws IOException {
        Properties nl = new Properties();
        for (Resource bundel : bundels()) {
            String naam = bundel.getFilename();
            if (naam != null && !naam.contains("_")) {
                nl.putAll(lees(bundel));
            }
        }
        assertThat(nl.getProperty("meldingsoort.OVERIG")).isEqualTo(nl.getProperty("zaken.soort.OVERIG"));
        assertThat(nl.getProperty("lijst.niet-gekoppeld")).isEqualTo(nl.getProperty("werkbak.onbekende-zorgaanbieder"));
        assertThat(nl.getProperty("detail.themas")).isEqualTo("Thema's");
    }

    /**
     * Texts that leave the building as Dutch documents, whatever the reader's language: letters and the
     * e-mails they go with are composed in Dutch only (the Dutch locale is fixed where they are made).
     */
    private static final List<String> ALLEEN_NEDERLANDS = List.of(
            "zaakbrief.", // zaken.Zaakbrieven
            "bericht.mail.", // berichten.Mailopmaak.TAAL
            "maatregel.brief.", // handhaving.Handhaving.NEDERLANDS
            "maatregel.mail.");

    @Test
    void everyDutchMessageHasAnEnglishOneInTheSameModulesBundle() throws IOException {
        Map<String, Resource> perNaam = new TreeMap<>();
        for (Resource bundel : bundels()) {
            perNaam.put(bundel.getFilename(), bundel);
        }
        List<String> fout = new ArrayList<>();
        int nederlands = 0;
        for (Map.Entry<String, Resource> bundel : perNaam.entrySet()) {
            String naam = bundel.getKey();
            if (naam.contains("_")) {
                continue;
            }
            nederlands++;
            Resource engels = perNaam.get(naam.replace(".properties", "_en.properties"));
            if (engels == null) {
                fout.add(naam + ": no English bundle");
                continue;
            }
            Properties nl = lees(bundel.getValue());
            Properties en = lees(engels);
            for (String sleutel : nl.stringPropertyNames()) {
                if (!en.containsKey(sleutel) && ALLEEN_NEDERLANDS.stream().noneMatch(sleutel::startsWith)) {
                    fout.add(naam + ": " + sleutel);
                }
            }
        }
        assertThat(nederlands).as("Dutch bundles").isGreaterThan(10);
        assertThat(fout).as("Dutch messages without their English").isEmpty();
    }

    private static Resource[] bundels() throws IOException {
        PathMatchingResourcePatternResolver zoeker = new PathMatchingResourcePatternResolver();
        List<Resource> alle = new ArrayList<>(List.of(zoeker.getResources("classpath*:messages*.properties")));
        alle.addAll(List.of(zoeker.getResources("classpath*:i18n/*.properties")));
        assertThat(alle).hasSizeGreaterThan(4);
        return alle.toArray(Resource[]::new);
    }

    private static Properties lees(Resource bundel) throws IOException {
        Properties p = new Properties();
        try (InputStream in = bundel.getInputStream()) {
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return p;
    }
}
