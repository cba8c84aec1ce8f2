package nl.toezicht.cijfers;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.List;
import nl.toezicht.Chromium;
import nl.toezicht.IntegratieTest;
import nl.toezicht.kern.Zorgsector;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The figures workflow on pages (issue 13, item 12), as two people do it in two browsers: the analyst draws
 * up a year and runs the checks, an administrator approves it; the one who drew a version up cannot approve
 * it (four eyes, the same refusal as the API); a later version shows the cells changed since the approved
 * one (old → new); a failed check lists its findings, each linked to the cell it concerns; and the running
 * year cannot be approved. Screenshots: {@code target/screenshots/vaststelling-*.png}.
 */
@IntegratieTest
class VaststellingBrowserIT {

    @RegisterExtension
    final Chromium analist = Chromium.opLaptop();

    /** Years no other test approves or drafts. */
    static final int JAAR = 2008;

    static final int JAAR_BEVINDING = 2007;

    @Autowired
    Cijferdata data;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Cijferdienst dienst;

    private static String tekst(Chromium c) {
        return c.browser().findElement(By.tagName("main")).getText();
    }

    private static void klik(Chromium c, String id) {
        c.browser().findElement(By.id(id)).click();
        c.wacht().until(ExpectedConditions.presenceOfElementLocated(By.id("versiestatus")));
    }

    private static String status(Chromium c) {
        return c.browser().findElement(By.id("versiestatus")).getText();
    }

    @Test
    void theAnalystDraftsAYearAndASecondPersonApprovesItTheDrafterCannot() throws IOException {
        data.meldingen(JAAR, Zorgsector.GGZ, "OVERIG", 3, 41);
        analist.inloggen("analist");

        // the analyst starts on the figures page: a link to the workflow
        analist.ga("/cijfers");
        analist.browser().findElement(By.id("naar-vaststelling")).click();
        analist.wacht().until(ExpectedConditions.urlContains("/cijfers/vaststelling"));
        analist.ga("/cijfers/vaststelling?jaar=" + JAAR);
        assertThat(tekst(analist)).contains("Vaststelling cijfers " + JAAR);

        // draft, then the checks
        analist.browser().findElement(By.id("concept-opstellen")).click();
        analist.wacht().until(ExpectedConditions.presenceOfElementLocated(By.id("versiestatus")));
        assertThat(status(analist)).isEqualTo("Concept");
        assertThat(tekst(analist))
                .contains("Er is nog geen eerder vastgestelde versie van " + JAAR)
                .contains("Ontvangen meldingen per zorgsector – " + JAAR);
        String adres = analist.browser().getCurrentUrl();
        int versie = Integer.parseInt(adres.substring(adres.lastIndexOf('/') + 1));
        // the preview shows the published text of the GGZ row: 41 rounds to 40
        assertThat(analist.browser()
                        .findElement(By.id("cel-ontvangen-meldingen-" + rij("GGZ") + "-0"))
                        .getText())
                .isEqualTo("40");
        klik(analist, "controleren");
        assertThat(status(analist)).isEqualTo("Gecontroleerd");
        // the analyst has no right to approve: no button, a line that it waits for someone else
        assertThat(analist.browser().findElements(By.id("vaststellen"))).isEmpty();
        assertThat(tekst(analist)).contains("wachten op vaststelling door een beheerder");
        analist.schermafdruk("vaststelling-gecontroleerd");

        // a second person approves
        Chromium beheerder = analist.tweede();
        beheerder.inloggen("beheerder");
        beheerder.ga("/cijfers/vaststelling?jaar=" + JAAR);
        beheerder.browser().findElement(By.linkText("Versie " + versie)).click();
        klik(beheerder, "vaststellen");
        assertThat(status(beheerder)).isEqualTo("Vastgesteld");
        assertThat(tekst(beheerder))
                .contains("Cijfers " + JAAR + " versie " + versie + " zijn vastgesteld en openbaar");
        assertThat(dienst.versie(JAAR, null).vastgesteldDoor()).isEqualTo("beheerder");
        assertThat(dienst.versie(JAAR, null).opgesteldDoor()).isEqualTo("analist");
        beheerder.schermafdruk("vaststelling-vastgesteld");

        // a late correction: the administrator draws up a new version himself, and may not approve it
        data.meldingen(JAAR, Zorgsector.GGZ, "OVERIG", 4, 30);
        beheerder.ga("/cijfers/vaststelling?jaar=" + JAAR);
        beheerder.browser().findElement(By.id("concept-opstellen")).click();
        beheerder.wacht().until(ExpectedConditions.presenceOfElementLocated(By.id("versiestatus")));
        // the difference from the approved version: old → new, per cell
        WebElement wijzigingen = beheerder.browser().findElement(By.id("wijzigingen"));
        assertThat(wijzigingen.getText())
                .contains("Gewijzigd sinds versie " + versie)
                .contains("GGZ")
                .contains("Ontvangen " + JAAR);
        List<String> ggz = wijzigingen.findElements(By.cssSelector("tbody tr")).stream()
                .map(WebElement::getText)
                .filter(r -> r.contains("GGZ") && r.contains("Ontvangen " + JAAR) && !r.contains("Waarvan"))
                .toList();
        assertThat(ggz).hasSize(1);
        assertThat(ggz.get(0)).endsWith("40 70");
        klik(beheerder, "controleren");
        klik(beheerder, "vaststellen");
        String nieuw = beheerder.browser().getCurrentUrl();
        int tweede = Integer.parseInt(nieuw.substring(nieuw.lastIndexOf('/') + 1));
        assertThat(beheerder
                        .browser()
                        .findElement(By.cssSelector(".foutsamenvatting"))
                        .getText())
                .contains("U heeft cijfers " + JAAR + " versie " + tweede
                        + " zelf opgesteld: een ander stelt ze vast (vier ogen).");
        assertThat(status(beheerder)).isEqualTo("Gecontroleerd");
        beheerder.schermafdruk("vaststelling-vier-ogen");
        // the public still reads the first approved version
        assertThat(dienst.versie(JAAR, null).versie()).isEqualTo(versie);
    }

    @Test
    void aFailedCheckLinksItsFindingsToTheCellsAndTheRunningYearCannotBeApproved() throws IOException {
        analist.inloggen("analist");
        analist.ga("/cijfers/vaststelling?jaar=" + JAAR_BEVINDING);
        analist.browser().findElement(By.id("concept-opstellen")).click();
        analist.wacht().until(ExpectedConditions.presenceOfElementLocated(By.id("versiestatus")));
        String adres = analist.browser().getCurrentUrl();
        int versie = Integer.parseInt(adres.substring(adres.lastIndexOf('/') + 1));
        // tamper with the draft (drafts are not frozen): an "of which" above its total
        String inhoud = jdbc.sql("select inhoud from cijfers.vaststelling where jaar = ? and versie = ?")
                .params(JAAR_BEVINDING, versie)
                .query(String.class)
                .single();
        String cel = "{\"grootheid\":\"ONTVANGEN_CALAMITEIT\",\"sector\":\"JEUGD\",\"jaar\":" + JAAR_BEVINDING
                + ",\"waarde\":";
        String fout = inhoud.replaceFirst(java.util.regex.Pattern.quote(cel + "0,"), cel + "7,");
        assertThat(fout).isNotEqualTo(inhoud);
        jdbc.sql("update cijfers.vaststelling set inhoud = ?, checksum = ? where jaar = ? and versie = ?")
                .params(fout, Vaststelling.sha256(fout), JAAR_BEVINDING, versie)
                .update();

        klik(analist, "controleren");
        assertThat(status(analist)).isEqualTo("Concept");
        assertThat(analist.browser()
                        .findElement(By.cssSelector(".foutsamenvatting"))
                        .getText())
                .contains("controle(s) mislukt");
        WebElement bevinding = analist.browser()
                .findElement(By.partialLinkText("rij 'Jeugd', kolom 'Waarvan calamiteit " + JAAR_BEVINDING + "'"));
        String doel = bevinding.getAttribute("href");
        String celId = doel.substring(doel.indexOf('#') + 1);
        WebElement gemarkeerd = analist.browser().findElement(By.id(celId));
        assertThat(gemarkeerd.getAttribute("class")).contains("bevinding");
        // the cell is the Jeugd row's "of which calamity" of the year itself (the fourth column: 3 years of received)
        assertThat(celId).isEqualTo("cel-ontvangen-meldingen-" + rij("JEUGD") + "-3");
        bevinding.click();
        analist.schermafdruk("vaststelling-bevindingen");

        // the running year: drawn up and checked, but approval is refused in Dutch
        int lopend = dienst.lopendJaar();
        analist.ga("/cijfers/vaststelling?jaar=" + lopend);
        assertThat(tekst(analist)).contains("Het jaar " + lopend + " is nog niet voorbij");
        analist.browser().findElement(By.id("concept-opstellen")).click();
        analist.wacht().until(ExpectedConditions.presenceOfElementLocated(By.id("versiestatus")));
        klik(analist, "controleren");
        Chromium beheerder = analist.tweede();
        beheerder.inloggen("beheerder");
        beheerder.ga(analist.browser().getCurrentUrl().replace(beheerder.url(""), ""));
        klik(beheerder, "vaststellen");
        assertThat(beheerder
                        .browser()
                        .findElement(By.cssSelector(".foutsamenvatting"))
                        .getText())
                .contains("kunnen nog niet worden vastgesteld: het jaar " + lopend + " is nog niet voorbij.");
        assertThat(status(beheerder)).isEqualTo("Gecontroleerd");
    }

    /** The row of a sector in a table by sector: the sectors in their order, then the total. */
    private static int rij(String sector) {
        return Zorgsector.valueOf(sector).ordinal();
    }
}
