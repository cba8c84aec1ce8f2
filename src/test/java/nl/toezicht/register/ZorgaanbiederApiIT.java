package nl.toezicht.register;

import static nl.toezicht.register.Zorgaanbieders.json;
import static nl.toezicht.register.Zorgaanbieders.uniekKvkNummer;
import static nl.toezicht.register.Zorgaanbieders.uniekWoord;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import nl.toezicht.Api;
import nl.toezicht.IntegratieTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

@IntegratieTest
class ZorgaanbiederApiIT {

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    Api intake() {
        return Api.op(port).als("intake");
    }

    long aantalMetKvk(String kvk) {
        return jdbc.sql("select count(*) from register.zorgaanbieder where kvk_nummer = ?")
                .param(kvk)
                .query(Long.class)
                .single();
    }

    Api.Antwoord put(Api api, String pad, String json) {
        return api.send(HttpRequest.newBuilder(api.uri(pad))
                .header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8)));
    }

    @Test
    void intakeRegistersAProviderAndReadsItBackWithANormalisedPostcode() {
        String kvk = uniekKvkNummer();
        Api.Antwoord antwoord = intake().postJson("/api/v1/zorgaanbieders", json("Zorggroep Noord", kvk));

        assertThat(antwoord.status()).as(antwoord.toString()).isEqualTo(201);
        String id = antwoord.json().get("id").asString();
        assertThat(antwoord.header("Location")).endsWith("/api/v1/zorgaanbieders/" + id);

        JsonNode gelezen = intake().get("/api/v1/zorgaanbieders/" + id).json();
        assertThat(gelezen.get("naam").asString()).isEqualTo("Zorggroep Noord");
        assertThat(gelezen.get("kvkNummer").asString()).isEqualTo(kvk);
        assertThat(gelezen.get("agbCode").asString()).isEqualTo("12345678");
        assertThat(gelezen.get("sectoren").toString()).contains("GGZ", "JEUGD");
        JsonNode locatie = gelezen.get("locaties").get(0);
        assertThat(locatie.get("postcode").asString()).isEqualTo("3511AB");
        assertThat(locatie.get("gemeente").asString()).isEqualTo("Utrecht");
        assertThat(locatie.get("id").asString()).isNotBlank();
    }

    @Test
    void anInspectorMayReadButNotRegister() {
        String kvk = uniekKvkNummer();
        Api.Antwoord geweigerd =
                Api.op(port).als("inspecteur").postJson("/api/v1/zorgaanbieders", json("Kliniek Oost", kvk));

        assertThat(geweigerd.status()).isEqualTo(403);
        assertThat(geweigerd.header("Content-Type")).contains("application/problem+json");
        assertThat(aantalMetKvk(kvk)).isZero();
        assertThat(Api.op(port).als("inspecteur").get("/api/v1/zorgaanbieders").status())
                .isEqualTo(200);
        assertThat(Api.op(port)
                        .als("beheerder")
                        .postJson("/api/v1/zorgaanbieders", json("Kliniek Oost", kvk))
                        .status())
                .isEqualTo(201);
    }

    @Test
    void withoutLoginNothingIsServed() {
        assertThat(Api.op(port).get("/api/v1/zorgaanbieders").status()).isEqualTo(401);
        assertThat(Api.op(port)
                        .postJson("/api/v1/zorgaanbieders", json("X", uniekKvkNummer()))
                        .status())
                .isIn(401, 403);
    }

    @Test
    void aSecondProviderWithTheSameKvkNumberIsRefusedOnTheField() {
        String kvk = uniekKvkNummer();
        assertThat(intake().postJson("/api/v1/zorgaanbieders", json("Eerste", kvk))
                        .status())
                .isEqualTo(201);

        Api.Antwoord dubbel = intake().postJson("/api/v1/zorgaanbieders", json("Tweede", kvk));

        assertThat(dubbel.status()).isEqualTo(422);
        JsonNode fout = dubbel.json().get("errors").get(0);
        assertThat(fout.get("field").asString()).isEqualTo("kvkNummer");
        assertThat(fout.get("message").asString()).contains("al een zorgaanbieder", kvk);
        assertThat(aantalMetKvk(kvk)).isEqualTo(1);

        Api.Antwoord engels =
                intake().met("Accept-Language", "en").postJson("/api/v1/zorgaanbieders", json("Derde", kvk));
        assertThat(engels.json().get("errors").get(0).get("message").asString())
                .isEqualTo("The register already holds a care provider with KvK number " + kvk + ".");
    }

    @Test
    void badKvkNumbersAndPostcodesAreRefusedPerFieldAndNothingIsStored() {
        for (String kvk : new String[] {"1234567", "123456789", "1234567a", "00000000"}) {
            Api.Antwoord antwoord = intake().postJson("/api/v1/zorgaanbieders", json("Naam", kvk));
            assertThat(antwoord.status()).as(kvk).isEqualTo(400);
            assertThat(antwoord.json().get("errors").toString()).contains("kvkNummer", "8 cijfers");
            assertThat(aantalMetKvk(kvk)).isZero();
        }
        String kvk = uniekKvkNummer();
        for (String postcode : new String[] {"0123 AB", "1234 A", "12345AB", "ABCD 12", "1234  AB"}) {
            Api.Antwoord antwoord =
                    intake().postJson("/api/v1/zorgaanbieders", json("Naam", kvk, "Dorpsstraat 2", postcode, "Zwolle"));
            assertThat(antwoord.status()).as(postcode).isEqualTo(400);
            assertThat(antwoord.json().get("errors").get(0).get("field").asString())
                    .isEqualTo("locaties[0].postcode");
            assertThat(antwoord.json().get("errors").get(0).get("message").asString())
                    .contains("postcode");
        }
        assertThat(aantalMetKvk(kvk)).isZero();
    }

    @Test
    void postcodesAreAcceptedInTheWaysPeopleTypeThem() {
        for (String postcode : new String[] {"1234ab", "1234 ab", "1234AB", " 1234 AB "}) {
            String kvk = uniekKvkNummer();
            Api.Antwoord antwoord =
                    intake().postJson("/api/v1/zorgaanbieders", json("Naam", kvk, "Dorpsstraat 2", postcode, "Zwolle"));
            assertThat(antwoord.status()).as(postcode).isEqualTo(201);
            assertThat(antwoord.json().get("locaties").get(0).get("postcode").asString())
                    .isEqualTo("1234AB");
        }
    }

    @Test
    void missingFieldsAreListed() {
        Api.Antwoord antwoord = intake().postJson("/api/v1/zorgaanbieders", "{}");

        assertThat(antwoord.status()).isEqualTo(400);
        assertThat(antwoord.header("Content-Type")).contains("application/problem+json");
        assertThat(antwoord.json().get("errors").toString())
                .contains("\"naam\"", "\"kvkNummer\"", "\"sectoren\"", "\"locaties\"", "Dit veld is verplicht");
    }

    @Test
    void malformedJsonUnknownFieldsAndWrongTypesAreRefused() {
        String kvk = uniekKvkNummer();
        Api.Antwoord kapot = intake().postJson("/api/v1/zorgaanbieders", "{\"naam\": ");
        assertThat(kapot.status()).isEqualTo(400);
        assertThat(kapot.json().get("detail").asString()).contains("geen geldige JSON");

        Api.Antwoord onbekend = intake().postJson(
                        "/api/v1/zorgaanbieders", json("Naam", kvk).replaceFirst("\\{", "{\"rechtsvorm\": \"BV\", "));
        assertThat(onbekend.status()).isEqualTo(400);
        assertThat(onbekend.json().get("errors").get(0).get("field").asString()).isEqualTo("rechtsvorm");

        Api.Antwoord type = intake().postJson(
                        "/api/v1/zorgaanbieders", json("Naam", kvk).replace("[\"GGZ\", \"JEUGD\"]", "\"GGZ\""));
        assertThat(type.status()).isEqualTo(400);
        assertThat(type.json().get("errors").get(0).get("field").asString()).isEqualTo("sectoren");

        Api.Antwoord sector =
                intake().postJson("/api/v1/zorgaanbieders", json("Naam", kvk).replace("\"JEUGD\"", "\"TANDARTS\""));
        assertThat(sector.status()).isEqualTo(400);
        assertThat(sector.json().get("errors").get(0).get("field").asString()).startsWith("sectoren");

        assertThat(aantalMetKvk(kvk)).isZero();
    }

    @Test
    void hostileTextIsStoredAsTextAndReturnedUnchanged() {
        String kvk = uniekKvkNummer();
        String naam = "<script>alert('x')</script> Zorg & Co";
        Api.Antwoord antwoord = intake().postJson(
                        "/api/v1/zorgaanbieders",
                        json(naam.replace("'", "\\u0027"), kvk).replace("\"agbCode\": \"12345678\", ", ""));
        assertThat(antwoord.status()).as(antwoord.toString()).isEqualTo(201);
        assertThat(antwoord.json().get("naam").asString()).isEqualTo(naam);
        assertThat(antwoord.json().has("agbCode")).isFalse();
    }

    @Test
    void anUnknownProviderIsNotFoundAndABadIdIsRefused() {
        assertThat(intake().get("/api/v1/zorgaanbieders/" + java.util.UUID.randomUUID())
                        .status())
                .isEqualTo(404);
        assertThat(intake().get("/api/v1/zorgaanbieders/niet-een-uuid").status())
                .isEqualTo(400);
    }

    @Test
    void maintenanceKeepsTheIdsOfLocationsAndAddsNewOnes() {
        String kvk = uniekKvkNummer();
        JsonNode nieuw = intake().postJson("/api/v1/zorgaanbieders", json("Zorggroep Zuid", kvk))
                .json();
        String id = nieuw.get("id").asString();
        String locatieId = nieuw.get("locaties").get(0).get("id").asString();
        String ander = uniekKvkNummer();

        Api.Antwoord gewijzigd = put(intake(), "/api/v1/zorgaanbieders/" + id, """
                {"naam": "Zorggroep Zuid-Oost", "kvkNummer": "%s", "sectoren": ["VERZORGING_EN_VERPLEGING"],
                 "versie": %d,
                 "locaties": [
                   {"id": "%s", "adres": "Stationsstraat 3", "postcode": "3511AB", "plaats": "Utrecht", "gemeente": "Utrecht"},
                   {"naam": "Dependance", "adres": "Markt 1", "postcode": "3811 CA", "plaats": "Amersfoort", "gemeente": "Amersfoort"}
                 ]}
                """.formatted(
                        ander, nieuw.get("versie").asLong(), locatieId));

        assertThat(gewijzigd.status()).as(gewijzigd.toString()).isEqualTo(200);
        JsonNode gelezen = intake().get("/api/v1/zorgaanbieders/" + id).json();
        assertThat(gelezen.get("naam").asString()).isEqualTo("Zorggroep Zuid-Oost");
        assertThat(gelezen.get("kvkNummer").asString()).isEqualTo(ander);
        assertThat(gelezen.get("sectoren").toString())
                .contains("VERZORGING_EN_VERPLEGING")
                .doesNotContain("GGZ");
        assertThat(gelezen.get("locaties")).hasSize(2);
        assertThat(gelezen.get("locaties").get(0).get("id").asString()).isEqualTo(locatieId);
        assertThat(gelezen.get("locaties").get(0).get("adres").asString()).isEqualTo("Stationsstraat 3");
        assertThat(gelezen.get("locaties").get(1).get("postcode").asString()).isEqualTo("3811CA");
    }

    @Test
    void maintenanceRefusesAStaleVersionADuplicateKvkAndDroppingALocation() {
        String kvk = uniekKvkNummer();
        JsonNode nieuw = intake().postJson("/api/v1/zorgaanbieders", json("Huisartsen West", kvk))
                .json();
        String id = nieuw.get("id").asString();
        String locatieId = nieuw.get("locaties").get(0).get("id").asString();
        String bezet = uniekKvkNummer();
        intake().postJson("/api/v1/zorgaanbieders", json("Al bezet", bezet));

        String locatie = "{\"id\": \"" + locatieId
                + "\", \"adres\": \"Stationsstraat 1\", \"postcode\": \"3511AB\", \"plaats\": \"Utrecht\", \"gemeente\": \"Utrecht\"}";
        String andere =
                "{\"adres\": \"Markt 1\", \"postcode\": \"3811CA\", \"plaats\": \"Amersfoort\", \"gemeente\": \"Amersfoort\"}";
        String body = "{\"naam\": \"Huisartsen West\", \"kvkNummer\": \"%s\", \"sectoren\": [\"EERSTELIJNSZORG\"], "
                + "\"versie\": %d, \"locaties\": [%s]}";

        Api.Antwoord oud = put(intake(), "/api/v1/zorgaanbieders/" + id, body.formatted(kvk, 99, locatie));
        assertThat(oud.status()).isEqualTo(409);
        assertThat(oud.json().get("detail").asString()).contains("iemand anders");

        Api.Antwoord dubbel = put(intake(), "/api/v1/zorgaanbieders/" + id, body.formatted(bezet, 0, locatie));
        assertThat(dubbel.status()).isEqualTo(422);
        assertThat(dubbel.json().get("errors").get(0).get("field").asString()).isEqualTo("kvkNummer");

        Api.Antwoord weg = put(intake(), "/api/v1/zorgaanbieders/" + id, body.formatted(kvk, 0, andere));
        assertThat(weg.status()).isEqualTo(422);
        assertThat(weg.json().get("errors").get(0).get("field").asString()).isEqualTo("locaties");

        Api.Antwoord inspecteur =
                put(Api.op(port).als("inspecteur"), "/api/v1/zorgaanbieders/" + id, body.formatted(kvk, 0, locatie));
        assertThat(inspecteur.status()).isEqualTo(403);

        JsonNode ongewijzigd = intake().get("/api/v1/zorgaanbieders/" + id).json();
        assertThat(ongewijzigd.get("kvkNummer").asString()).isEqualTo(kvk);
        assertThat(ongewijzigd.get("sectoren").toString()).contains("GGZ");
        assertThat(ongewijzigd.get("versie").asLong()).isZero();
    }

    @Test
    void searchIsTypoTolerantOnNameAndFindsByKvkAndPlace() {
        String woord = uniekWoord();
        String kvkAlmere = uniekKvkNummer();
        String kvkAvl = uniekKvkNummer();
        intake().postJson("/api/v1/zorgaanbieders", json("Zorggroep Almere " + woord, kvkAlmere));
        intake().postJson(
                        "/api/v1/zorgaanbieders",
                        json(
                                "Antoni van Leeuwenhoekziekenhuis " + woord,
                                kvkAvl,
                                "Plesmanlaan 121",
                                "1066 CX",
                                woord + "dam"));

        JsonNode tikfout = intake().get("/api/v1/zorgaanbieders?zoek=Zorggroep%20Almre%20" + woord)
                .json();
        assertThat(tikfout.get("items").get(0).get("kvkNummer").asString()).isEqualTo(kvkAlmere);

        JsonNode begin = intake().get("/api/v1/zorgaanbieders?zoek=Antoni%20van%20Leeuwenhoek%20" + woord)
                .json();
        assertThat(begin.get("items").get(0).get("kvkNummer").asString()).isEqualTo(kvkAvl);

        JsonNode kvk = intake().get("/api/v1/zorgaanbieders?kvk=" + kvkAlmere).json();
        assertThat(kvk.get("totaal").asLong()).isEqualTo(1);
        assertThat(kvk.get("items").get(0).get("naam").asString()).isEqualTo("Zorggroep Almere " + woord);

        JsonNode achtCijfers =
                intake().get("/api/v1/zorgaanbieders?zoek=" + kvkAvl).json();
        assertThat(achtCijfers.get("totaal").asLong()).isEqualTo(1);

        JsonNode plaats =
                intake().get("/api/v1/zorgaanbieders?plaats=" + woord + "dam").json();
        assertThat(plaats.get("items").get(0).get("kvkNummer").asString()).isEqualTo(kvkAvl);
    }

    @Test
    void searchResultsArePaged() {
        String woord = uniekWoord();
        for (int i = 0; i < 3; i++) {
            intake().postJson("/api/v1/zorgaanbieders", json("Apotheek " + woord + " " + i, uniekKvkNummer()));
        }
        JsonNode eerste = intake().get("/api/v1/zorgaanbieders?zoek=Apotheek%20" + woord + "&grootte=2")
                .json();
        JsonNode tweede = intake().get("/api/v1/zorgaanbieders?zoek=Apotheek%20" + woord + "&grootte=2&pagina=2")
                .json();
        assertThat(eerste.get("items")).hasSize(2);
        assertThat(eerste.get("totaal").asLong()).isGreaterThanOrEqualTo(3);
        assertThat(tweede.get("pagina").asInt()).isEqualTo(2);
        assertThat(tweede.get("items").get(0).get("id").asString())
                .isNotIn(
                        eerste.get("items").get(0).get("id").asString(),
                        eerste.get("items").get(1).get("id").asString());

        assertThat(intake().get("/api/v1/zorgaanbieders?grootte=0").status()).isEqualTo(400);
        assertThat(intake().get("/api/v1/zorgaanbieders?grootte=101").status()).isEqualTo(400);
        assertThat(intake().get("/api/v1/zorgaanbieders?pagina=x").status()).isEqualTo(400);
        assertThat(intake().get("/api/v1/zorgaanbieders?kvk=123").status()).isEqualTo(400);
    }
}
