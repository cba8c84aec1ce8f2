package nl.toezicht.register;

import static nl.toezicht.register.Zorgaanbieders.uniekKvkNummer;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import nl.toezicht.Api;
import nl.toezicht.IntegratieTest;
import nl.toezicht.register.Zorgaanbieders.Multipart;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

@IntegratieTest
class ZorgaanbiederImportIT {

    static final String KOP = "kvk_nummer;naam;agb_code;sectoren;locatie_naam;adres;postcode;plaats;gemeente\n";

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    Api.Antwoord importeer(String gebruiker, Multipart bestand) {
        return Api.op(port).als(gebruiker).post("/api/v1/zorgaanbieders/import", bestand.contentType(), bestand.body());
    }

    long aantalLocaties(String kvk) {
        return jdbc.sql(
                        "select count(*) from register.locatie l join register.zorgaanbieder z on z.id = l.zorgaanbieder "
                                + "where z.kvk_nummer = ?")
                .param(kvk)
                .query(Long.class)
                .single();
    }

    long aantalZorgaanbieders(List<String> kvks) {
        return jdbc.sql("select count(*) from register.zorgaanbieder where kvk_nummer in (:kvks)")
                .param("kvks", kvks)
                .query(Long.class)
                .single();
    }

    @Test
    void aGoodFileWithSemicolonsStoresProvidersWithAllTheirLocations() {
        String a = uniekKvkNummer();
        String b = uniekKvkNummer();
        String csv = KOP
                + a
                + ";Zorggroep Vechtdal;;GGZ|Verzorging en Verpleging;Hoofdlocatie;Dokterslaan 4;7701 AA;Dedemsvaart;Hardenberg\n"
                + a
                + ";Zorggroep Vechtdal;;GGZ|Verzorging en Verpleging;;\"Kerkstraat 10; achterom\";7701ab;Dedemsvaart;Hardenberg\n"
                + "\n"
                + b + ";Tandartsenpraktijk Één;87654321;eerstelijnszorg;;Markt 1;9711 LV;Groningen;Groningen\n";

        Api.Antwoord antwoord = importeer("intake", Multipart.csv(csv));

        assertThat(antwoord.status()).as(antwoord.toString()).isEqualTo(200);
        JsonNode verslag = antwoord.json();
        assertThat(verslag.get("regels").asInt()).isEqualTo(3);
        assertThat(verslag.get("nieuweZorgaanbieders").asInt()).isEqualTo(2);
        assertThat(verslag.get("nieuweLocaties").asInt()).isEqualTo(3);
        assertThat(aantalLocaties(a)).isEqualTo(2);
        JsonNode gevonden = Api.op(port)
                .als("intake")
                .get("/api/v1/zorgaanbieders?kvk=" + b)
                .json();
        JsonNode tandarts = gevonden.get("items").get(0);
        assertThat(tandarts.get("naam").asString()).isEqualTo("Tandartsenpraktijk Één");
        assertThat(tandarts.get("sectoren").toString()).contains("EERSTELIJNSZORG");
        assertThat(tandarts.get("locaties").get(0).get("postcode").asString()).isEqualTo("9711LV");
    }

    @Test
    void aKnownKvkNumberUpdatesTheProviderAndAddsOnlyNewLocations() {
        String kvk = uniekKvkNummer();
        String eerste = "kvk_nummer,naam,sectoren,adres,postcode,plaats,gemeente\n" + kvk
                + ",Ziekenhuis Rivierenland,MEDISCH_SPECIALISTISCHE_ZORG,President Kennedylaan 1,4002 WP,Tiel,Tiel\n";
        assertThat(importeer("beheerder", Multipart.csv(eerste)).status()).isEqualTo(200);

        String tweede = "kvk_nummer,naam,sectoren,adres,postcode,plaats,gemeente\n"
                + kvk
                + ",Ziekenhuis Rivierenland Tiel,MEDISCH_SPECIALISTISCHE_ZORG|GGZ,President Kennedylaan 1,4002wp,Tiel,Tiel\n"
                + kvk
                + ",Ziekenhuis Rivierenland Tiel,MEDISCH_SPECIALISTISCHE_ZORG|GGZ,Stationsweg 5,4001 AA,Tiel,Tiel\n";
        Api.Antwoord antwoord = importeer("intake", Multipart.csv(tweede));

        assertThat(antwoord.status()).as(antwoord.toString()).isEqualTo(200);
        assertThat(antwoord.json().get("bijgewerkteZorgaanbieders").asInt()).isEqualTo(1);
        assertThat(antwoord.json().get("nieuweLocaties").asInt()).isEqualTo(1);
        assertThat(aantalLocaties(kvk)).isEqualTo(2);
        JsonNode gelezen = Api.op(port)
                .als("intake")
                .get("/api/v1/zorgaanbieders?kvk=" + kvk)
                .json()
                .get("items")
                .get(0);
        assertThat(gelezen.get("naam").asString()).isEqualTo("Ziekenhuis Rivierenland Tiel");
        assertThat(gelezen.get("sectoren").toString()).contains("GGZ");
    }

    @Test
    void aBadRowInTheMiddleStoresNothingAndIsReportedByLineAndColumn() {
        String a = uniekKvkNummer();
        String b = uniekKvkNummer();
        String c = uniekKvkNummer();
        String csv = KOP
                + a + ";Goed Begin;;GGZ;;Laan 1;1011 AB;Amsterdam;Amsterdam\n"
                + b + ";Fout Midden;;GGZ;;Laan 2;0123 AB;Amsterdam;Amsterdam\n"
                + c + ";Goed Eind;;TANDARTS;;Laan 3;1011 AC;;Amsterdam\n";

        Api.Antwoord antwoord = importeer("intake", Multipart.csv(csv));

        assertThat(antwoord.status()).isEqualTo(422);
        assertThat(antwoord.header("Content-Type")).contains("application/problem+json");
        assertThat(antwoord.json().get("detail").asString()).contains("niets opgeslagen");
        JsonNode fouten = antwoord.json().get("errors");
        assertThat(fouten).hasSize(3);
        assertThat(fouten.get(0).get("field").asString()).isEqualTo("regel 3: postcode");
        assertThat(fouten.get(0).get("message").asString()).contains("postcode");
        assertThat(fouten.get(1).get("field").asString()).isEqualTo("regel 4: sectoren");
        assertThat(fouten.get(1).get("message").asString()).contains("TANDARTS");
        assertThat(fouten.get(2).get("field").asString()).isEqualTo("regel 4: plaats");
        assertThat(aantalZorgaanbieders(List.of(a, b, c))).isZero();
    }

    @Test
    void rowsOfOneKvkThatDisagreeAndAKvkAlreadyInTheFileAreReported() {
        String a = uniekKvkNummer();
        String csv = KOP
                + a + ";Naam Een;;GGZ;;Laan 1;1011 AB;Amsterdam;Amsterdam\n"
                + a + ";Naam Twee;;GGZ;;Laan 2;1011 AB;Amsterdam;Amsterdam\n"
                + a + ";Naam Een;;GGZ;;laan  1;1011ab;Amsterdam;Amsterdam\n"
                + "1234;Naam Een;;GGZ;;Laan 1;1011 AB;Amsterdam\n";

        JsonNode fouten = importeer("intake", Multipart.csv(csv)).json().get("errors");

        assertThat(fouten.toString())
                .contains(
                        "regel 3: naam",
                        "wijkt af van regel 2",
                        "regel 4: adres",
                        "ook op regel 2",
                        "regel 5",
                        "9 kolommen".replace("9 kolommen", "8 kolommen"));
        assertThat(aantalZorgaanbieders(List.of(a))).isZero();
    }

    @Test
    void aHeaderWithoutRequiredColumnsIsRefused() {
        Api.Antwoord antwoord = importeer("intake", Multipart.csv("kvk,naam\n" + uniekKvkNummer() + ",X\n"));

        assertThat(antwoord.status()).isEqualTo(422);
        assertThat(antwoord.json().get("errors").toString())
                .contains("regel 1: kvk", "onbekend", "regel 1: kvk_nummer", "ontbreekt", "regel 1: postcode");
    }

    @Test
    void aFileThatIsNoCsvTextIsRefusedByItsContent() {
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R', 0, 0, 1, 0};
        Api.Antwoord plaatje = importeer("intake", Multipart.bestand("register.csv", "text/csv", png));
        assertThat(plaatje.status()).isEqualTo(422);
        assertThat(plaatje.json().get("errors").get(0).get("field").asString()).isEqualTo("bestand");
        assertThat(plaatje.json().get("errors").get(0).get("message").asString())
                .contains("geen CSV");

        byte[] latin1 = (KOP + uniekKvkNummer() + ";Caf\u00e9 Zorg;;GGZ;;Laan 1;1011 AB;Amsterdam;Amsterdam\n")
                .getBytes(java.nio.charset.StandardCharsets.ISO_8859_1);
        Api.Antwoord geenUtf8 = importeer("intake", Multipart.bestand("register.csv", "text/csv", latin1));
        assertThat(geenUtf8.status()).isEqualTo(422);
        assertThat(geenUtf8.json().get("errors").get(0).get("message").asString())
                .contains("UTF-8");

        assertThat(importeer("intake", Multipart.csv("")).status()).isEqualTo(422);
        assertThat(importeer("intake", Multipart.csv(KOP))
                        .json()
                        .get("errors")
                        .get(0)
                        .get("message")
                        .asString())
                .contains("geen zorgaanbieders");
    }

    @Test
    void aFileOverTenMegabytesIsRefused() {
        byte[] groot = new byte[10 * 1024 * 1024 + 1];
        java.util.Arrays.fill(groot, (byte) 'a');
        Api.Antwoord antwoord = importeer("intake", Multipart.bestand("groot.csv", "text/csv", groot));
        assertThat(antwoord.status()).isEqualTo(422);
        assertThat(antwoord.json().get("errors").get(0).get("message").asString())
                .contains("10 MB");
    }

    @Test
    void onlyIntakeAndAdministratorsMayImportAndAFileIsRequired() {
        String kvk = uniekKvkNummer();
        Api.Antwoord antwoord =
                importeer("inspecteur", Multipart.csv(KOP + kvk + ";X;;GGZ;;Laan 1;1011 AB;Amsterdam;Amsterdam\n"));
        assertThat(antwoord.status()).isEqualTo(403);
        assertThat(aantalZorgaanbieders(List.of(kvk))).isZero();

        Api.Antwoord zonder = Api.op(port)
                .als("intake")
                .post("/api/v1/zorgaanbieders/import", "multipart/form-data; boundary=x", "--x--\r\n".getBytes());
        assertThat(zonder.status()).isEqualTo(400);
    }

    @Test
    void manyErrorsAreCappedAtAHundred() {
        StringBuilder csv = new StringBuilder(KOP);
        for (int i = 0; i < 150; i++) {
            csv.append("123;Naam;;GGZ;;Laan 1;1011 AB;Amsterdam;Amsterdam\n");
        }
        Api.Antwoord antwoord = importeer("intake", Multipart.csv(csv.toString()));
        assertThat(antwoord.status()).isEqualTo(422);
        assertThat(antwoord.json().get("errors")).hasSize(100);
        assertThat(antwoord.json().get("afgekapt").asBoolean()).isTrue();
    }
}
