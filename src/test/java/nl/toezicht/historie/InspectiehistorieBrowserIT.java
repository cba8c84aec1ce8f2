package nl.toezicht.historie;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;
import nl.toezicht.Chromium;
import nl.toezicht.IntegratieTest;
import nl.toezicht.Testklok;
import nl.toezicht.historie.Importverslag.Uitkomst;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The page of an activity imported from the history (issue 14), as an inspector of its department sees it on a
 * laptop: marked as imported with a link to the report's PDF, one timeline entry, no steps offered. Screenshot:
 * {@code target/screenshots/activiteit-geimporteerd.png}.
 */
@IntegratieTest
class InspectiehistorieBrowserIT {

    @RegisterExtension
    final Chromium chromium = Chromium.opLaptop();

    @Autowired
    HistorieImport historie;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Testklok klok;

    @TempDir
    Path map;

    @Test
    void anInspectorSeesAnImportedActivityMarkedWithItsReportAndOneTimelineEntry() throws Exception {
        klok.zet("2026-06-10T10:00");
        InspectiehistorieIT.Bestand b = new InspectiehistorieIT.Bestand();
        Path bestand = Files.write(
                map.resolve(b.p + ".jsonl"),
                List.of(b.zorgaanbieder(), b.kaderversie(), b.bezoek(InspectiehistorieIT.Bestand.BEVINDINGEN, "")),
                StandardCharsets.UTF_8);
        Importverslag verslag = historie.voerUit(historie.registreer(bestand, Importopties.allesOfNiets()));
        assertThat(verslag.fouten()).isEmpty();
        assertThat(verslag.uitkomst()).isEqualTo(Uitkomst.GESLAAGD);
        UUID activiteit = jdbc.sql(
                        "select nieuw_id from historie.herkomst where soort = 'TOEZICHTACTIVITEIT' and legacy_id = ?")
                .param(b.p + "A1")
                .query(UUID.class)
                .single();

        chromium.inloggen("inspecteur.ggz");
        chromium.ga("/inspecties/activiteiten/" + activiteit);
        assertThat(chromium.browser().findElement(By.id("geimporteerd")).getText())
                .contains("Geïmporteerd uit de historie");
        assertThat(chromium.browser().findElement(By.id("geimporteerd-pdf")).getAttribute("href"))
                .endsWith("/inspecties/activiteiten/" + activiteit + "/rapport.pdf");
        List<String> tijdlijn = chromium.browser().findElements(By.cssSelector("ol.tijdlijn > li")).stream()
                .map(li -> li.getText())
                .toList();
        assertThat(tijdlijn).singleElement().satisfies(t -> assertThat(t).contains("Geïmporteerd uit de historie"));
        assertThat(chromium.browser().findElements(By.cssSelector("form.actie")))
                .isEmpty();
        assertThat(chromium.browser().findElement(By.tagName("main")).getText()).doesNotContain("Er ging iets mis");
        chromium.schermafdruk("activiteit-geimporteerd");

        // the findings as the old system had them; its hostile text shown as text
        chromium.ga("/inspecties/activiteiten/" + activiteit + "/veldwerk");
        assertThat(chromium.browser().getPageSource())
                .contains("Dubbele controle &lt;script&gt;alert(1)&lt;/script&gt;")
                .doesNotContain("<script>alert(1)</script>");
        chromium.schermafdruk("activiteit-geimporteerd-veldwerk");
    }

    /**
     * Decision 0107: a final report the old system kept without PDF reads as such on the activity and on its report
     * page, with the old reference, its case and no link to a file that is not there. Screenshots:
     * {@code target/screenshots/activiteit-zonder-pdf.png}, {@code rapport-zonder-pdf.png}.
     */
    @Test
    void aReportImportedWithoutPdfSaysSoAndLinksNoFile() throws Exception {
        klok.zet("2026-06-10T10:00");
        InspectiehistorieIT.Bestand b = new InspectiehistorieIT.Bestand();
        Path bestand = Files.write(
                map.resolve(b.p + "zonder-pdf.jsonl"),
                List.of(
                        b.zorgaanbieder(),
                        b.kaderversie(),
                        b.melding(),
                        b.zaak(),
                        b.uitZaak(
                                "A4",
                                "\"aanleiding\":\"ZAAK\",\"zaak\":\"" + b.p + "Z\",",
                                b.foto(),
                                InspectiehistorieIT.Bestand.ZONDER_PDF)),
                StandardCharsets.UTF_8);
        Importverslag verslag = historie.voerUit(historie.registreer(bestand, Importopties.allesOfNiets()));
        assertThat(verslag.fouten()).isEmpty();
        assertThat(verslag.uitkomst()).isEqualTo(Uitkomst.GESLAAGD);
        UUID activiteit = jdbc.sql(
                        "select nieuw_id from historie.herkomst where soort = 'TOEZICHTACTIVITEIT' and legacy_id = ?")
                .param(b.p + "A4")
                .query(UUID.class)
                .single();

        chromium.inloggen("inspecteur.ggz");
        chromium.ga("/inspecties/activiteiten/" + activiteit);
        assertThat(chromium.browser()
                        .findElement(By.id("geimporteerd-zonder-pdf"))
                        .getText())
                .contains("Rapport zonder PDF in het vorige systeem")
                .contains("20-06-2019")
                .contains("OUD-2019/77");
        assertThat(chromium.browser().findElements(By.id("geimporteerd-pdf"))).isEmpty();
        assertThat(chromium.browser().findElement(By.id("aanleiding-zaak")).getText())
                .startsWith("Z-");
        assertThat(chromium.browser().findElement(By.tagName("main")).getText()).doesNotContain("Er ging iets mis");
        chromium.schermafdruk("activiteit-zonder-pdf");

        chromium.ga("/inspecties/activiteiten/" + activiteit + "/rapport");
        assertThat(chromium.browser()
                        .findElement(By.id("definitief-zonder-pdf"))
                        .getText())
                .contains("Rapport zonder PDF in het vorige systeem")
                .contains("OUD-2019/77");
        assertThat(chromium.browser().findElements(By.id("rapport-pdf"))).isEmpty();
        assertThat(chromium.browser().findElements(By.id("rapport-publiceren"))).isEmpty();
        assertThat(chromium.browser().findElements(By.id("controlesom"))).isEmpty();
        chromium.schermafdruk("rapport-zonder-pdf");

        // the photo with its finding, as the old system had it
        chromium.ga("/inspecties/activiteiten/" + activiteit + "/veldwerk");
        assertThat(chromium.browser().findElement(By.tagName("main")).getText()).contains(b.p + "foto.png");
        chromium.schermafdruk("veldwerk-geimporteerde-foto");
    }
}
