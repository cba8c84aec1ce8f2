package nl.toezicht.meldingen;

import static nl.toezicht.meldingen.Meldingfixtures.aantalBestanden;
import static nl.toezicht.meldingen.Meldingfixtures.aantalMeldingen;
import static nl.toezicht.meldingen.Meldingfixtures.aantalMeldingenMet;
import static nl.toezicht.meldingen.Meldingfixtures.eenCalamiteitVanEenZorgaanbieder;
import static nl.toezicht.meldingen.Meldingfixtures.eenKlachtVanEenBurger;
import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.core.instrument.MeterRegistry;
import java.time.Instant;
import java.util.Collections;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import nl.toezicht.Api;
import nl.toezicht.IntegratieTest;
import nl.toezicht.Multipart;
import nl.toezicht.Testklok;
import nl.toezicht.kern.OpslagProperties;
import nl.toezicht.kern.Zorgsector;
import nl.toezicht.register.Registertestdata;
import nl.toezicht.register.Zorgaanbiederlader;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.JsonNode;

@IntegratieTest
class MeldingApiIT {

    static final String MELDINGEN = "/api/v1/meldingen";

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    MeterRegistry meters;

    @Autowired
    Zorgaanbiederlader zorgaanbiederlader;

    @Autowired
    TransactionTemplate transacties;

    @Autowired
    Testklok klok;

    @Autowired
    OpslagProperties bijlagen;

    @Autowired
    OpgenomenGebeurtenissenConfiguratie.OpgenomenGebeurtenissen gebeurtenissen;

    Api publiek() {
        return Api.op(port);
    }

    Api intake() {
        return Api.op(port).als("intake");
    }

    @Test
    void takesInANotificationAndAnswersCreatedWithItsReferenceAndPrivateStatusLink() {
        klok.zet("2026-06-10T10:00");
        double voor = teller("API", "KLACHT_OF_SIGNAAL");

        Api.Antwoord antwoord =
                publiek().postJson(MELDINGEN, eenKlachtVanEenBurger().tekst());

        assertThat(antwoord.status()).isEqualTo(201);
        JsonNode body = antwoord.json();
        String id = body.get("id").asString();
        assertThat(antwoord.header("Location")).endsWith(MELDINGEN + "/" + id);
        assertThat(body.get("referentie").asString()).matches("M-2026-\\d{6}");
        assertThat(body.get("status").asString()).isEqualTo("ONTVANGEN");
        assertThat(body.get("statusUrl").asString()).matches("http://localhost:\\d+/status/[A-Za-z0-9_-]{43}");

        JsonNode detail = intake().get(MELDINGEN + "/" + id).json();
        assertThat(detail.get("kanaal").asString()).isEqualTo("API");
        assertThat(detail.get("bron").asString()).isEqualTo("BURGER");
        assertThat(detail.get("zorgaanbiederOmschrijving").asString()).isEqualTo("Verpleeghuis De Linde, Utrecht");
        assertThat(detail.get("melder").get("email").asString()).isEqualTo("els@example.nl");
        assertThat(detail.get("themas").get(0).asString()).isEqualTo("Medicatie");
        assertThat(detail.get("datumGebeurtenis").asString()).isEqualTo("2026-03-02");

        String token = body.get("statusUrl").asString().replaceAll(".*/status/", "");
        assertThat(jdbc.sql("select status_token_hash from meldingen.melding where id = ?")
                        .param(UUID.fromString(id))
                        .query(String.class)
                        .single())
                .isEqualTo(MeldingIntake.hash(token))
                .doesNotContain(token);
        assertThat(teller("API", "KLACHT_OF_SIGNAAL")).isEqualTo(voor + 1);
        assertThat(gebeurtenissen.alle())
                .anySatisfy(e -> assertThat(e)
                        .isInstanceOfSatisfying(
                                MeldingOntvangen.class,
                                o -> assertThat(o.melding().toString()).isEqualTo(id)));
    }

    @Test
    void theReferenceCarriesTheDutchYearOfReceiptAlsoInTheFirstHourOfTheYear() {
        // 31 December 2025, 23:30 UTC: in the Netherlands already 1 January 2026, 00:30
        klok.zet("2025-12-31T23:30:00Z");
        Api.Antwoord antwoord = publiek()
                .postJson(
                        MELDINGEN,
                        eenKlachtVanEenBurger()
                                .met("datumGebeurtenis", "2025-12-31")
                                .tekst());
        assertThat(antwoord.status()).as(antwoord.toString()).isEqualTo(201);
        assertThat(antwoord.json().get("referentie").asString()).matches("M-2026-\\d{6}");
    }

    @Test
    void aCalamityCarriesItsOutcomePatientAndDateEstablished() {
        Api.Antwoord antwoord = publiek()
                .postJson(
                        MELDINGEN,
                        eenCalamiteitVanEenZorgaanbieder()
                                .met("doorSuicide", true)
                                .met("seksueelGrensoverschrijdend", true)
                                .met("sggSoort", "TUSSEN_CLIENTEN")
                                .met("themas", List.of("COVID-19"))
                                .tekst());
        assertThat(antwoord.status()).isEqualTo(201);

        JsonNode detail = intake().get(
                        MELDINGEN + "/" + antwoord.json().get("id").asString())
                .json();
        assertThat(detail.get("patientOverleden").asBoolean()).isTrue();
        assertThat(detail.get("doorSuicide").asBoolean()).isTrue();
        assertThat(detail.get("sggSoort").asString()).isEqualTo("TUSSEN_CLIENTEN");
        assertThat(detail.get("datumVastgesteld").asString()).isEqualTo("2026-02-20");
        assertThat(detail.get("kvkNummer").asString()).isEqualTo("12345678");
        assertThat(detail.get("patient").get("geboortedatum").asString()).isEqualTo("1950-01-01");
        MeldingOntvangen ontvangen = gebeurtenissen.alle().stream()
                .filter(MeldingOntvangen.class::isInstance)
                .map(MeldingOntvangen.class::cast)
                .filter(e -> e.melding().toString().equals(detail.get("id").asString()))
                .findFirst()
                .orElseThrow();
        assertThat(ontvangen.datumVastgesteld()).hasToString("2026-02-20");
        assertThat(ontvangen.soort()).isEqualTo(Meldingsoort.CALAMITEIT);
    }

    @Test
    void refusesMalformedJsonWrongTypesUnknownAndMissingFieldsAndStoresNothing() {
        long voor = aantalMeldingen(jdbc);

        Api.Antwoord kapot = publiek().postJson(MELDINGEN, "{\"bron\": \"BURGER\", ");
        assertThat(kapot.status()).isEqualTo(400);
        assertThat(kapot.header("Content-Type")).startsWith("application/problem+json");

        Api.Antwoord verkeerdType = publiek()
                .postJson(
                        MELDINGEN,
                        eenKlachtVanEenBurger()
                                .met("patientOverleden", "misschien")
                                .tekst());
        assertThat(verkeerdType.status()).isEqualTo(400);
        assertThat(veld(verkeerdType)).isEqualTo("patientOverleden");

        Api.Antwoord onbekendeSector = publiek()
                .postJson(
                        MELDINGEN,
                        eenKlachtVanEenBurger().met("sector", "TANDARTS").tekst());
        assertThat(onbekendeSector.status()).isEqualTo(400);
        assertThat(veld(onbekendeSector)).isEqualTo("sector");

        Api.Antwoord onbekend = publiek()
                .postJson(
                        MELDINGEN,
                        eenKlachtVanEenBurger().met("prioriteit", "hoog").tekst());
        assertThat(onbekend.status()).isEqualTo(400);
        assertThat(veld(onbekend)).isEqualTo("prioriteit");
        assertThat(onbekend.json().get("errors").get(0).get("message").asString())
                .isEqualTo("Dit veld is onbekend.");

        Api.Antwoord leeg = publiek().postJson(MELDINGEN, "{}");
        assertThat(leeg.status()).isEqualTo(400);
        assertThat(velden(leeg)).contains("bron", "soort", "sector", "omschrijving");
        assertThat(leeg.tekst()).contains("Beschrijf wat er is gebeurd.");

        Api.Antwoord teLang = publiek()
                .postJson(
                        MELDINGEN,
                        eenKlachtVanEenBurger()
                                .met("omschrijving", "x".repeat(10_001))
                                .tekst());
        assertThat(teLang.status()).isEqualTo(400);
        assertThat(veld(teLang)).isEqualTo("omschrijving");

        Api.Antwoord email = publiek()
                .postJson(
                        MELDINGEN,
                        eenKlachtVanEenBurger()
                                .met("melder", java.util.Map.of("email", "geen-adres"))
                                .tekst());
        assertThat(email.status()).isEqualTo(400);
        assertThat(veld(email)).isEqualTo("melder.email");

        assertThat(aantalMeldingen(jdbc)).isEqualTo(voor);
    }

    @Test
    void refusesBrokenRulesOfTheNotificationWithTheFieldConcerned() {
        long voor = aantalMeldingen(jdbc);

        Api.Antwoord toekomst = publiek()
                .postJson(
                        MELDINGEN,
                        eenKlachtVanEenBurger()
                                .met("datumGebeurtenis", "2999-01-01")
                                .tekst());
        assertThat(toekomst.status()).isEqualTo(422);
        assertThat(veld(toekomst)).isEqualTo("datumGebeurtenis");
        assertThat(toekomst.tekst()).contains("niet in de toekomst");

        Api.Antwoord suicide = publiek()
                .postJson(
                        MELDINGEN,
                        eenKlachtVanEenBurger().met("doorSuicide", true).tekst());
        assertThat(suicide.status()).isEqualTo(422);
        assertThat(veld(suicide)).isEqualTo("doorSuicide");

        Api.Antwoord sgg = publiek()
                .postJson(
                        MELDINGEN,
                        eenKlachtVanEenBurger().met("sggSoort", "OVERIG").tekst());
        assertThat(sgg.status()).isEqualTo(422);
        assertThat(veld(sgg)).isEqualTo("sggSoort");

        Api.Antwoord sggZonderSoort = publiek()
                .postJson(
                        MELDINGEN,
                        eenKlachtVanEenBurger()
                                .met("seksueelGrensoverschrijdend", true)
                                .tekst());
        assertThat(sggZonderSoort.status()).isEqualTo(422);
        assertThat(veld(sggZonderSoort)).isEqualTo("sggSoort");

        Api.Antwoord onbekendeAanbieder = publiek()
                .postJson(
                        MELDINGEN,
                        eenKlachtVanEenBurger()
                                .met("zorgaanbiederId", UUID.randomUUID())
                                .tekst());
        assertThat(onbekendeAanbieder.status()).isEqualTo(422);
        assertThat(veld(onbekendeAanbieder)).isEqualTo("zorgaanbiederId");

        assertThat(aantalMeldingen(jdbc)).isEqualTo(voor);
    }

    @Test
    void storesHostileTextAsTextAndHandsItBackUnchanged() {
        String vijandig = "<script>alert('x')</script> '; drop table meldingen.melding; -- \u202e";
        Api.Antwoord antwoord = publiek()
                .postJson(
                        MELDINGEN,
                        eenKlachtVanEenBurger().met("omschrijving", vijandig).tekst());
        assertThat(antwoord.status()).isEqualTo(201);

        Api.Antwoord detail =
                intake().get(MELDINGEN + "/" + antwoord.json().get("id").asString());
        assertThat(detail.header("Content-Type")).startsWith("application/json");
        assertThat(detail.json().get("omschrijving").asString()).isEqualTo(vijandig);
    }

    @Test
    void aRetryWithTheSameKeyAndBodyGetsTheFirstAnswerAndStoresNothing() {
        String sleutel = "retry-" + UUID.randomUUID();
        Meldingfixtures.Json melding = eenKlachtVanEenBurger();
        Api.Antwoord eerste = publiek().met("Idempotency-Key", sleutel).postJson(MELDINGEN, melding.tekst());
        assertThat(eerste.status()).isEqualTo(201);
        long na = aantalMeldingen(jdbc);

        Api.Antwoord tweede = publiek().met("Idempotency-Key", sleutel).postJson(MELDINGEN, melding.tekstOmgekeerd());

        assertThat(tweede.status()).isEqualTo(201);
        assertThat(tweede.tekst()).isEqualTo(eerste.tekst());
        assertThat(tweede.header("Location")).isEqualTo(eerste.header("Location"));
        assertThat(aantalMeldingen(jdbc)).isEqualTo(na);
    }

    @Test
    void theSameKeyWithAnotherBodyIsRefused() {
        String sleutel = "ander-" + UUID.randomUUID();
        assertThat(publiek()
                        .met("Idempotency-Key", sleutel)
                        .postJson(MELDINGEN, eenKlachtVanEenBurger().tekst())
                        .status())
                .isEqualTo(201);
        long na = aantalMeldingen(jdbc);

        Api.Antwoord ander = publiek()
                .met("Idempotency-Key", sleutel)
                .postJson(
                        MELDINGEN,
                        eenKlachtVanEenBurger()
                                .met("omschrijving", "iets anders")
                                .tekst());

        assertThat(ander.status()).isEqualTo(422);
        assertThat(veld(ander)).isEqualTo("Idempotency-Key");
        assertThat(aantalMeldingen(jdbc)).isEqualTo(na);
    }

    @Test
    void refusesAnIdempotencyKeyWithStrangeCharacters() {
        Api.Antwoord antwoord = publiek()
                .met("Idempotency-Key", "sleutel met spaties <>")
                .postJson(MELDINGEN, eenKlachtVanEenBurger().tekst());
        assertThat(antwoord.status()).isEqualTo(422);
        assertThat(veld(antwoord)).isEqualTo("Idempotency-Key");
        assertThat(publiek()
                        .met("Idempotency-Key", "x".repeat(101))
                        .postJson(MELDINGEN, eenKlachtVanEenBurger().tekst())
                        .status())
                .isEqualTo(422);
    }

    @Test
    void parallelRetriesWithTheSameKeyStoreExactlyOneNotification() throws Exception {
        String sleutel = "parallel-" + UUID.randomUUID();
        String omschrijving = "Parallel " + sleutel;
        String body = eenKlachtVanEenBurger().met("omschrijving", omschrijving).tekst();
        List<Api.Antwoord> antwoorden =
                tegelijk(8, () -> publiek().met("Idempotency-Key", sleutel).postJson(MELDINGEN, body));
        assertThat(antwoorden).allSatisfy(a -> assertThat(a.status()).isEqualTo(201));
        assertThat(antwoorden.stream().map(Api.Antwoord::tekst).distinct()).hasSize(1);
        assertThat(aantalMeldingenMet(jdbc, omschrijving)).isEqualTo(1);
    }

    @Test
    void parallelRetriesWithAttachmentsKeepTheFilesOfExactlyOneRequest() throws Exception {
        String sleutel = "parallel-bijlagen-" + UUID.randomUUID();
        String omschrijving = "Parallel met bijlagen " + sleutel;
        Multipart multipart = new Multipart()
                .json(
                        "melding",
                        eenKlachtVanEenBurger()
                                .met("omschrijving", omschrijving)
                                .tekst())
                .bestand("bijlagen", "a.pdf", "application/pdf", Meldingfixtures.eenPdf())
                .bestand("bijlagen", "b.png", "image/png", Meldingfixtures.eenPng());
        long bestandenVoor = aantalBestanden(bijlagen);
        List<Api.Antwoord> antwoorden = tegelijk(
                6,
                () -> publiek()
                        .met("Idempotency-Key", sleutel)
                        .post(MELDINGEN, multipart.contentType(), multipart.bytes()));
        assertThat(antwoorden).allSatisfy(a -> assertThat(a.status()).isEqualTo(201));
        assertThat(antwoorden.stream().map(Api.Antwoord::tekst).distinct()).hasSize(1);
        assertThat(aantalMeldingenMet(jdbc, omschrijving)).isEqualTo(1);
        assertThat(aantalBestanden(bijlagen))
                .as("the losers' files are deleted on rollback")
                .isEqualTo(bestandenVoor + 2);
    }

    @Test
    void takesInAttachmentsJudgedByContentAndServesThemAsDownloads() {
        Multipart multipart = new Multipart()
                .json("melding", eenKlachtVanEenBurger().tekst())
                .bestand("bijlagen", "verslag.pdf", "application/pdf", Meldingfixtures.eenPdf())
                .bestand("bijlagen", "foto.png", "image/png", Meldingfixtures.eenPng())
                .bestand("bijlagen", "foto 2.jpg", "image/jpeg", Meldingfixtures.eenJpeg())
                .bestand(
                        "bijlagen",
                        "brief van zoë.docx",
                        "application/octet-stream",
                        Meldingfixtures.eenWordDocument());
        long bestandenVoor = aantalBestanden(bijlagen);

        Api.Antwoord antwoord = publiek().post(MELDINGEN, multipart.contentType(), multipart.bytes());

        assertThat(antwoord.status()).isEqualTo(201);
        String id = antwoord.json().get("id").asString();
        JsonNode detail = intake().get(MELDINGEN + "/" + id).json();
        assertThat(detail.get("bijlagen")).hasSize(4);
        assertThat(detail.get("bijlagen")
                        .valueStream()
                        .map(b -> b.get("mediatype").asString()))
                .containsExactlyInAnyOrder(
                        "application/pdf",
                        "image/png",
                        "image/jpeg",
                        "application/vnd.openxmlformats-officedocument.wordprocessingml.document");
        assertThat(aantalBestanden(bijlagen)).isEqualTo(bestandenVoor + 4);
        assertThat(jdbc.sql(
                                "select count(*) from meldingen.bijlage where melding_id = ? and opslag_sleutel like '%.pdf'")
                        .param(UUID.fromString(id))
                        .query(Long.class)
                        .single())
                .isZero();

        JsonNode word = detail.get("bijlagen")
                .valueStream()
                .filter(b -> b.get("bestandsnaam").asString().endsWith(".docx"))
                .findFirst()
                .orElseThrow();
        Api.Antwoord download = intake().get(
                        MELDINGEN + "/" + id + "/bijlagen/" + word.get("id").asString());
        assertThat(download.status()).isEqualTo(200);
        assertThat(download.bytes()).isEqualTo(Meldingfixtures.eenWordDocument());
        assertThat(download.header("Content-Disposition"))
                .startsWith("attachment;")
                .contains("filename*=UTF-8''brief%20van%20zo%C3%AB.docx");
        assertThat(download.header("X-Content-Type-Options")).isEqualTo("nosniff");
        assertThat(download.header("Content-Type"))
                .isEqualTo("application/vnd.openxmlformats-officedocument.wordprocessingml.document");

        assertThat(intake().get(MELDINGEN + "/" + id + "/bijlagen/" + UUID.randomUUID())
                        .status())
                .isEqualTo(404);
        assertThat(publiek()
                        .get(MELDINGEN + "/" + id + "/bijlagen/"
                                + word.get("id").asString())
                        .status())
                .isEqualTo(401);
    }

    @Test
    void refusesAFileWhoseNameLiesAboutItsContentAndStoresNothing() {
        long meldingenVoor = aantalMeldingen(jdbc);
        long bestandenVoor = aantalBestanden(bijlagen);

        for (byte[] vermomd : List.of(
                Meldingfixtures.eenProgramma(), Meldingfixtures.eenHtmlPagina(), Meldingfixtures.eenZipZonderWord())) {
            Multipart multipart = new Multipart()
                    .json("melding", eenKlachtVanEenBurger().tekst())
                    .bestand("bijlagen", "rapport.pdf", "application/pdf", vermomd)
                    .bestand("bijlagen", "ok.pdf", "application/pdf", Meldingfixtures.eenPdf());
            Api.Antwoord antwoord = publiek().post(MELDINGEN, multipart.contentType(), multipart.bytes());
            assertThat(antwoord.status()).isEqualTo(422);
            assertThat(veld(antwoord)).isEqualTo("bijlagen[0]");
        }

        assertThat(aantalMeldingen(jdbc)).isEqualTo(meldingenVoor);
        assertThat(aantalBestanden(bijlagen)).isEqualTo(bestandenVoor);
    }

    /** Issue 11, item 5: every entry of a zip used to be unpacked to judge it, a bomb included. */
    @Test
    void refusesAZipBombDressedAsAWordDocumentOnItsFieldInDutchAndStoresNothing() {
        long meldingenVoor = aantalMeldingen(jdbc);
        long bestandenVoor = aantalBestanden(bijlagen);
        Multipart multipart = new Multipart()
                .json("melding", eenKlachtVanEenBurger().tekst())
                .bestand("bijlagen", "ok.pdf", "application/pdf", Meldingfixtures.eenPdf())
                .bestand(
                        "bijlagen",
                        "verslag.docx",
                        "application/octet-stream",
                        Meldingfixtures.eenZipBomAlsWordDocument(256));

        Api.Antwoord antwoord = publiek().post(MELDINGEN, multipart.contentType(), multipart.bytes());

        assertThat(antwoord.status()).as(antwoord.toString()).isEqualTo(422);
        assertThat(veld(antwoord)).isEqualTo("bijlagen[1]");
        assertThat(antwoord.json().get("errors").get(0).get("message").asString())
                .contains("uitgepakt");
        assertThat(aantalMeldingen(jdbc)).isEqualTo(meldingenVoor);
        assertThat(aantalBestanden(bijlagen)).isEqualTo(bestandenVoor);
    }

    @Test
    void refusesAMultipartWithoutItsNotificationPartAndAnUnsupportedMediaType() {
        long voor = aantalMeldingen(jdbc);
        Multipart zonderMelding =
                new Multipart().bestand("bijlagen", "verslag.pdf", "application/pdf", Meldingfixtures.eenPdf());

        Api.Antwoord zonder = publiek().post(MELDINGEN, zonderMelding.contentType(), zonderMelding.bytes());
        assertThat(zonder.status()).isEqualTo(400);
        assertThat(veld(zonder)).isEqualTo("melding");

        Multipart onbekendVeld = new Multipart()
                .json("melding", eenKlachtVanEenBurger().met("geheim", "x").tekst())
                .bestand("bijlagen", "verslag.pdf", "application/pdf", Meldingfixtures.eenPdf());
        Api.Antwoord onbekend = publiek().post(MELDINGEN, onbekendVeld.contentType(), onbekendVeld.bytes());
        assertThat(onbekend.status()).isEqualTo(400);
        assertThat(veld(onbekend)).isEqualTo("geheim");

        Api.Antwoord tekst =
                publiek().post(MELDINGEN, "text/plain", "melding".getBytes(java.nio.charset.StandardCharsets.UTF_8));
        assertThat(tekst.status()).isEqualTo(415);
        assertThat(aantalMeldingen(jdbc)).isEqualTo(voor);
    }

    @Test
    void refusesAnOversizedFileOnItsFieldAndAnOversizedBodyWith413AndStoresNothing() {
        long meldingenVoor = aantalMeldingen(jdbc);
        long bestandenVoor = aantalBestanden(bijlagen);

        byte[] groot = new byte[21 * 1024 * 1024];
        System.arraycopy(Meldingfixtures.eenPdf(), 0, groot, 0, Meldingfixtures.eenPdf().length);
        Multipart teGrootBestand = new Multipart()
                .json("melding", eenKlachtVanEenBurger().tekst())
                .bestand("bijlagen", "groot.pdf", "application/pdf", groot);
        Api.Antwoord bestand = publiek().post(MELDINGEN, teGrootBestand.contentType(), teGrootBestand.bytes());
        // within the request limit, a file over intake's 20 MB is refused on its own field
        assertThat(bestand.status()).as(bestand.toString()).isEqualTo(422);
        assertThat(bestand.header("Content-Type")).startsWith("application/problem+json");
        assertThat(bestand.tekst()).contains("bijlagen[0]", "Een bijlage mag maximaal 20 MB zijn.");

        Multipart teGrootVerzoek = new Multipart()
                .json("melding", eenKlachtVanEenBurger().tekst())
                .bestand("bijlagen", "a.pdf", "application/pdf", java.util.Arrays.copyOf(groot, 13 * 1024 * 1024))
                .bestand("bijlagen", "b.pdf", "application/pdf", java.util.Arrays.copyOf(groot, 13 * 1024 * 1024));
        Api.Antwoord verzoek = publiek().post(MELDINGEN, teGrootVerzoek.contentType(), teGrootVerzoek.bytes());
        assertThat(verzoek.status()).isEqualTo(413);

        Api.Antwoord json = publiek()
                .postJson(
                        MELDINGEN,
                        eenKlachtVanEenBurger()
                                .met("omschrijving", "x".repeat(26 * 1024 * 1024))
                                .tekst());
        assertThat(json.status()).isEqualTo(413);

        assertThat(aantalMeldingen(jdbc)).isEqualTo(meldingenVoor);
        assertThat(aantalBestanden(bijlagen)).isEqualTo(bestandenVoor);
    }

    @Test
    void staffListNotificationsPagedAndFiltered() {
        String thema = "lijst-" + UUID.randomUUID();
        Instant begin = klok.zet("2026-06-10T10:00").instant();
        for (int i = 0; i < 3; i++) {
            assertThat(publiek()
                            .postJson(
                                    MELDINGEN,
                                    eenKlachtVanEenBurger()
                                            .met("sector", "PREVENTIE")
                                            .met("bron", "ANDERS")
                                            .met("themas", List.of(thema))
                                            .tekst())
                            .status())
                    .isEqualTo(201);
        }
        String vandaag = "2026-06-10";

        JsonNode pagina = intake().get(
                        MELDINGEN + "?sector=PREVENTIE&bron=ANDERS&soort=KLACHT_OF_SIGNAAL&status=ONTVANGEN"
                                + "&ongekoppeld=true&vanaf=" + vandaag + "&tot=" + vandaag + "&grootte=2&pagina=0")
                .json();
        assertThat(pagina.get("grootte").asInt()).isEqualTo(2);
        assertThat(pagina.get("items")).hasSize(2);
        assertThat(pagina.get("totaal").asLong()).isGreaterThanOrEqualTo(3);
        assertThat(pagina.get("items").valueStream()).allSatisfy(r -> {
            assertThat(r.get("sector").asString()).isEqualTo("PREVENTIE");
            assertThat(r.get("bron").asString()).isEqualTo("ANDERS");
            assertThat(r.get("gekoppeld").asBoolean()).isFalse();
            assertThat(Instant.parse(r.get("ontvangenOp").asString())).isAfterOrEqualTo(begin.minusSeconds(5));
        });
        // the next page of the same question holds none of the first (other tests' notifications may be newer)
        String zonderDatum = MELDINGEN + "?sector=PREVENTIE&bron=ANDERS&grootte=2&pagina=";
        JsonNode eerste = intake().get(zonderDatum + 0).json();
        JsonNode volgende = intake().get(zonderDatum + 1).json();
        assertThat(volgende.get("items")).isNotEmpty();
        assertThat(volgende.get("items").get(0).get("id").asString())
                .isNotIn(
                        eerste.get("items").get(0).get("id").asString(),
                        eerste.get("items").get(1).get("id").asString());

        // "tot" is inclusive and ends at that day: proven with this test's own notifications, since other tests
        // (a history import into a random past year, say) may hold any date before or after
        List<String> eigen = ids(intake().get(MELDINGEN + "?sector=PREVENTIE&bron=ANDERS&vanaf=" + vandaag + "&tot="
                        + vandaag + "&grootte=100")
                .json());
        assertThat(eigen).hasSizeGreaterThanOrEqualTo(3);
        klok.zet("2026-06-11T10:00");
        String morgen = publiek()
                .postJson(
                        MELDINGEN,
                        eenKlachtVanEenBurger()
                                .met("sector", "PREVENTIE")
                                .met("bron", "ANDERS")
                                .met("themas", List.of(thema))
                                .tekst())
                .json()
                .get("id")
                .asString();
        List<String> totVandaag = ids(intake().get(MELDINGEN + "?sector=PREVENTIE&bron=ANDERS&vanaf=" + vandaag
                        + "&tot=" + vandaag + "&grootte=100")
                .json());
        assertThat(totVandaag).containsAll(eigen).doesNotContain(morgen);
        assertThat(ids(intake().get(
                                MELDINGEN + "?sector=PREVENTIE&bron=ANDERS&vanaf=2026-06-11&tot=2026-06-11&grootte=100")
                        .json()))
                .contains(morgen)
                .doesNotContainAnyElementsOf(eigen);
        Api.Antwoord teGroot = intake().get(MELDINGEN + "?grootte=101");
        assertThat(teGroot.status()).isEqualTo(400);
        assertThat(veld(teGroot)).isEqualTo("grootte");
        assertThat(intake().get(MELDINGEN + "?sector=ONBEKEND").status()).isEqualTo(400);
        assertThat(publiek().get(MELDINGEN).status()).isEqualTo(401);
    }

    private static List<String> ids(JsonNode pagina) {
        return pagina.get("items")
                .valueStream()
                .map(r -> r.get("id").asString())
                .toList();
    }

    @Test
    void anInspectorSeesOnlyNotificationsOfTheirDepartment() {
        String id = publiek()
                .postJson(
                        MELDINGEN,
                        eenKlachtVanEenBurger().met("sector", "JEUGD").tekst())
                .json()
                .get("id")
                .asString();

        assertThat(Api.op(port)
                        .als("inspecteur.jeugd")
                        .get(MELDINGEN + "/" + id)
                        .status())
                .isEqualTo(200);
        // outside one's departments a notification does not exist: ids cannot be probed (ASVS 8.2.2)
        assertThat(Api.op(port).als("inspecteur.ggz").get(MELDINGEN + "/" + id).status())
                .isEqualTo(404);
        assertThat(Api.op(port)
                        .als("inspecteur.ggz")
                        .get(MELDINGEN + "?sector=JEUGD")
                        .json()
                        .get("totaal")
                        .asLong())
                .isZero();
        assertThat(intake().get(MELDINGEN + "/" + UUID.randomUUID()).status()).isEqualTo(404);
        assertThat(intake().get(MELDINGEN + "/geen-uuid").status()).isEqualTo(400);
    }

    @Test
    void intakeLinksANotificationToAProviderOfTheRegister() {
        Registertestdata.Opgeslagen aanbieder = nieuweZorgaanbieder();
        UUID zorgaanbieder = aanbieder.zorgaanbieder().waarde();
        UUID locatie = aanbieder.locatie().waarde();
        UUID anderLocatie = nieuweZorgaanbieder().locatie().waarde();
        Multipart metBijlage = new Multipart()
                .json("melding", eenKlachtVanEenBurger().tekst())
                .bestand("bijlagen", "verslag.pdf", "application/pdf", Meldingfixtures.eenPdf());
        String id = publiek()
                .post(MELDINGEN, metBijlage.contentType(), metBijlage.bytes())
                .json()
                .get("id")
                .asString();
        String pad = MELDINGEN + "/" + id + "/zorgaanbieder";

        assertThat(Api.op(port)
                        .als("inspecteur")
                        .postJson(pad, "{\"zorgaanbiederId\":\"" + zorgaanbieder + "\"}")
                        .status())
                .isEqualTo(403);
        Api.Antwoord onbekend = intake().postJson(pad, "{\"zorgaanbiederId\":\"" + UUID.randomUUID() + "\"}");
        assertThat(onbekend.status()).isEqualTo(422);
        assertThat(veld(onbekend)).isEqualTo("zorgaanbiederId");
        Api.Antwoord vreemdeLocatie = intake().postJson(
                        pad, "{\"zorgaanbiederId\":\"" + zorgaanbieder + "\",\"locatieId\":\"" + anderLocatie + "\"}");
        assertThat(vreemdeLocatie.status()).isEqualTo(422);
        assertThat(veld(vreemdeLocatie)).isEqualTo("locatieId");
        Api.Antwoord zonder = intake().postJson(pad, "{}");
        assertThat(zonder.status()).isEqualTo(400);
        assertThat(veld(zonder)).isEqualTo("zorgaanbiederId");
        assertThat(intake().get(MELDINGEN + "/" + id).json().has("zorgaanbiederId"))
                .isFalse();

        Api.Antwoord gekoppeld = intake().postJson(
                        pad, "{\"zorgaanbiederId\":\"" + zorgaanbieder + "\",\"locatieId\":\"" + locatie + "\"}");

        assertThat(gekoppeld.status()).isEqualTo(200);
        JsonNode detail = intake().get(MELDINGEN + "/" + id).json();
        assertThat(detail.get("zorgaanbiederId").asString()).isEqualTo(zorgaanbieder.toString());
        assertThat(detail.get("locatieId").asString()).isEqualTo(locatie.toString());
        assertThat(detail.get("bijlagen")).hasSize(1);
        assertThat(intake().get(MELDINGEN + "/" + id + "/bijlagen/"
                                + detail.get("bijlagen").get(0).get("id").asString())
                        .bytes())
                .isEqualTo(Meldingfixtures.eenPdf());
        assertThat(gebeurtenissen.alle())
                .contains(new MeldingGekoppeld(
                        new MeldingId(UUID.fromString(id)),
                        new nl.toezicht.register.ZorgaanbiederId(zorgaanbieder),
                        "intake"));
        assertThat(intake().get(MELDINGEN + "?ongekoppeld=true&grootte=100").tekst())
                .doesNotContain(id);
    }

    @Test
    void theOpenApiDescriptionListsTheNotificationEndpoints() {
        Api.Antwoord docs = publiek().get("/v3/api-docs");
        assertThat(docs.status()).isEqualTo(200);
        assertThat(docs.json().get("paths").has("/api/v1/meldingen")).isTrue();
        assertThat(docs.json().get("paths").has("/api/v1/meldingen/{id}/bijlagen/{bijlageId}"))
                .isTrue();
        assertThat(docs.tekst()).contains("Melding doen");
    }

    Registertestdata.Opgeslagen nieuweZorgaanbieder() {
        return new Registertestdata(zorgaanbiederlader, transacties, klok)
                .zorgaanbieder("Zorggroep De Linde " + UUID.randomUUID(), Zorgsector.VERZORGING_EN_VERPLEGING);
    }

    double teller(String kanaal, String soort) {
        var teller = meters.find("toezicht.meldingen.ontvangen")
                .tag("kanaal", kanaal)
                .tag("soort", soort)
                .counter();
        return teller == null ? 0 : teller.count();
    }

    static String veld(Api.Antwoord antwoord) {
        return antwoord.json().get("errors").get(0).get("field").asString();
    }

    static List<String> velden(Api.Antwoord antwoord) {
        return antwoord.json()
                .get("errors")
                .valueStream()
                .map(e -> e.get("field").asString())
                .toList();
    }

    /** Sends the same request from {@code keer} threads at once, as impatient clients retrying do. */
    static List<Api.Antwoord> tegelijk(int keer, Callable<Api.Antwoord> poging) throws InterruptedException {
        ExecutorService pool = Executors.newFixedThreadPool(keer);
        try {
            return pool.invokeAll(Collections.nCopies(keer, poging)).stream()
                    .map(MeldingApiIT::uitkomst)
                    .toList();
        } finally {
            pool.shutdownNow();
        }
    }

    static Api.Antwoord uitkomst(Future<Api.Antwoord> f) {
        try {
            return f.get();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
