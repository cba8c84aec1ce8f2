package nl.toezicht.toegang;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import nl.toezicht.IntegratieTest;
import nl.toezicht.Sessie;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.MessageSource;

/**
 * The role → rights table as documented and as the administrator sees it: docs/toegang.md holds exactly
 * the table the application runs with, and {@code /beheer/rechten} shows it.
 */
@IntegratieTest
class RechtenIT {

    static final Path DOCUMENTATIE = Path.of("docs/toegang.md");
    static final String BEGIN = "<!-- rechten:begin";
    static final String EINDE = "<!-- rechten:einde -->";

    @Autowired
    Rechtentabel tabel;

    @Autowired
    MessageSource berichten;

    @LocalServerPort
    int port;

    /** The table in Markdown: a row per right, a column per role, and its Dutch description. */
    String alsMarkdown() {
        StringBuilder md = new StringBuilder("| recht |");
        for (Rol rol : Rol.values()) {
            md.append(' ').append(rol.name()).append(" |");
        }
        md.append(" omschrijving |\n|---|");
        md.append("---|".repeat(Rol.values().length)).append("---|\n");
        for (Recht recht : tabel.rechten()) {
            md.append("| `").append(recht.code()).append("` |");
            for (Rol rol : Rol.values()) {
                md.append(tabel.heeft(rol, recht) ? " ✓ |" : "  |");
            }
            md.append(' ')
                    .append(berichten.getMessage(recht.omschrijvingssleutel(), null, Locale.forLanguageTag("nl")))
                    .append(" |\n");
        }
        return md.toString();
    }

    @Test
    void theDocumentationShowsExactlyTheTableTheApplicationRunsWith() throws IOException {
        String tabelMd = alsMarkdown();
        Path gemaakt = Path.of("target/rechten.md");
        Files.createDirectories(gemaakt.getParent());
        Files.writeString(gemaakt, tabelMd, StandardCharsets.UTF_8);

        String doc = Files.readString(DOCUMENTATIE, StandardCharsets.UTF_8);
        int begin = doc.indexOf(BEGIN);
        int einde = doc.indexOf(EINDE);
        assertThat(begin)
                .as("docs/toegang.md has the markers of the rights table")
                .isNotNegative();
        assertThat(einde).isGreaterThan(begin);
        String gedocumenteerd = doc.substring(doc.indexOf('\n', begin) + 1, einde);
        assertThat(gedocumenteerd)
                .as("docs/toegang.md differs from toegang/rechten.yaml: copy target/rechten.md between the markers")
                .isEqualTo(tabelMd);
    }

    @Test
    void theAdministratorSeesEveryRightWithItsDescriptionAndWhichRolesHaveIt() {
        String pagina = Sessie.op(port).als("beheerder").get("/beheer/rechten").tekst();

        for (Recht recht : tabel.rechten()) {
            assertThat(pagina).contains("id=\"recht-" + recht.code() + "\"");
        }
        assertThat(pagina).contains("Een melding bij een andere zaak voegen").contains("Privacyfunctionaris");
        String samenvoegen = rij(pagina, "zaken.samenvoegen");
        assertThat(cel(samenvoegen, "INTAKE")).isEqualTo("ja");
        assertThat(cel(samenvoegen, "BEHEERDER")).isEqualTo("ja");
        assertThat(cel(samenvoegen, "ANALIST")).isEqualTo("nee");
    }

    /** Whether a row's cell of a role says yes or no (its class). */
    private static String cel(String rij, String rol) {
        java.util.regex.Matcher td = java.util.regex.Pattern.compile("<td([^>]*)data-rol=\"" + rol + "\"([^>]*)>")
                .matcher(rij);
        assertThat(td.find()).as("a cell for " + rol).isTrue();
        java.util.regex.Matcher klasse =
                java.util.regex.Pattern.compile("class=\"(ja|nee)\"").matcher(td.group(1) + td.group(2));
        assertThat(klasse.find()).isTrue();
        return klasse.group(1);
    }

    private static String rij(String pagina, String code) {
        int begin = pagina.indexOf("id=\"recht-" + code + "\"");
        return pagina.substring(begin, pagina.indexOf("</tr>", begin));
    }
}
