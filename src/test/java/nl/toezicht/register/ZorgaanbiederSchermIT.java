package nl.toezicht.register;

import static nl.toezicht.register.Zorgaanbieders.json;
import static nl.toezicht.register.Zorgaanbieders.uniekKvkNummer;
import static nl.toezicht.register.Zorgaanbieders.uniekWoord;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.toezicht.Api;
import nl.toezicht.IntegratieTest;
import nl.toezicht.Sessie;
import nl.toezicht.register.Zorgaanbieders.Multipart;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/** The pages of the register, over HTTP as a browser sends them (with session cookie and CSRF token). */
@IntegratieTest
class ZorgaanbiederSchermIT {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    /** A logged-in browser that has opened the given page, which must carry a CSRF token. */
    Sessie browser(String gebruiker, String pagina) {
        Sessie sessie = Sessie.op(port).als(gebruiker);
        Api.Antwoord antwoord = sessie.get(pagina);
        assertThat(antwoord.status()).as(antwoord.toString()).isEqualTo(200);
        Matcher token = CSRF.matcher(antwoord.tekst());
        assertThat(token.find()).as("CSRF token on " + pagina).isTrue();
        return sessie;
    }

    /** Uploads a CSV file as the import form does; multipart carries the CSRF token in the query. */
    static Api.Antwoord postBestand(Sessie sessie, String pad, String csv) {
        Multipart bestand = Multipart.csv(csv);
        return sessie.post(
                pad + "?_csrf=" + URLEncoder.encode(sessie.csrf(), StandardCharsets.UTF_8),
                bestand.contentType(),
                bestand.body());
    }

    String registreerViaApi(String naam, String kvk) {
        Api.Antwoord antwoord = Api.op(port).als("intake").postJson("/api/v1/zorgaanbieders", json(naam, kvk));
        assertThat(antwoord.status()).as(antwoord.toString()).isEqualTo(201);
        return antwoord.json().get("id").asString();
    }

    static Map<String, String> formulier(String naam, String kvk, String postcode) {
        Map<String, String> velden = new LinkedHashMap<>();
        velden.put("naam", naam);
        velden.put("kvkNummer", kvk);
        velden.put("agbCode", "");
        velden.put("sectoren", "GGZ");
        velden.put("_sectoren", "on");
        velden.put("locaties[0].id", "");
        velden.put("locaties[0].naam", "");
        velden.put("locaties[0].adres", "Kerkplein 3");
        velden.put("locaties[0].postcode", postcode);
        velden.put("locaties[0].plaats", "Zwolle");
        velden.put("locaties[0].gemeente", "Zwolle");
        velden.put("locaties[1].adres", "");
        return velden;
    }

    @Test
    void theSearchPageFindsAProviderByAMistypedNameAndByKvkNumber() {
        String woord = uniekWoord();
        String kvk = uniekKvkNummer();
        registreerViaApi("Zorggroep Almere " + woord, kvk);
        Api intake = Api.op(port).als("intake");

        String pagina =
                intake.get("/zorgaanbieders?zoek=Zorggroep+Almre+" + woord).tekst();
        assertThat(pagina).contains("Zorggroep Almere " + woord, kvk, "Utrecht", "GGZ");
        assertThat(pagina).contains("<label for=\"zoek\"");

        assertThat(intake.get("/zorgaanbieders?zoek=" + kvk).tekst()).contains("1 zorgaanbieders gevonden");
        assertThat(intake.get("/zorgaanbieders?zoek=1234&soort=KVK").tekst()).contains("precies 8 cijfers");
        assertThat(Api.op(port)
                        .als("inspecteur")
                        .get("/zorgaanbieders?zoek=" + kvk)
                        .tekst())
                .contains("Zorggroep Almere " + woord)
                .doesNotContain("/zorgaanbieders/nieuw");
    }

    @Test
    void theSearchPageIsPaged() {
        String woord = uniekWoord();
        for (int i = 0; i < 21; i++) {
            registreerViaApi("Thuiszorg " + woord + " " + i, uniekKvkNummer());
        }
        Api intake = Api.op(port).als("intake");
        // searched by the unique word alone: "Thuiszorg <word>" would also find, by trigram similarity near the
        // 0.3 threshold, other tests' "Thuiszorg ..." providers and make the count depend on what ran before
        String eerste = intake.get("/zorgaanbieders?zoek=" + woord).tekst();
        assertThat(eerste).contains("Pagina 1 van 2", "rel=\"next\"").doesNotContain("rel=\"prev\"");
        String volgende = link(eerste, "next");
        assertThat(volgende).contains("pagina=2", "zoek=" + woord, "soort=AUTOMATISCH");
        String tweede = intake.get(volgende).tekst();
        assertThat(tweede).contains("Pagina 2 van 2", "rel=\"prev\"").doesNotContain("rel=\"next\"");
        assertThat(link(tweede, "prev")).contains("pagina=1");
        assertThat(tweede).contains("Thuiszorg " + woord + " ");
        // the API keeps its numbered shape
        JsonNode api =
                intake.get("/api/v1/zorgaanbieders?zoek=" + woord + "&pagina=2").json();
        assertThat(api.get("pagina").asInt()).isEqualTo(2);
        assertThat(api.get("totaal").asLong()).isEqualTo(21);
    }

    private static String link(String html, String rel) {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("href=\"([^\"]*)\" rel=\"" + rel + "\"")
                .matcher(html);
        assertThat(m.find()).as("a %s link", rel).isTrue();
        return m.group(1).replace("&amp;", "&");
    }

    @Test
    void theDetailPageShowsLocationsAndEscapesHostileText() {
        String kvk = uniekKvkNummer();
        String id = registreerViaApi("<script>alert(1)</script>", kvk);

        String pagina =
                Api.op(port).als("inspecteur").get("/zorgaanbieders/" + id).tekst();

        assertThat(pagina).contains("&lt;script&gt;alert(1)&lt;/script&gt;").doesNotContain("<script>alert(1)");
        assertThat(pagina).contains(kvk, "Stationsstraat 1", "3511 AB", "Hoofdlocatie");
        Api.Antwoord onbekend = Api.op(port).als("intake").get("/zorgaanbieders/" + java.util.UUID.randomUUID());
        assertThat(onbekend.status()).isEqualTo(404);
        // headed by what happened, with the way back to the staff member's own start page
        assertThat(onbekend.tekst())
                .contains("<h1>Pagina niet gevonden</h1>", "Deze pagina bestaat niet", "href=\"/start\"")
                .doesNotContain("Er ging iets mis");
        assertThat(Api.op(port).als("intake").get("/zorgaanbieders?zoek=" + kvk).tekst())
                .doesNotContain("<script>alert(1)");
    }

    @Test
    void theNewFormKeepsWhatWasTypedAndShowsErrorsBesideTheFields() {
        Sessie intake = browser("intake", "/zorgaanbieders/nieuw");
        String kvk = uniekKvkNummer();
        Map<String, String> velden = formulier("Wijkteam <b>Oost</b>", "1234", "0000 XX");
        velden.put("sectoren", "");

        Api.Antwoord antwoord = intake.post("/zorgaanbieders/nieuw", velden);

        assertThat(antwoord.status()).isEqualTo(200);
        String pagina = antwoord.tekst();
        assertThat(pagina)
                .contains(
                        "class=\"foutsamenvatting\"",
                        "href=\"#kvkNummer\"",
                        "href=\"#locaties-0-postcode\"",
                        "href=\"#sectoren\"");
        assertThat(pagina)
                .contains("value=\"Wijkteam &lt;b&gt;Oost&lt;/b&gt;\"", "value=\"1234\"", "value=\"0000 XX\"");
        assertThat(pagina).contains("id=\"kvkNummer-fout\"", "precies 8 cijfers", "geldige postcode", "ten minste");
        assertThat(pagina)
                .contains("aria-describedby=\"locaties-0-postcode-hint locaties-0-postcode-fout\"")
                .contains("aria-describedby=\"locaties-0-adres-hint\"");
        assertThat(jdbc.sql("select count(*) from register.zorgaanbieder where naam = 'Wijkteam <b>Oost</b>'")
                        .query(Long.class)
                        .single())
                .isZero();

        Api.Antwoord goed = intake.post("/zorgaanbieders/nieuw", formulier("Wijkteam Oost", kvk, "8011 aa"));
        assertThat(goed.status()).isEqualTo(302);
        assertThat(goed.header("Location")).contains("/zorgaanbieders/").endsWith("?opgeslagen");
        assertThat(jdbc.sql(
                                "select postcode from register.locatie l join register.zorgaanbieder z on z.id = l.zorgaanbieder "
                                        + "where z.kvk_nummer = ?")
                        .param(kvk)
                        .query(String.class)
                        .single())
                .isEqualTo("8011AA");

        Api.Antwoord dubbel = intake.post("/zorgaanbieders/nieuw", formulier("Ander", kvk, "8011 AA"));
        assertThat(dubbel.status()).isEqualTo(200);
        assertThat(dubbel.tekst()).contains("id=\"kvkNummer-fout\"", "al een zorgaanbieder met KvK-nummer " + kvk);
    }

    @Test
    void theChangeFormIsFilledAndSavesWhileKeepingTheLocation() {
        String kvk = uniekKvkNummer();
        String id = registreerViaApi("Huisartsenpost Midden", kvk);
        String locatieId = jdbc.sql("select l.id::text from register.locatie l where l.zorgaanbieder = ?::uuid")
                .param(id)
                .query(String.class)
                .single();
        Sessie intake = browser("intake", "/zorgaanbieders/" + id + "/wijzigen");
        assertThat(intake.get("/zorgaanbieders/" + id + "/wijzigen").tekst())
                .contains("value=\"Huisartsenpost Midden\"", "value=\"" + locatieId + "\"", "value=\"3511 AB\"");

        Map<String, String> velden = formulier("Huisartsenpost Midden-Nederland", kvk, "3511 AB");
        velden.put("locaties[0].id", locatieId);
        velden.put("versie", "0");
        Api.Antwoord antwoord = intake.post("/zorgaanbieders/" + id + "/wijzigen", velden);

        assertThat(antwoord.status()).as(antwoord.toString()).isEqualTo(302);
        assertThat(jdbc.sql("select naam from register.zorgaanbieder where kvk_nummer = ?")
                        .param(kvk)
                        .query(String.class)
                        .single())
                .isEqualTo("Huisartsenpost Midden-Nederland");
        assertThat(jdbc.sql("select l.id::text from register.locatie l where l.zorgaanbieder = ?::uuid")
                        .param(id)
                        .query(String.class)
                        .single())
                .isEqualTo(locatieId);
    }

    @Test
    void anInspectorGetsNoMaintenanceOrImportPages() {
        String id = registreerViaApi("Kliniek Noord", uniekKvkNummer());
        Api inspecteur = Api.op(port).als("inspecteur").met("Accept", "text/html");

        assertThat(inspecteur.get("/zorgaanbieders/nieuw").status()).isEqualTo(403);
        assertThat(inspecteur.get("/zorgaanbieders/" + id + "/wijzigen").status())
                .isEqualTo(403);
        assertThat(inspecteur.get("/zorgaanbieders/import").status()).isEqualTo(403);
        assertThat(inspecteur.get("/zorgaanbieders/" + id).tekst()).doesNotContain("/wijzigen");
    }

    @Test
    void theImportPageShowsTheErrorsPerLineOrTheReport() {
        Sessie intake = browser("intake", "/zorgaanbieders/import");
        String goedKvk = uniekKvkNummer();
        String kop = "kvk_nummer;naam;agb_code;sectoren;locatie_naam;adres;postcode;plaats;gemeente\n";

        Api.Antwoord fout = postBestand(
                intake,
                "/zorgaanbieders/import",
                kop + goedKvk + ";Goed;;GGZ;;Laan 1;1011 AB;Amsterdam;Amsterdam\n" + uniekKvkNummer()
                        + ";Fout;;GGZ;;Laan 2;1011 A;Amsterdam;Amsterdam\n");
        assertThat(fout.status()).isEqualTo(200);
        assertThat(fout.tekst()).contains("niets opgeslagen", "<td>3</td>", "<td>postcode</td>", "geldige postcode");
        assertThat(jdbc.sql("select count(*) from register.zorgaanbieder where kvk_nummer = ?")
                        .param(goedKvk)
                        .query(Long.class)
                        .single())
                .isZero();

        Api.Antwoord goed = postBestand(
                intake, "/zorgaanbieders/import", kop + goedKvk + ";Goed;;GGZ;;Laan 1;1011 AB;Amsterdam;Amsterdam\n");
        assertThat(goed.tekst()).contains("Het bestand is ingelezen", "Nieuwe zorgaanbieders");

        Api.Antwoord binair = postBestand(intake, "/zorgaanbieders/import", "\0\0\0\0PK\3\4");
        assertThat(binair.tekst()).contains("id=\"bestand-fout\"", "geen CSV");
    }
}
