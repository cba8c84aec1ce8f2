package nl.toezicht.toegang;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.toezicht.Api;
import nl.toezicht.IntegratieTest;
import nl.toezicht.Sessie;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/** API keys: made and revoked by the administrator, stored hashed, and a notification sent with one is the provider's. */
@IntegratieTest
class ApiSleutelIT {

    private static final Pattern SLEUTEL = Pattern.compile("id=\"nieuwe-sleutel\">(tzk_[A-Za-z0-9_-]{43})<");
    private static final String MELDING = """
            {"bron": "ANDERS", "soort": "CALAMITEIT", "sector": "GGZ",
             "zorgaanbiederOmschrijving": "GGZ-instelling De Brug",
             "omschrijving": "Melding via het systeem van de zorgaanbieder."}
            """;

    @LocalServerPort
    int port;

    @Autowired
    java.time.Clock klok;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    nl.toezicht.register.Zorgaanbiederlader zorgaanbiederlader;

    @Autowired
    org.springframework.transaction.support.TransactionOperations transacties;

    /** The demo provider the keys below are for is in the register (as the demo data puts it there). */
    @BeforeEach
    void demoZorgaanbiederIngeschreven() {
        new nl.toezicht.register.Registertestdata(zorgaanbiederlader, transacties, klok).demoZorgaanbieder();
    }

    @Test
    void aNotificationSentWithAKeyIsAttributedToTheKeysProviderUntilTheKeyIsRevoked() {
        Sessie beheerder = Sessie.op(port).als("beheerder");
        assertThat(beheerder.get("/beheer/api-sleutels").status()).isEqualTo(200);
        Api.Antwoord gemaakt = beheerder.post(
                "/beheer/api-sleutels", Map.of("kvkNummer", "90000001", "omschrijving", "EPD Ziekenhuis Demo"));
        assertThat(gemaakt.status()).isEqualTo(200);
        Matcher m = SLEUTEL.matcher(gemaakt.tekst());
        assertThat(m.find()).as("the new key is shown once").isTrue();
        String sleutel = m.group(1);
        assertThat(jdbc.sql("select count(*) from toegang.api_sleutel where hash like '%' || ? || '%'")
                        .param(sleutel)
                        .query(Integer.class)
                        .single())
                .as("only a hash is stored")
                .isZero();
        assertThat(beheerder.get("/beheer/api-sleutels").tekst())
                .contains("EPD Ziekenhuis Demo")
                .doesNotContain(sleutel);

        Api metSleutel = Api.op(port).met("Authorization", "Bearer " + sleutel);
        Api.Antwoord ontvangen = metSleutel.postJson("/api/v1/meldingen", MELDING);
        assertThat(ontvangen.status()).isEqualTo(201);
        Map<String, Object> melding = jdbc.sql(
                        "select bron, melder_kvk_nummer from meldingen.melding where id = ?::uuid")
                .param(ontvangen.json().get("id").asString())
                .query()
                .singleRow();
        assertThat(melding).containsEntry("bron", "ZORGAANBIEDER").containsEntry("melder_kvk_nummer", "90000001");

        Api.Antwoord andereKvk = metSleutel.postJson(
                "/api/v1/meldingen", MELDING.replace("\"sector\"", "\"kvkNummer\": \"12345678\", \"sector\""));
        assertThat(andereKvk.status()).isEqualTo(422);
        assertThat(andereKvk.json().get("errors").get(0).get("field").asString())
                .isEqualTo("kvkNummer");

        assertThat(metSleutel.get("/api/v1/meldingen").status())
                .as("a key opens intake only")
                .isEqualTo(403);

        String id = jdbc.sql("select id::text from toegang.api_sleutel where prefix = ?")
                .param(sleutel.substring(0, 10))
                .query(String.class)
                .single();
        Api.Antwoord bevestigen = beheerder.get("/beheer/api-sleutels/" + id + "/intrekken");
        assertThat(bevestigen.status()).isEqualTo(200);
        assertThat(bevestigen.tekst())
                .as("revoking asks first, naming the key")
                .contains("API-sleutel intrekken?", "EPD Ziekenhuis Demo", "kan niet ongedaan");
        assertThat(metSleutel.postJson("/api/v1/meldingen", MELDING).status())
                .as("opening the confirmation revokes nothing")
                .isEqualTo(201);
        Api.Antwoord ingetrokken = beheerder.post("/beheer/api-sleutels/" + id + "/intrekken", Map.of());
        assertThat(ingetrokken.status()).isEqualTo(302);

        Api.Antwoord geweigerd = metSleutel.postJson("/api/v1/meldingen", MELDING);
        assertThat(geweigerd.status()).isEqualTo(401);
        assertThat(geweigerd.header("Content-Type")).startsWith("application/problem+json");
        assertThat(geweigerd.header("WWW-Authenticate")).startsWith("Bearer");
        assertThat(geweigerd.json().get("detail").asString()).contains("onbekend of ingetrokken");
    }

    @Test
    void aKeyForAKvkNumberNotInTheRegisterIsRefusedBesideTheField() {
        Sessie beheerder = Sessie.op(port).als("beheerder");
        beheerder.get("/beheer/api-sleutels");
        long voor = jdbc.sql("select count(*) from toegang.api_sleutel")
                .query(Long.class)
                .single();
        Api.Antwoord fout = beheerder.post(
                "/beheer/api-sleutels", Map.of("kvkNummer", "99999998", "omschrijving", "Systeem zonder register"));
        assertThat(fout.tekst()).contains("id=\"kvkNummer-fout\"", "staat niet in het register");
        assertThat(jdbc.sql("select count(*) from toegang.api_sleutel")
                        .query(Long.class)
                        .single())
                .isEqualTo(voor);
    }

    @Test
    void aWrongKeyIsRefusedNotTreatedAsAnonymous() {
        Api.Antwoord geweigerd =
                Api.op(port).met("Authorization", "Bearer tzk_verzonnen").postJson("/api/v1/meldingen", MELDING);
        assertThat(geweigerd.status()).isEqualTo(401);
        assertThat(geweigerd.json().get("title").asString()).isEqualTo("Ongeldige API-sleutel");
    }

    @Test
    void onlyTheAdministratorManagesKeysAndABadKvkNumberIsRefusedBesideTheField() {
        assertThat(Sessie.op(port).als("intake").get("/beheer/api-sleutels").status())
                .isEqualTo(403);
        Sessie beheerder = Sessie.op(port).als("beheerder");
        beheerder.get("/beheer/api-sleutels");
        long voor = jdbc.sql("select count(*) from toegang.api_sleutel")
                .query(Long.class)
                .single();
        Api.Antwoord fout =
                beheerder.post("/beheer/api-sleutels", Map.of("kvkNummer", "123", "omschrijving", "Systeem"));
        assertThat(fout.tekst()).contains("id=\"kvkNummer-fout\"", "Een KvK-nummer heeft 8 cijfers.");
        assertThat(jdbc.sql("select count(*) from toegang.api_sleutel")
                        .query(Long.class)
                        .single())
                .isEqualTo(voor);
    }
}
