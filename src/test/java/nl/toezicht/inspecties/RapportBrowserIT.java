package nl.toezicht.inspecties;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HexFormat;
import java.util.UUID;
import nl.toezicht.Chromium;
import nl.toezicht.IntegratieTest;
import nl.toezicht.Pdf;
import nl.toezicht.Testklok;
import nl.toezicht.register.Register;
import nl.toezicht.register.Registertestdata;
import nl.toezicht.register.Zorgaanbiederlader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * In a real browser, after the fieldwork: the lead inspector drafts and edits the report and offers it; trying to
 * approve it herself is refused; a second inspector approves it; the provider reads it in the portal and gives
 * its view with a document; the lead makes it final (its checksum shown and checked); the check finds a BSN in
 * the processing of the view, an override without a reason is refused, the lead corrects the public version and
 * releases it; after the waiting period (test clock) the public page offers that PDF, read back here, and the
 * public search finds it. Screenshots in {@code target/screenshots/rapport-*.png}.
 */
@IntegratieTest
class RapportBrowserIT {

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Planning planning;

    @Autowired
    Register register;

    @Autowired
    Zorgaanbiederlader lader;

    @Autowired
    TransactionTemplate transacties;

    @Autowired
    Testklok klok;

    @Autowired
    Openbaarmaking openbaarmaking;

    @RegisterExtension
    final Chromium chromium = Chromium.standaard();

    @Test
    void draftReviewViewFinalAndPublished() throws Exception {
        new Registertestdata(lader, transacties, klok).demoZorgaanbieder();
        Rapportfixtures fixtures = new Rapportfixtures(port, jdbc, register, planning.vandaag());
        UUID demo = fixtures.demo();
        UUID id = fixtures.veldwerkAfgerond(demo, "Het risicoprofiel is per cliënt bekend en besproken.");
        ChromeDriver browser = chromium.browser();
        WebDriverWait wacht = chromium.wacht();

        // the lead inspector drafts the report from the findings and edits it
        chromium.inloggen("inspecteur.ggz");
        chromium.ga("/inspecties/activiteiten/" + id);
        browser.findElement(By.id("naar-rapport")).click();
        wacht.until(ExpectedConditions.presenceOfElementLocated(By.id("rapport-opstellen")))
                .click();
        wacht.until(ExpectedConditions.presenceOfElementLocated(By.id("tekst-1.1")));
        assertThat(browser.findElement(By.id("tekst-1.1")).getAttribute("value"))
                .isEqualTo("Het risicoprofiel is per cliënt bekend en besproken.");
        browser.findElement(By.id("tekst-1.2")).clear();
        browser.findElement(By.id("tekst-1.2"))
                .sendKeys("Incidenten worden niet gemeld. De zorgaanbieder moet een meldprocedure invoeren.");
        browser.findElement(By.id("rapport-bewaar")).click();
        wacht.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".melding-goed")));
        assertThat(browser.findElement(By.id("tekst-1.2")).getAttribute("value"))
                .contains("meldprocedure invoeren");
        chromium.schermafdruk("rapport-concept");
        browser.findElement(By.id("rapport-aanbieden")).click();
        wacht.until(ExpectedConditions.textToBe(By.id("activiteitstatus"), "Rapport ter beoordeling"));
        // she holds the review right too, but not for her own report: no buttons, a colleague reviews it
        assertThat(browser.findElements(By.id("rapport-goedkeuren"))).isEmpty();
        assertThat(browser.findElement(By.id("zelf-aangeboden")).getText()).contains("vier ogen");
        chromium.schermafdruk("rapport-vier-ogen");

        // a second inspector approves: the provider's term starts
        chromium.inloggen("inspecteur");
        chromium.ga("/inspecties/activiteiten/" + id + "/rapport");
        browser.findElement(By.id("rapport-goedkeuren")).click();
        wacht.until(ExpectedConditions.textToBe(By.id("activiteitstatus"), "Zienswijze gevraagd"));
        assertThat(browser.findElement(By.id("zienswijze-uiterlijk")).getText())
                .startsWith("Termijn voor de zienswijze");

        // another provider's report, sent to it the same day: the demo provider cannot open it in its portal
        UUID andere = UUID.fromString(nl.toezicht.Api.op(port)
                .als("intake")
                .postJson("/api/v1/zorgaanbieders", nl.toezicht.Autorisatiematrix.zorgaanbiederJson())
                .json()
                .get("id")
                .asString());
        UUID vanAnder = fixtures.naarZorgaanbieder(andere, "Het rapport van een andere zorgaanbieder.");

        // the provider reads it in the portal and gives its view with a document
        chromium.inloggen("zorgaanbieder");
        chromium.ga("/mijn-rapporten/" + vanAnder);
        assertThat(browser.getTitle()).contains("Pagina niet gevonden");
        assertThat(chromium.hoofd()).doesNotContain(fixtures.referentie(vanAnder), "andere zorgaanbieder");
        chromium.schermafdruk("rapport-van-een-ander");
        chromium.ga("/mijn-rapporten");
        assertThat(chromium.hoofd()).contains(fixtures.referentie(id)).doesNotContain(fixtures.referentie(vanAnder));
        chromium.ga("/mijn-meldingen");
        browser.findElement(By.id("naar-mijn-rapporten")).click();
        wacht.until(ExpectedConditions.presenceOfElementLocated(By.linkText(fixtures.referentie(id))))
                .click();
        wacht.until(ExpectedConditions.presenceOfElementLocated(By.id("zienswijze")));
        browser.findElement(By.id("zienswijze"))
                .sendKeys("Wij hebben inmiddels een meldprocedure ingevoerd; zie de bijlage.");
        Path bijlage = Files.createTempFile("meldprocedure", ".pdf");
        Files.write(bijlage, bytes("/mijn-rapporten/" + id + "/rapport.pdf"));
        chromium.schermafdruk("rapport-portaal");
        browser.findElement(By.id("bijlagen")).sendKeys(bijlage.toAbsolutePath().toString());
        browser.findElement(By.id("zienswijze-versturen")).click();
        wacht.until(ExpectedConditions.presenceOfElementLocated(By.id("gegeven")));
        assertThat(browser.findElement(By.id("status")).getText()).isEqualTo("Zienswijze ontvangen");
        chromium.schermafdruk("rapport-zienswijze-gegeven");

        // the lead processes the view and makes the report final: its checksum shown and checked
        chromium.inloggen("inspecteur.ggz");
        chromium.ga("/inspecties/activiteiten/" + id + "/rapport");
        assertThat(browser.findElement(By.id("zienswijze-tekst")).getText()).contains("meldprocedure ingevoerd");
        // the view processed point by point: a point not taken over needs a reason (refused on its field, kept)
        browser.findElement(By.id("punt")).sendKeys("Het oordeel over norm 1.2 moet worden herzien.");
        browser.findElement(By.id("overgenomen-nee")).click();
        browser.findElement(By.id("punt-toevoegen-knop")).click();
        wacht.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".foutsamenvatting")));
        assertThat(browser.findElement(By.cssSelector(".foutsamenvatting")).getText())
                .contains("Geef aan waarom de inspectie dit punt niet overneemt.");
        assertThat(browser.findElement(By.id("punt")).getAttribute("value"))
                .isEqualTo("Het oordeel over norm 1.2 moet worden herzien.");
        assertThat(browser.findElement(By.id("overgenomen-nee")).isSelected()).isTrue();
        chromium.schermafdruk("rapport-punt-zonder-reden");
        browser.findElement(By.id("punt-reden"))
                .sendKeys("De meldprocedure is nieuw; of zij werkt, ziet de inspectie bij de hercontrole.");
        browser.findElement(By.id("punt-toevoegen-knop")).click();
        wacht.until(ExpectedConditions.presenceOfElementLocated(By.id("punt-1")));
        browser.findElement(By.id("punt")).sendKeys("Er is inmiddels een meldprocedure ingevoerd.");
        browser.findElement(By.id("punt-toevoegen-knop")).click();
        wacht.until(ExpectedConditions.presenceOfElementLocated(By.id("punt-2")));
        assertThat(browser.findElement(By.id("punten")).getText())
                .contains("Het oordeel over norm 1.2 moet worden herzien.", "Nee", "bij de hercontrole", "Ja");
        chromium.schermafdruk("rapport-verwerking-punten");
        // the processing names the client's BSN: the check finds it only now, in the final report
        browser.findElement(By.id("verwerking"))
                .sendKeys("Overgenomen: de meldprocedure is ingevoerd. Het oordeel over norm 1.2 blijft."
                        + " Zie het dossier van cliënt 111 222 333.");
        browser.findElement(By.id("rapport-vaststellen")).click();
        wacht.until(ExpectedConditions.textToBe(By.id("activiteitstatus"), "Rapport definitief"));
        String sha = browser.findElement(By.id("controlesom")).getText();
        assertThat(sha).matches("[0-9a-f]{64}");
        browser.findElement(By.id("rapport-controleren")).click();
        wacht.until(ExpectedConditions.presenceOfElementLocated(By.id("controle")));
        assertThat(browser.findElement(By.id("controle")).getText())
                .isEqualTo("De opgeslagen PDF komt overeen met de controlesom.");
        chromium.schermafdruk("rapport-definitief");
        assertThat(browser.findElement(By.id("vondsten")).getText()).contains("*****2333");
        assertThat(browser.findElements(By.id("rapport-publiceren"))).isEmpty();
        // releasing anyway without a reason is refused on the field
        browser.findElement(By.id("rapport-afwijken")).click();
        wacht.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".foutsamenvatting")));
        assertThat(browser.findElement(By.cssSelector(".foutsamenvatting")).getText())
                .contains("Vul de reden in waarom het rapport toch openbaar mag.");
        chromium.schermafdruk("rapport-afwijking-zonder-reden");
        // the lead corrects the public version instead; the final PDF stays as archived
        browser.findElement(By.id("openbaar-verwerking")).clear();
        browser.findElement(By.id("openbaar-verwerking"))
                .sendKeys("Overgenomen: de meldprocedure is ingevoerd. Het oordeel over norm 1.2 blijft.");
        browser.findElement(By.id("openbare-versie-bewaar")).click();
        wacht.until(ExpectedConditions.presenceOfElementLocated(By.id("anonimiteit-goed")));
        assertThat(browser.findElement(By.id("wachttijd")).getText()).contains("openbaar vanaf");
        chromium.schermafdruk("rapport-openbare-versie");
        browser.findElement(By.id("rapport-publiceren")).click();
        wacht.until(ExpectedConditions.presenceOfElementLocated(By.id("vrijgegeven")));
        assertThat(browser.findElement(By.id("activiteitstatus")).getText()).isEqualTo("Rapport definitief");
        String openbareSha = browser.findElement(By.id("openbare-controlesom")).getText();
        assertThat(openbareSha).matches("[0-9a-f]{64}").isNotEqualTo(sha);
        chromium.schermafdruk("rapport-vrijgegeven");

        // the waiting period passes; the publication job runs
        klok.verzet(java.time.Duration.ofDays(15));
        assertThat(openbaarmaking.publiceerRijpe()).contains(id);
        // two weeks later the session has long expired (its idle time runs on the clock): log in again
        chromium.inloggen("inspecteur.ggz");
        chromium.ga("/inspecties/activiteiten/" + id + "/rapport");
        wacht.until(ExpectedConditions.textToBe(By.id("activiteitstatus"), "Rapport gepubliceerd"));

        // the public page, without login: the public version with its checksum, its PDF read back
        browser.manage().deleteAllCookies();
        browser.findElement(By.id("openbare-pagina")).click();
        wacht.until(ExpectedConditions.presenceOfElementLocated(By.id("rapporten")));
        assertThat(chromium.hoofd()).contains(fixtures.referentie(id), openbareSha);
        chromium.schermafdruk("rapport-openbaar");
        String pdfUrl =
                browser.findElement(By.partialLinkText(fixtures.referentie(id))).getAttribute("href");
        byte[] pdf = bytes(URI.create(pdfUrl).getPath());
        assertThat(HexFormat.of()
                        .formatHex(java.security.MessageDigest.getInstance("SHA-256")
                                .digest(pdf)))
                .isEqualTo(openbareSha);
        assertThat(Pdf.tekst(pdf))
                .contains(
                        "Rapport Zorggroep Demo",
                        "meldprocedure invoeren",
                        "Overgenomen: de meldprocedure is ingevoerd",
                        "Wat moet verbeteren",
                        "Verwerking zienswijze",
                        "Er is inmiddels een meldprocedure ingevoerd.")
                .doesNotContain("CONCEPT", "222 333");

        // the public search finds it by provider, place, sector and year
        browser.findElement(By.id("zoek-link")).click();
        wacht.until(ExpectedConditions.presenceOfElementLocated(By.id("zorgaanbieder")))
                .sendKeys("Zorggroep Demo");
        new org.openqa.selenium.support.ui.Select(browser.findElement(By.id("sector"))).selectByValue("GGZ");
        browser.findElement(By.id("jaar"))
                .sendKeys(Integer.toString(planning.vandaag().minusDays(15).getYear()));
        browser.findElement(By.id("zoek-knop")).click();
        wacht.until(ExpectedConditions.presenceOfElementLocated(By.id("aantal")));
        assertThat(chromium.hoofd()).contains(fixtures.referentie(id));
        chromium.schermafdruk("rapport-openbaar-zoeken");
        Pdf.beelden(pdf, "rapport-browser");

        // follow-up (decision 0098): norm 1.2 does not meet, so the lead asks an improvement plan on the clock
        chromium.inloggen("inspecteur.ggz");
        chromium.ga("/inspecties/activiteiten/" + id + "/rapport");
        assertThat(browser.findElement(By.id("te-verbeteren")).getText()).contains("1.2");
        browser.findElement(By.id("weken")).sendKeys("zes");
        browser.findElement(By.id("verbeterplan-vragen")).click();
        wacht.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".foutsamenvatting")));
        assertThat(browser.findElement(By.id("weken")).getAttribute("value")).isEqualTo("zes");
        browser.findElement(By.id("weken")).clear();
        browser.findElement(By.id("verbeterplan-vragen")).click();
        wacht.until(ExpectedConditions.presenceOfElementLocated(By.id("verbeterplan-ronde-1")));
        assertThat(browser.findElement(By.id("verbeterplan-ronde-1")).getText()).contains("uiterlijk");
        chromium.schermafdruk("verbeterplan-gevraagd");

        // the provider answers it in the portal, with a document
        chromium.inloggen("zorgaanbieder");
        chromium.ga("/mijn-rapporten/" + id);
        wacht.until(ExpectedConditions.presenceOfElementLocated(By.id("verbeterplan-formulier")));
        browser.findElement(By.id("tekst"))
                .sendKeys("Wij voeren de meldprocedure in alle teams in en evalueren haar na drie maanden.");
        Path planbijlage = Files.createTempFile("verbeterplan", ".pdf");
        Files.write(planbijlage, pdf);
        browser.findElement(By.id("plan-bijlagen"))
                .sendKeys(planbijlage.toAbsolutePath().toString());
        chromium.schermafdruk("verbeterplan-portaal");
        browser.findElement(By.id("verbeterplan-versturen")).click();
        wacht.until(ExpectedConditions.presenceOfElementLocated(By.id("ontvangen")));
        assertThat(browser.findElement(By.id("ontvangen")).getText()).contains("verbeterplan is ontvangen");
        assertThat(browser.findElements(By.id("verbeterplan-formulier"))).isEmpty();
        chromium.schermafdruk("verbeterplan-ingediend");

        // the lead accepts it and plans the re-visit: the same provider, framework and team, 1.2 its focus
        chromium.inloggen("inspecteur.ggz");
        chromium.ga("/inspecties/activiteiten/" + id + "/rapport");
        assertThat(browser.findElement(By.cssSelector("#verbeterplan-ronde-1 .verbeterplan-tekst"))
                        .getText())
                .contains("evalueren haar na drie maanden");
        browser.findElement(By.id("oordeel-AANVAARD")).click();
        browser.findElement(By.id("verbeterplan-beoordelen")).click();
        wacht.until(ExpectedConditions.presenceOfElementLocated(By.id("verbeterplan-oordeel-1")));
        assertThat(browser.findElement(By.id("verbeterplan-oordeel-1")).getText())
                .startsWith("Aanvaard");
        chromium.schermafdruk("verbeterplan-aanvaard");
        browser.findElement(By.id("aankondiging-ONAANGEKONDIGD")).click();
        browser.executeScript(
                "arguments[0].value = arguments[1]",
                browser.findElement(By.id("begindatum")),
                planning.vandaag().plusDays(14).toString());
        browser.findElement(By.id("hercontrole-plannen")).click();
        wacht.until(ExpectedConditions.presenceOfElementLocated(By.id("hercontrole-van")));
        assertThat(browser.findElement(By.id("hercontrole-van")).getText()).contains(fixtures.referentie(id), "1.2");
        assertThat(browser.findElement(By.id("activiteitstatus")).getText()).isEqualTo("Gepland");
        chromium.schermafdruk("hercontrole-gepland");
        browser.findElement(By.id("hercontrole-van-link")).click();
        wacht.until(ExpectedConditions.presenceOfElementLocated(By.id("hercontrole-vanuit")));
        chromium.schermafdruk("hercontrole-origineel");
    }

    /** A GET with the browser's cookies (or none), for a file the browser would download. */
    private byte[] bytes(String pad) throws Exception {
        HttpRequest.Builder verzoek = HttpRequest.newBuilder(URI.create(chromium.url(pad)));
        String koekjes = chromium.browser().manage().getCookies().stream()
                .map(c -> c.getName() + "=" + c.getValue())
                .collect(java.util.stream.Collectors.joining("; "));
        if (!koekjes.isEmpty()) {
            verzoek.header("Cookie", koekjes);
        }
        HttpResponse<byte[]> antwoord =
                HttpClient.newHttpClient().send(verzoek.GET().build(), HttpResponse.BodyHandlers.ofByteArray());
        assertThat(antwoord.statusCode()).isEqualTo(200);
        return antwoord.body();
    }
}
