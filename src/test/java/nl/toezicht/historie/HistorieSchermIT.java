package nl.toezicht.historie;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.UUID;
import nl.toezicht.Api;
import nl.toezicht.IntegratieTest;
import nl.toezicht.Sessie;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The administrator's page: upload, progress, report, reconciliation as JSON and CSV; nobody else gets in. */
@IntegratieTest
class HistorieSchermIT {

    @LocalServerPort
    int port;

    private static byte[] multipart(String grens, String csrf, String bestandsnaam, byte[] inhoud, String... vinkjes) {
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        StringBuilder s = new StringBuilder();
        s.append("--")
                .append(grens)
                .append("\r\nContent-Disposition: form-data; name=\"_csrf\"\r\n\r\n")
                .append(csrf)
                .append("\r\n");
        for (String vinkje : vinkjes) {
            s.append("--")
                    .append(grens)
                    .append("\r\nContent-Disposition: form-data; name=\"")
                    .append(vinkje)
                    .append("\"\r\n\r\ntrue\r\n");
        }
        s.append("--")
                .append(grens)
                .append("\r\nContent-Disposition: form-data; name=\"bestand\"; filename=\"")
                .append(bestandsnaam)
                .append("\"\r\nContent-Type: application/octet-stream\r\n\r\n");
        body.writeBytes(s.toString().getBytes(StandardCharsets.UTF_8));
        body.writeBytes(inhoud);
        body.writeBytes(("\r\n--" + grens + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return body.toByteArray();
    }

    @Test
    void anAdministratorUploadsAFileFollowsTheRunAndReadsTheReconciliation() throws Exception {
        Sessie beheerder = Sessie.op(port).inloggen("beheerder");
        assertThat(beheerder.get("/beheer/historie").tekst()).contains("Historie importeren");
        String grens = "----grens" + UUID.randomUUID();
        Api.Antwoord geupload = beheerder.post(
                "/beheer/historie",
                "multipart/form-data; boundary=" + grens,
                multipart(
                        grens,
                        beheerder.csrf(),
                        "voorbeeld.jsonl",
                        Files.readAllBytes(Path.of("docs/import/voorbeeld.jsonl")),
                        "droog"));
        assertThat(geupload.status()).isEqualTo(302);
        String pagina = geupload.header("Location").replaceFirst("^https?://[^/]+", "");
        assertThat(pagina).matches("/beheer/historie/[0-9a-f-]{36}");
        String id = pagina.substring(pagina.lastIndexOf('/') + 1);

        String tekst = "";
        for (int i = 0; i < 120 && !tekst.contains("id=\"verslag\""); i++) {
            Thread.sleep(250);
            tekst = beheerder.get(pagina + "/voortgang").tekst();
        }
        assertThat(tekst).contains("Gecontroleerd").contains("Droge run").contains("id=\"aansluiting\"");
        assertThat(beheerder.get(pagina).tekst()).contains("voorbeeld.jsonl");
        assertThat(beheerder.get("/beheer/historie").tekst()).contains(id);

        Api api = Api.op(port).als("beheerder");
        Api.Antwoord json = api.get("/api/v1/historie/importen/" + id);
        assertThat(json.status()).isEqualTo(200);
        assertThat(json.json().get("uitkomst").asString()).isEqualTo("GECONTROLEERD");
        assertThat(json.json().get("nieuw").get("MELDING").asLong()).isEqualTo(5);
        Api.Antwoord csv = api.get("/api/v1/historie/importen/" + id + "/aansluiting.csv");
        assertThat(csv.tekst())
                .startsWith("object;dimensie;waarde;bestand;database;klopt\n")
                .contains("meldingen;sector;JEUGD;2;2;ja");
    }

    /** Issue 11, defect 19: a rejected all-or-nothing run stored nothing, and its report must not say otherwise. */
    @Test
    void aRejectedRunsReportClaimsNothingWasStored() throws Exception {
        Sessie beheerder = Sessie.op(port).inloggen("beheerder");
        beheerder.get("/beheer/historie");
        byte[] goed = Files.readAllBytes(Path.of("docs/import/voorbeeld.jsonl"));
        byte[] metFout = (new String(goed, StandardCharsets.UTF_8).strip() + "\n{\"type\":\"melding\",\"id\":\n")
                .getBytes(StandardCharsets.UTF_8);
        String grens = "----grens" + UUID.randomUUID();
        Api.Antwoord geupload = beheerder.post(
                "/beheer/historie",
                "multipart/form-data; boundary=" + grens,
                multipart(grens, beheerder.csrf(), "fout.jsonl", metFout));
        assertThat(geupload.status()).isEqualTo(302);
        String pagina = geupload.header("Location").replaceFirst("^https?://[^/]+", "");
        String tekst = "";
        for (int i = 0; i < 120 && !tekst.contains("id=\"verslag\""); i++) {
            Thread.sleep(250);
            tekst = beheerder.get(pagina + "/voortgang").tekst();
        }
        assertThat(tekst)
                .contains("er is niets opgeslagen")
                .contains("Zou nieuw zijn (niet opgeslagen)")
                .contains("id=\"geen-aansluiting\"")
                .doesNotContain("id=\"aansluiting\"")
                .doesNotContain("In database");
        String id = pagina.substring(pagina.lastIndexOf('/') + 1);
        assertThat(Api.op(port)
                        .als("beheerder")
                        .get("/api/v1/historie/importen/" + id)
                        .json()
                        .get("aansluiting")
                        .size())
                .isZero();
    }

    @Test
    void anUploadWithoutAFileIsRefusedBesideTheField() {
        Sessie beheerder = Sessie.op(port).inloggen("beheerder");
        beheerder.get("/beheer/historie");
        Api.Antwoord antwoord = beheerder.post("/beheer/historie", Map.of("droog", "true"));
        assertThat(antwoord.status()).isEqualTo(200);
        assertThat(antwoord.tekst()).contains("Kies een bestand.");
    }

    @Test
    void onlyAnAdministratorMayImport() {
        assertThat(Sessie.op(port).als("intake").get("/beheer/historie").status())
                .isEqualTo(403);
        assertThat(Sessie.op(port).als("inspecteur").get("/beheer/historie").status())
                .isEqualTo(403);
        assertThat(Api.op(port)
                        .als("analist")
                        .get("/api/v1/historie/importen/" + UUID.randomUUID())
                        .status())
                .isEqualTo(403);
        assertThat(Api.op(port)
                        .als("beheerder")
                        .get("/api/v1/historie/importen/" + UUID.randomUUID())
                        .status())
                .isEqualTo(404);
    }
}
