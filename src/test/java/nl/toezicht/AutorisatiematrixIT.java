package nl.toezicht;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import nl.toezicht.Autorisatiematrix.Deur;
import nl.toezicht.Autorisatiematrix.Doel;
import nl.toezicht.Autorisatiematrix.Objecten;
import nl.toezicht.Autorisatiematrix.Verwacht;
import nl.toezicht.handhaving.Handhavingtestdata;
import nl.toezicht.inspecties.Inspectietestdata;
import nl.toezicht.toegang.Rol;
import nl.toezicht.toegang.Toegangtestdata;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * Runs {@link Autorisatiematrix}: every endpoint Spring maps must have a row, and every role (and anonymous)
 * must get what its row says, on an own and on another's object.
 */
@IntegratieTest
class AutorisatiematrixIT {

    @LocalServerPort
    int port;

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mapping;

    @Autowired
    JdbcClient jdbc;

    @BeforeEach
    void juristVanEenAfdeling() {
        // the demo jurist works for all departments; the matrix needs one with a department of their own
        Toegangtestdata.juristVanGgz(jdbc);
    }

    @Test
    void everyEndpointAndPageHasARowInTheMatrix() {
        Map<String, String> handlers = handlers();
        Set<String> tabel = Autorisatiematrix.perSleutel().keySet();
        List<String> zonderRegel = handlers.entrySet().stream()
                .filter(e -> !tabel.contains(e.getKey()))
                .map(e -> e.getKey() + "  (" + e.getValue() + ")")
                .toList();
        List<String> verouderd =
                tabel.stream().filter(s -> !handlers.containsKey(s)).toList();
        assertThat(zonderRegel)
                .as("Endpoints without a rule: add a row for each to the module's Autorisatiematrix.Bijdrage in its "
                        + "test package (e.g. src/test/java/nl/toezicht/zaken/ZakenDeuren.java)")
                .isEmpty();
        assertThat(verouderd)
                .as("Rows of the authorisation matrix for endpoints that no longer exist: remove them")
                .isEmpty();
    }

    @Test
    void everyRoleGetsWhatTheMatrixSaysOnOwnAndOtherObjects() {
        UUID zorgaanbieder = nieuweZorgaanbieder();
        Objecten eigen = objecten("GGZ", "90000001", zorgaanbieder);
        Objecten ander = objecten("JEUGD", "12345679", zorgaanbieder);

        // one login per role: pages and API in that session (a password hash per request would take minutes)
        Map<Rol, Sessie> sessies = new EnumMap<>(Rol.class);
        for (Rol rol : Rol.values()) {
            Sessie sessie = Sessie.op(port).inloggen(Autorisatiematrix.ACCOUNT.get(rol));
            sessie.get("/inloggen");
            sessies.put(rol, sessie);
        }
        Sessie anoniem = Sessie.op(port);
        anoniem.get("/inloggen");

        List<Deur> deuren = new ArrayList<>(Autorisatiematrix.deuren());
        // breaking the glass grants reading the other case: run it after everything that expects a refusal
        deuren.sort((a, b) -> Boolean.compare(a.pad.contains("doorbreken"), b.pad.contains("doorbreken")));
        List<String> fouten = new ArrayList<>();
        for (Deur deur : deuren) {
            controleer(deur, null, "eigen", deur.anoniem, eigen, anoniem, fouten);
            for (Rol rol : Rol.values()) {
                controleer(deur, rol, "eigen", deur.eigen.get(rol), eigen, sessies.get(rol), fouten);
                if (deur.object != Doel.GEEN) {
                    controleer(deur, rol, "ander", deur.ander.get(rol), ander, sessies.get(rol), fouten);
                }
            }
        }
        assertThat(fouten)
                .as("Cells of the authorisation matrix that the application does not keep")
                .isEmpty();
    }

    private void controleer(
            Deur deur, Rol rol, String kant, Verwacht verwacht, Objecten objecten, Sessie sessie, List<String> fouten) {
        String pad = pad(deur, objecten);
        Api.Antwoord antwoord = stuur(deur, pad, objecten, sessie);
        int status = antwoord.status();
        String naar = Optional.ofNullable(antwoord.header("Location")).orElse("");
        boolean inloggen = status == 401 || (status == 302 && naar.contains("/inloggen"));
        boolean klopt = switch (verwacht.status()) {
            case 0 -> !inloggen && status != 403 && status != 404 && status != 405 && status < 500;
            case -1 -> inloggen;
            default -> status == verwacht.status();
        };
        if (!klopt) {
            fouten.add("%s als %s (%s) op %s object: verwacht %s, kreeg %d %s"
                    .formatted(
                            deur.sleutel(),
                            rol == null ? "anoniem" : rol,
                            rol == null ? "-" : Autorisatiematrix.ACCOUNT.get(rol),
                            kant,
                            verwacht,
                            status,
                            naar));
        }
    }

    private static Api.Antwoord stuur(Deur deur, String pad, Objecten objecten, Sessie sessie) {
        if (deur.isApi()) {
            return sessie.json(deur.methode, pad, deur.methode.equals("GET") ? "" : deur.body.apply(objecten));
        }
        return switch (deur.methode) {
            case "GET" -> sessie.get(pad);
            case "POST" -> sessie.post(pad, deur.formulier.apply(objecten));
            default -> throw new IllegalStateException("unsupported method in the matrix: " + deur.methode);
        };
    }

    private static String pad(Deur deur, Objecten o) {
        String pad = deur.pad;
        return switch (deur.object) {
            case GEEN ->
                pad.replace("{group}", "springdocDefault")
                        .replace("{jaar}", "1901")
                        .replace("{ronde}", "00000000-0000-0000-0000-000000000000");
            case MELDING -> pad.replace("{id}", o.melding().toString());
            case BIJLAGE ->
                pad.replace("{id}", o.melding().toString())
                        .replace("{bijlageId}", o.bijlage().toString());
            case ZAAK -> pad.replace("{id}", o.zaak().toString());
            case STATUSLINK -> pad.replace("{token}", o.statusToken());
            case ZORGAANBIEDER ->
                pad.replace("{id}", o.zorgaanbieder().toString())
                        .replace("{activiteit}", o.activiteit().toString());
            case KADERVERSIE -> pad.replace("{id}", o.kaderversie().toString());
            case ACTIVITEIT ->
                pad.replace("{id}", o.activiteit().toString())
                        .replace("{normCode}", "1.1")
                        .replace("{bijlage}", "00000000-0000-0000-0000-000000000001");
            case MAATREGEL ->
                pad.replace("{id}", o.maatregel().toString())
                        .replace("{brief}", "00000000-0000-0000-0000-000000000001");
            case DOSSIER ->
                pad.replace("{soort}", "ZAAK").replace("{dossierId}", o.zaak().toString());
            case DOCUMENT -> pad.replace("{id}", o.document().toString()).replace("{versie}", "1");
            case ZAAKBRIEF -> pad.replace("{id}", o.zaak().toString()).replace("{soort}", "ontvangstbevestiging");
            case VAST ->
                pad.replace("{jaar}", "2025")
                        .replace("{versie}", "1")
                        .replace("{id}", "00000000-0000-0000-0000-000000000001")
                        .replace("{gebruikersnaam}", "niemand.bestaat")
                        .replace("{volgnummer}", "0")
                        .replace("{grootheid}", "TELEFOONGESPREKKEN")
                        .replace("{gebeurtenis}", "00000000-0000-0000-0000-000000000002");
        };
    }

    /** Every (method, path pattern) Spring maps, with the handler that answers it. */
    private Map<String, String> handlers() {
        Map<String, String> handlers = new TreeMap<>();
        mapping.getHandlerMethods().forEach((info, methode) -> {
            Set<RequestMethod> methodes = info.getMethodsCondition().getMethods();
            for (String pad : info.getPatternValues()) {
                for (RequestMethod m : methodes.isEmpty() ? Set.of(RequestMethod.GET) : methodes) {
                    handlers.put(
                            m.name() + " " + pad,
                            methode.getBeanType().getSimpleName() + "#"
                                    + methode.getMethod().getName());
                }
            }
        });
        return handlers;
    }

    /** A notification of this department with an attachment, reported under this KvK number, and its case. */
    private Objecten objecten(String sector, String kvk, UUID zorgaanbieder) {
        String grens = "----matrix" + UUID.randomUUID().toString().replace("-", "");
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        schrijf(
                body,
                "--" + grens + "\r\nContent-Disposition: form-data; name=\"melding\"\r\n"
                        + "Content-Type: application/json\r\n\r\n" + Autorisatiematrix.meldingJson(sector, kvk)
                        + "\r\n");
        schrijf(
                body,
                "--" + grens + "\r\nContent-Disposition: form-data; name=\"bijlagen\"; filename=\"v.pdf\"\r\n"
                        + "Content-Type: application/pdf\r\n\r\n%PDF-1.4\n%%EOF\n\r\n--" + grens + "--\r\n");
        Api.Antwoord gemeld =
                Api.op(port).post("/api/v1/meldingen", "multipart/form-data; boundary=" + grens, body.toByteArray());
        assertThat(gemeld.status()).as(gemeld.toString()).isEqualTo(201);
        UUID melding = UUID.fromString(gemeld.json().get("id").asString());
        String statusUrl = gemeld.json().get("statusUrl").asString();
        UUID bijlage = jdbc.sql("select id from meldingen.bijlage where melding_id = ?")
                .param(melding)
                .query(UUID.class)
                .single();
        Api.Antwoord reserve = Api.op(port).postJson("/api/v1/meldingen", Autorisatiematrix.meldingJson());
        UUID reserveMelding = UUID.fromString(reserve.json().get("id").asString());
        zaakVan(reserveMelding);
        UUID zaak = zaakVan(melding);
        return new Objecten(
                melding,
                bijlage,
                zaak,
                statusUrl.substring(statusUrl.lastIndexOf('/') + 1),
                zorgaanbieder,
                reserveMelding,
                Inspectietestdata.conceptkader(jdbc),
                Inspectietestdata.activiteit(
                        jdbc, sector, zorgaanbieder, "inspecteur." + sector.toLowerCase(java.util.Locale.ROOT)),
                document(zaak, sector.equals("GGZ") ? "inspecteur.ggz" : "inspecteur.jeugd"),
                Handhavingtestdata.maatregel(jdbc, sector, zorgaanbieder));
    }

    /** A document in the case's dossier, added by an inspector of its department. */
    private UUID document(UUID zaak, String inspecteur) {
        Sessie sessie = Sessie.op(port).inloggen(inspecteur);
        sessie.get("/zaken/" + zaak);
        Multipart body = new Multipart()
                .tekst("_csrf", sessie.csrf())
                .tekst("titel", "Matrixdocument")
                .bestand("bestand", "m.pdf", "application/pdf", "%PDF-1.4\n%%EOF\n".getBytes(StandardCharsets.UTF_8));
        Api.Antwoord antwoord = sessie.post("/documenten/ZAAK/" + zaak, body.contentType(), body.bytes());
        assertThat(antwoord.status()).as(antwoord.toString()).isEqualTo(302);
        return jdbc.sql("select id from documenten.document where dossier_id = ?")
                .param(zaak)
                .query(UUID.class)
                .single();
    }

    private UUID zaakVan(UUID melding) {
        return Wachten.opZaakVan(jdbc, melding);
    }

    private UUID nieuweZorgaanbieder() {
        Api.Antwoord antwoord =
                Api.op(port).als("intake").postJson("/api/v1/zorgaanbieders", Autorisatiematrix.zorgaanbiederJson());
        assertThat(antwoord.status()).as(antwoord.toString()).isEqualTo(201);
        return UUID.fromString(antwoord.json().get("id").asString());
    }

    private static void schrijf(ByteArrayOutputStream uit, String tekst) {
        uit.writeBytes(tekst.getBytes(StandardCharsets.UTF_8));
    }
}
