package nl.toezicht.zaken;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.Statement;
import javax.sql.DataSource;
import nl.toezicht.Api;
import nl.toezicht.IntegratieTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import tools.jackson.databind.JsonNode;

/**
 * Under extreme load the access log may not write an entry within its waiting time. A change whose access
 * cannot be logged in time is not stored and not acknowledged: the client gets 503 with a Dutch problem and
 * {@code Retry-After}, not a server error. The load is made real by holding the log chain's lock (as a
 * second instance's long write would) for longer than the waiting time.
 */
@IntegratieTest
class ToegangslogTeDrukIT {

    /** The advisory lock the log's writer takes for every group (Logschrijver.KETTING_SLOT). */
    private static final long KETTING_SLOT = 7513L;

    @LocalServerPort
    int port;

    @Autowired
    ApplicationContext context;

    @Autowired
    DataSource dataSource;

    @Test
    void aStepWhoseAccessCannotBeLoggedInTimeIsNotStoredAndAnswers503WithRetryAfter() throws Exception {
        ZaakId id = Zaakfixtures.uit(context).eenCalamiteit().opentZaak();
        Api inspecteur = Api.op(port).als("inspecteur.ggz");
        JsonNode voor = inspecteur.get("/api/v1/zaken/" + id).json();

        Api.Antwoord antwoord;
        try (Connection slot = dataSource.getConnection();
                Statement sql = slot.createStatement()) {
            sql.execute("select pg_advisory_lock(" + KETTING_SLOT + ")");
            try {
                antwoord = inspecteur.postJson(
                        "/api/v1/zaken/" + id + "/statuswijzigingen",
                        "{\"transitie\":\"START_TRIAGE\",\"toelichting\":\"te druk\"}");
            } finally {
                sql.execute("select pg_advisory_unlock(" + KETTING_SLOT + ")");
            }
        }

        assertThat(antwoord.status()).as(antwoord.toString()).isEqualTo(503);
        assertThat(antwoord.header("Content-Type")).startsWith("application/problem+json");
        assertThat(antwoord.header("Retry-After")).isEqualTo("5");
        assertThat(antwoord.json().get("detail").asString())
                .startsWith("Toezicht is tijdelijk te druk; probeer het over enkele seconden opnieuw.");
        assertThat(antwoord.json().get("title").asString()).isEqualTo("Tijdelijk te druk");
        assertThat(antwoord.tekst()).doesNotContain("Exception").doesNotContain("toegangslog");

        JsonNode na = inspecteur.get("/api/v1/zaken/" + id).json();
        assertThat(na.get("status").asString()).isEqualTo("ONTVANGEN");
        assertThat(na.get("versie").asLong()).isEqualTo(voor.get("versie").asLong());
        assertThat(na.get("tijdlijn")).hasSize(voor.get("tijdlijn").size());
    }
}
