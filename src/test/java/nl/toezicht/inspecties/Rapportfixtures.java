package nl.toezicht.inspecties;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import nl.toezicht.Api;
import nl.toezicht.Sessie;
import nl.toezicht.Testklok;
import nl.toezicht.Wachten;
import nl.toezicht.register.Register;
import nl.toezicht.register.Registertestdata;
import nl.toezicht.register.ZorgaanbiederId;
import nl.toezicht.register.Zorgaanbiederlader;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The way to a report, through HTTP as the users go it: a published framework, a visit planned from a case
 * whose notification names {@link #PATIENT}, findings recorded, the fieldwork done (by inspecteur.ggz), the report
 * drafted, reviewed with four eyes and made final. {@link #metDemozorgaanbieder} sets it up for an integration test.
 */
final class Rapportfixtures {

    static final String PATIENT = "Bert Bezorgd";
    private static final AtomicInteger DAGEN = new AtomicInteger();

    private final int port;
    private final JdbcClient jdbc;
    private final Register register;
    private final LocalDate vandaag;
    private @Nullable Testklok klok;
    final UUID kader;
    final Sessie ggz;

    /**
     * With the beans of this application context: the demo provider in the register and a fresh framework of no
     * sector published; {@link #definitief} moves the test clock.
     */
    static Rapportfixtures metDemozorgaanbieder(ApplicationContext context, int port) {
        Testklok klok = context.getBean(Testklok.class);
        new Registertestdata(
                        context.getBean(Zorgaanbiederlader.class), context.getBean(TransactionTemplate.class), klok)
                .demoZorgaanbieder();
        Rapportfixtures fixtures = new Rapportfixtures(
                port,
                context.getBean(JdbcClient.class),
                context.getBean(Register.class),
                context.getBean(Planning.class).vandaag());
        fixtures.klok = klok;
        return fixtures;
    }

    /** The same way with a fresh framework of this sector ({@code JEUGD}: the youth-care report template). */
    Rapportfixtures inSector(String sector) {
        Rapportfixtures ander = new Rapportfixtures(port, jdbc, register, vandaag, sector);
        ander.klok = klok;
        return ander;
    }

    /** Publishes a fresh framework of no sector (the demo provider must be in the register already). */
    Rapportfixtures(int port, JdbcClient jdbc, Register register, LocalDate vandaag) {
        this(port, jdbc, register, vandaag, null);
    }

    /** Publishes a fresh framework of this sector ({@code JEUGD}: the youth-care report template). */
    Rapportfixtures(int port, JdbcClient jdbc, Register register, LocalDate vandaag, @Nullable String sector) {
        this(port, jdbc, register, vandaag, sector, d -> d);
    }

    /** As above, with the framework document changed first (e.g. to many norms, for the PDF measurement). */
    Rapportfixtures(
            int port,
            JdbcClient jdbc,
            Register register,
            LocalDate vandaag,
            @Nullable String sector,
            java.util.function.UnaryOperator<String> document) {
        this.port = port;
        this.jdbc = jdbc;
        this.register = register;
        this.vandaag = vandaag;
        String code = "rapport-" + UUID.randomUUID().toString().substring(0, 8);
        Api.Antwoord antwoord = Api.op(port)
                .als("kadereigenaar")
                .postJson(
                        "/api/v1/toetsingskaders",
                        document.apply(KaderdocumentTest.goed())
                                .replace("\"test-kader\"", "\"" + code + "\"")
                                .replaceFirst(
                                        "\"code\":",
                                        sector == null ? "\"code\":" : "\"sector\": \"" + sector + "\", \"code\":"));
        assertThat(antwoord.status()).as(antwoord.toString()).isEqualTo(201);
        kader = UUID.fromString(antwoord.json().get("id").asString());
        Sessie eigenaar = Sessie.op(port).als("kadereigenaar");
        eigenaar.get("/inspecties/kaders/" + kader);
        assertThat(eigenaar.post("/inspecties/kaders/" + kader + "/publiceren", Map.of())
                        .status())
                .isEqualTo(302);
        ggz = Sessie.op(port).als("inspecteur.ggz");
    }

    UUID demo() {
        return register.metKvkNummers(Set.of(Registertestdata.DEMO_KVK_NUMMER))
                .get(0)
                .waarde();
    }

    static UUID locatie(Register register, UUID aanbieder) {
        return register.vind(new ZorgaanbiederId(aanbieder))
                .orElseThrow()
                .locaties()
                .get(0)
                .id()
                .waarde();
    }

    /** A visit to the provider from a new case, findings on norms 1.1 (with this evidence) and 1.2, fieldwork done. */
    UUID veldwerkAfgerond(UUID aanbieder, String onderbouwing) {
        return veldwerkAfgerond(aanbieder, onderbouwing, List.of());
    }

    /** As above, with a finding on each of these norms as well (score and evidence per norm code). */
    UUID veldwerkAfgerond(UUID aanbieder, String onderbouwing, List<String[]> meer) {
        UUID id = gepland(aanbieder);
        stap(id, "STARTEN");
        ggz.get("/inspecties/activiteiten/" + id + "/veldwerk");
        bevinding(id, "1.1", "VOLDOET", onderbouwing);
        bevinding(id, "1.2", "VOLDOET_NIET", "Incidenten worden niet gemeld; er is geen meldprocedure.");
        for (String[] b : meer) {
            bevinding(id, b[0], b[1], b[2]);
        }
        stap(id, "VELDWERK_AFRONDEN");
        assertThat(status(id)).isEqualTo("VELDWERK_AFGEROND");
        return id;
    }

    /** A visit to the provider from a new case, planned with inspecteur.ggz as its lead. */
    UUID gepland(UUID aanbieder) {
        String kvk = register.vind(new ZorgaanbiederId(aanbieder)).orElseThrow().kvkNummer();
        Api.Antwoord gemeld = Api.op(port).postJson("/api/v1/meldingen", """
                {"bron": "ZORGAANBIEDER", "soort": "CALAMITEIT", "sector": "GGZ", "kvkNummer": "%s",
                 "datumGebeurtenis": "2026-02-10", "omschrijving": "Rapporttest: val zonder toezicht.",
                 "patient": {"naam": "%s"}}
                """.formatted(kvk, PATIENT));
        assertThat(gemeld.status()).as(gemeld.toString()).isEqualTo(201);
        UUID melding = UUID.fromString(gemeld.json().get("id").asString());
        Wachten.tot(() -> zaakVan(melding) != null, Duration.ofSeconds(20), "the case of the notification");
        Map<String, String> velden = new HashMap<>();
        velden.put("soort", "BEZOEK");
        velden.put("aankondiging", "AANGEKONDIGD");
        velden.put("zaak", zaakVan(melding).toString());
        velden.put("zorgaanbieder", aanbieder.toString());
        velden.put("locaties", locatie(register, aanbieder).toString());
        velden.put("kaderversie", kader.toString());
        velden.put("leider", "inspecteur.ggz");
        velden.put(
                "begindatum",
                vandaag.plusDays(300 + 2L * DAGEN.getAndIncrement()).toString());
        ggz.get("/inspecties/activiteiten/nieuw?zorgaanbieder=" + aanbieder + "&afdeling=GGZ");
        String naar = ggz.post("/inspecties/activiteiten", velden).header("Location");
        assertThat(naar).as(ggz.get(naar).tekst()).matches(".*/inspecties/activiteiten/[0-9a-f-]{36}");
        return UUID.fromString(naar.substring(naar.lastIndexOf('/') + 1));
    }

    /** Drafted, edited, offered by inspecteur.ggz and approved by inspecteur (GGZ too): with the provider. */
    UUID naarZorgaanbieder(UUID aanbieder, String tekst) {
        UUID id = veldwerkAfgerond(aanbieder, "Het risicoprofiel is per cliënt bekend.");
        rapportactie(ggz, id, "/opstellen", Map.of());
        rapportactie(ggz, id, "", Map.of("inleiding", "Inleiding van de test.", "tekst[1.1]", tekst));
        rapportactie(ggz, id, "/aanbieden", Map.of());
        Api.Antwoord goed = Api.op(port)
                .als("inspecteur")
                .postJson("/api/v1/toezichtactiviteiten/" + id + "/rapport/goedkeuring", "{}");
        assertThat(goed.status()).as(goed.toString()).isEqualTo(200);
        return id;
    }

    /**
     * {@link #naarZorgaanbieder}, then no view came and its term ran out (the test clock moves 30 days): made final by
     * inspecteur.ggz. Norm 1.2 does not meet.
     */
    UUID definitief(UUID aanbieder, String tekst) {
        UUID id = naarZorgaanbieder(aanbieder, tekst);
        Objects.requireNonNull(klok, "made by metDemozorgaanbieder").verzet(Duration.ofDays(30));
        // a new session: the clock moved past the old one's lifetime
        rapportactie(Sessie.op(port).als("inspecteur.ggz"), id, "/vaststellen", Map.of());
        assertThat(status(id)).isEqualTo("RAPPORT_DEFINITIEF");
        return id;
    }

    /** The view processed point by point through the API, as inspecteur.ggz (of the team). */
    Api.Antwoord zienswijzepunten(UUID id, String json) {
        return Api.op(port)
                .als("inspecteur.ggz")
                .send(java.net.http.HttpRequest.newBuilder(java.net.URI.create("http://localhost:" + port
                                + "/api/v1/toezichtactiviteiten/" + id + "/rapport/zienswijzepunten"))
                        .header("Content-Type", "application/json")
                        .PUT(java.net.http.HttpRequest.BodyPublishers.ofString(json)));
    }

    Api.Antwoord rapportactie(Sessie sessie, UUID id, String actie, Map<String, String> velden) {
        sessie.get("/inspecties/activiteiten/" + id + "/rapport");
        return sessie.post("/inspecties/activiteiten/" + id + "/rapport" + actie, velden);
    }

    void bevinding(UUID id, String norm, String score, String onderbouwing) {
        ggz.post(
                "/inspecties/activiteiten/" + id + "/bevindingen",
                Map.of(
                        "sleutel",
                        UUID.randomUUID().toString(),
                        "normCode",
                        norm,
                        "score",
                        score,
                        "onderbouwing",
                        onderbouwing));
    }

    void stap(UUID id, String stap) {
        ggz.get("/inspecties/activiteiten/" + id);
        ggz.post("/inspecties/activiteiten/" + id + "/stappen", Map.of("stap", stap));
    }

    String status(UUID id) {
        return jdbc.sql("select status from inspecties.toezichtactiviteit where id = ?")
                .param(id)
                .query(String.class)
                .single();
    }

    String referentie(UUID id) {
        return jdbc.sql("select referentie from inspecties.toezichtactiviteit where id = ?")
                .param(id)
                .query(String.class)
                .single();
    }

    private UUID zaakVan(UUID melding) {
        return jdbc.sql("select zaak_id from zaken.zaak_melding_telgegevens where melding_id = ?")
                .param(melding)
                .query(UUID.class)
                .optional()
                .orElse(null);
    }
}
