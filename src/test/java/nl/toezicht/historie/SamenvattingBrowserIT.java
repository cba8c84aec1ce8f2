package nl.toezicht.historie;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
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
 * The case page of a case imported as a summary (issue 12 item 7), as an inspector of its department sees it
 * on a laptop: the marker says what the previous system kept, the timeline has its one entry, nothing offers
 * steps it never had. Screenshot: {@code target/screenshots/zaak-samenvatting.png}.
 */
@IntegratieTest
class SamenvattingBrowserIT {

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
    void anInspectorSeesASummaryMarkedWithItsFinalStateAndOneTimelineEntry() throws Exception {
        klok.zet("2026-06-10T10:00");
        String p = "B" + UUID.randomUUID().toString().substring(0, 8) + "-";
        String kvk = Integer.toString(20_000_000 + ThreadLocalRandom.current().nextInt(70_000_000));
        Path bestand = Files.write(
                map.resolve(p + ".jsonl"),
                List.of("""
                        {"type":"zorgaanbieder","id":"%sZA","naam":"Zorggroep Samenvatting","kvkNummer":"%s",\
                        "sectoren":["GGZ"],"locaties":[{"id":"%sL1","adres":"Dorpsstraat 1","postcode":"1234 AB",\
                        "plaats":"Ons Dorp","gemeente":"Ons Dorp"}]}""".formatted(p, kvk, p), """
                        {"type":"melding","id":"%sM1","bron":"BURGER","kanaal":"BRIEF","soort":"KLACHT_OF_SIGNAAL",\
                        "sector":"GGZ","zorgaanbieder":"%sZA","ontvangenOp":"2021-01-01","omschrijving":"Klacht"}""".formatted(p, p), """
                        {"type":"zaak","id":"%sZ1","meldingen":["%sM1"],"sluitreden":"DOORVERWEZEN",\
                        "samenvatting":{"geslotenOp":"2021-02-15","toelichting":"Doorverwezen naar de NZa."}}""".formatted(p, p)),
                StandardCharsets.UTF_8);
        Importverslag verslag = historie.voerUit(historie.registreer(bestand, Importopties.allesOfNiets()));
        assertThat(verslag.fouten()).isEmpty();
        assertThat(verslag.uitkomst()).isEqualTo(Uitkomst.GESLAAGD);
        UUID zaak = jdbc.sql("select nieuw_id from historie.herkomst where soort = 'ZAAK' and legacy_id = ?")
                .param(p + "Z1")
                .query(UUID.class)
                .single();

        chromium.inloggen("inspecteur.ggz");
        chromium.ga("/zaken/" + zaak);
        String marker = chromium.browser().findElement(By.id("samenvatting")).getText();
        assertThat(marker)
                .contains("Geïmporteerd zonder stappen")
                .contains("ontvangen op 01-01-2021, afgesloten op 15-02-2021 (Doorverwezen");
        List<String> tijdlijn = chromium.browser().findElements(By.cssSelector("ol.tijdlijn > li")).stream()
                .map(li -> li.getText())
                .toList();
        assertThat(tijdlijn)
                .singleElement()
                .satisfies(t -> assertThat(t).contains("Geïmporteerd als samenvatting, zonder stappen", "15-02-2021"));
        assertThat(chromium.browser().findElement(By.tagName("main")).getText()).doesNotContain("Er ging iets mis");
        chromium.browser().executeScript("document.getElementById('samenvatting').scrollIntoView()");
        chromium.schermafdruk("zaak-samenvatting");
    }
}
