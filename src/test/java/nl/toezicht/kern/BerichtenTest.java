package nl.toezicht.kern;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
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
