package nl.toezicht.cijfers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import nl.toezicht.Api;
import nl.toezicht.IntegratieTest;
import nl.toezicht.Sessie;
import nl.toezicht.toegang.Toegangtestdata;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/**
 * Issue 12: manual figures through the API and the page: entered with source and note, refused on the field
 * that is wrong (changing nothing), checked by a second person only, versioned, taken into a draft marked
 * manual; a manual figure that disagrees with the count fails the draft's check. Own years (2009, 2010): no
 * other test enters manual figures or notifications there.
 */
@IntegratieTest
class HandmatigeCijfersIT {

    static final int JAAR = 2009;
    static final String PAD = "/api/v1/statistieken/handmatig/" + JAAR;

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    Api analist;
    Api tweede;

    @BeforeEach
    void gebruikers() {
        boolean bestaat = jdbc.sql(
                        "select exists (select 1 from toegang.medewerker where gebruikersnaam = 'analist.twee')")
                .query(Boolean.class)
                .single();
        if (!bestaat) {
            Toegangtestdata.zoals(jdbc, "analist", "analist.twee", "Tweede Analist");
        }
        analist = Api.op(port).als("analist");
        tweede = Api.op(port).als("analist.twee");
    }

    private static Api.Antwoord verwacht(Api.Antwoord antwoord, int status) {
        assertThat(antwoord.status()).as(antwoord.toString()).isEqualTo(status);
        return antwoord;
    }

    private long aantal(int jaar) {
        return jdbc.sql("select count(*) from cijfers.handmatig_cijfer where jaar = ?")
                .param(jaar)
                .query(Long.class)
                .single();
    }

    @Test
    void badInputIsRefusedOnItsFieldInDutchAndStoresNothing() {
        long voor = aantal(JAAR);
        Map<String, String> gevallen = Map.of(
                "{\"grootheid\":\"ONBEKEND\",\"waarde\":1,\"bron\":\"x\"}", "grootheid",
                "{\"grootheid\":\"OVERLEDEN\",\"waarde\":1,\"bron\":\"x\"}", "grootheid",
                "{\"grootheid\":\"EMAILS\",\"bron\":\"x\"}", "waarde",
                "{\"grootheid\":\"EMAILS\",\"waarde\":-3,\"bron\":\"x\"}", "waarde",
                "{\"grootheid\":\"EMAILS\",\"waarde\":3,\"bron\":\"  \"}", "bron",
                "{\"grootheid\":\"EMAILS\",\"waarde\":\"veel\",\"bron\":\"x\"}", "waarde");
        gevallen.forEach((body, veld) -> {
            Api.Antwoord antwoord = analist.postJson(PAD, body);
            assertThat(antwoord.status()).as(body).isIn(400, 422);
            assertThat(antwoord.header("Content-Type")).startsWith("application/problem+json");
            assertThat(antwoord.json().get("errors").get(0).get("field").asString())
                    .as(body)
                    .isEqualTo(veld);
        });
        assertThat(verwacht(analist.postJson(PAD, "{\"grootheid\":\"EMAILS\",\"waarde\":3}"), 422)
                        .json()
                        .get("errors")
                        .get(0)
                        .get("message")
                        .asString())
                .isEqualTo("Vul de bron in: waar komt dit cijfer vandaan?");
        verwacht(
                analist.postJson(
                        "/api/v1/statistieken/handmatig/2999",
                        "{\"grootheid\":\"EMAILS\",\"waarde\":3,\"bron\":\"x\"}"),
                422);
        assertThat(aantal(JAAR)).isEqualTo(voor);
        // staff without the analyst's right may not enter figures
        verwacht(
                Api.op(port).als("inspecteur").postJson(PAD, "{\"grootheid\":\"EMAILS\",\"waarde\":3,\"bron\":\"x\"}"),
                403);
    }

    @Test
    void fourEyesVersionsAndTheDraftTakesTheLatestCheckedVersionMarkedManual() {
        JsonNode v1 = verwacht(
                        analist.postJson(
                                PAD,
                                "{\"grootheid\":\"TELEFOONGESPREKKEN\",\"waarde\":21138,\"bron\":\"telefooncentrale\","
                                        + "\"toelichting\":\"jaaroverzicht van de centrale\"}"),
                        201)
                .json();
        int versie = v1.get("versie").asInt();
        assertThat(v1.get("ingevoerdDoor").asString()).isEqualTo("analist");
        assertThat(v1.get("gecontroleerdDoor") == null
                        || v1.get("gecontroleerdDoor").isNull())
                .isTrue();
        String controle = PAD + "/TELEFOONGESPREKKEN/" + versie + "/controle";

        // not by the one who entered it: refused, unchanged
        assertThat(verwacht(analist.postJson(controle, "{}"), 409)
                        .json()
                        .get("detail")
                        .asString())
                .isEqualTo("U heeft cijfer TELEFOONGESPREKKEN van " + JAAR + " versie " + versie
                        + " zelf ingevoerd: een ander controleert het (vier ogen).");
        // the database holds the rule too
        assertThatThrownBy(() -> jdbc.sql("update cijfers.handmatig_cijfer set gecontroleerd_door = ingevoerd_door,"
                                + " gecontroleerd_op = now() where jaar = ? and grootheid = 'TELEFOONGESPREKKEN'"
                                + " and versie = ?")
                        .params(JAAR, versie)
                        .update())
                .hasMessageContaining("handmatig_cijfer_vier_ogen");

        // unchecked: a draft does not take it
        JsonNode concept = verwacht(analist.postJson("/api/v1/statistieken/vaststellingen/" + JAAR, "{}"), 201)
                .json();
        assertThat(productiecel(JAAR, concept.get("versie").asInt(), "TELEFOONGESPREKKEN")
                        .get("tekst")
                        .asString())
                .isEqualTo("n.b.");

        JsonNode gecontroleerd = verwacht(tweede.postJson(controle, "{}"), 200).json();
        assertThat(gecontroleerd.get("gecontroleerdDoor").asString()).isEqualTo("analist.twee");
        verwacht(tweede.postJson(controle, "{}"), 409); // once
        assertThatThrownBy(() -> jdbc.sql("update cijfers.handmatig_cijfer set waarde = 1 where jaar = ?"
                                + " and grootheid = 'TELEFOONGESPREKKEN' and versie = ?")
                        .params(JAAR, versie)
                        .update())
                .hasMessageContaining("only the check");

        // a new, unchecked version does not replace the checked one in a draft
        int v2 = verwacht(
                        analist.postJson(
                                PAD, "{\"grootheid\":\"TELEFOONGESPREKKEN\",\"waarde\":99999,\"bron\":\"typfout\"}"),
                        201)
                .json()
                .get("versie")
                .asInt();
        assertThat(v2).isEqualTo(versie + 1);
        JsonNode tweedeConcept = verwacht(analist.postJson("/api/v1/statistieken/vaststellingen/" + JAAR, "{}"), 201)
                .json();
        JsonNode cel = productiecel(JAAR, tweedeConcept.get("versie").asInt(), "TELEFOONGESPREKKEN");
        assertThat(cel.get("tekst").asString()).isEqualTo("21.138");
        assertThat(cel.get("markering").asString()).isEqualTo("HANDMATIG");

        // the list shows every version with who did what
        JsonNode lijst = verwacht(tweede.get(PAD), 200).json();
        assertThat(lijst.findValuesAsString("bron")).contains("telefooncentrale", "typfout");
    }

    @Test
    void aManualFigureThatDisagreesWithTheCountFailsTheCheck() {
        int jaar = 2010;
        String pad = "/api/v1/statistieken/handmatig/" + jaar;
        int versie = verwacht(
                        analist.postJson(
                                pad,
                                "{\"grootheid\":\"GESLOTEN\",\"waarde\":15280,\"bron\":\"jaarbeeld\",\"toelichting\":\"zoals gedrukt\"}"),
                        201)
                .json()
                .get("versie")
                .asInt();
        verwacht(tweede.postJson(pad + "/GESLOTEN/" + versie + "/controle", "{}"), 200);
        int concept = verwacht(analist.postJson("/api/v1/statistieken/vaststellingen/" + jaar, "{}"), 201)
                .json()
                .get("versie")
                .asInt();
        Api.Antwoord controle = verwacht(
                analist.postJson("/api/v1/statistieken/vaststellingen/" + jaar + "/" + concept + "/controle", "{}"),
                409);
        assertThat(controle.json().get("errors").findValuesAsString("message"))
                .anySatisfy(m -> assertThat(m)
                        .startsWith("Een handmatig cijfer wijkt af van het getelde: tabel 'Overige"
                                + " productie-indicatoren', rij 'Afgesloten meldingen', " + jaar
                                + " is met de hand 15280"));
    }

    @Test
    void thePageEntersAndChecksAFigure() {
        int jaar = 2011;
        Sessie eerste = Sessie.op(port).inloggen("analist");
        assertThat(eerste.get("/cijfers/handmatig?jaar=" + jaar).tekst()).contains("Handmatige cijfers " + jaar);
        verwacht(
                eerste.post(
                        "/cijfers/handmatig/" + jaar,
                        Map.of("grootheid", "EMAILS", "waarde", "veel", "bron", "postsysteem")),
                302);
        assertThat(eerste.get("/cijfers/handmatig?jaar=" + jaar).tekst()).contains("is geen geheel getal.");
        assertThat(aantal(jaar)).isZero();
        verwacht(
                eerste.post(
                        "/cijfers/handmatig/" + jaar,
                        Map.of("grootheid", "EMAILS", "waarde", "47.065", "bron", "postsysteem Meldpunt")),
                302);
        assertThat(aantal(jaar)).isEqualTo(1);
        String pagina = eerste.get("/cijfers/handmatig?jaar=" + jaar).tekst();
        assertThat(pagina).contains("47.065", "postsysteem Meldpunt", "wacht op controle door een ander");
        Sessie ander = Sessie.op(port).inloggen("analist.twee");
        assertThat(ander.get("/cijfers/handmatig?jaar=" + jaar).tekst()).contains("Klopt: gecontroleerd");
        verwacht(ander.post("/cijfers/handmatig/" + jaar + "/EMAILS/1/controle", Map.of()), 302);
        assertThat(jdbc.sql("select gecontroleerd_door from cijfers.handmatig_cijfer where jaar = ?")
                        .param(jaar)
                        .query(String.class)
                        .single())
                .isEqualTo("analist.twee");
        assertThat(ander.get("/cijfers/handmatig?jaar=" + jaar).tekst())
                .contains("is gecontroleerd.", "gecontroleerd door analist.twee");
    }

    private JsonNode productiecel(int jaar, int versie, String grootheid) {
        String inhoud = jdbc.sql("select inhoud from cijfers.vaststelling where jaar = ? and versie = ?")
                .params(jaar, versie)
                .query(String.class)
                .single();
        JsonNode set = tools.jackson.databind.json.JsonMapper.builder().build().readTree(inhoud);
        for (JsonNode tabel : set.get("tabellen")) {
            if (tabel.get("id").asString().equals("productie")) {
                for (JsonNode rij : tabel.get("rijen")) {
                    for (JsonNode cel : rij.get("cellen")) {
                        if (cel.get("grootheid").asString().equals(grootheid)
                                && cel.get("jaar").asInt() == jaar) {
                            return cel;
                        }
                    }
                }
            }
        }
        throw new AssertionError("no cell " + grootheid);
    }
}
