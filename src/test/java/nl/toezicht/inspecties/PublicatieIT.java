package nl.toezicht.inspecties;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.Map;
import java.util.UUID;
import nl.toezicht.Api;
import nl.toezicht.IntegratieTest;
import nl.toezicht.Pdf;
import nl.toezicht.Sessie;
import nl.toezicht.Testklok;
import nl.toezicht.Wachten;
import nl.toezicht.kern.Tijdzone;
import nl.toezicht.register.Register;
import nl.toezicht.register.Registertestdata;
import nl.toezicht.register.Zorgaanbiederlader;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Publication of a final report (decision 0092) through HTTP on the whole application: public only after the
 * waiting period and only once; the anonymisation check blocks the release until the public version is corrected
 * or the check is overridden with a reason (timeline, access log); the public search finds only what is public.
 * Each test works on a provider of its own (unique name and municipality), so no count depends on other tests.
 */
@IntegratieTest
@RecordApplicationEvents
class PublicatieIT {

    @Autowired
    ApplicationEvents gebeurtenissen;

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Planning planning;

    @Autowired
    Openbaarmaking openbaarmaking;

    @Autowired
    Testklok klok;

    @Autowired
    Register register;

    @Autowired
    Zorgaanbiederlader lader;

    @Autowired
    TransactionTemplate transacties;

    Rapportfixtures fixtures;
    Sessie ggz;
    String uniek;
    UUID aanbieder;

    @BeforeEach
    void klaarzetten() {
        new Registertestdata(lader, transacties, klok).demoZorgaanbieder();
        fixtures = new Rapportfixtures(port, jdbc, register, planning.vandaag());
        ggz = fixtures.ggz;
        uniek = UUID.randomUUID().toString().substring(0, 8);
        aanbieder = eigenZorgaanbieder(port, uniek);
    }

    /** A provider with a name and municipality no other test uses. */
    static UUID eigenZorgaanbieder(int port, String uniek) {
        String kvk = "7"
                + String.format(
                        "%07d", java.util.concurrent.ThreadLocalRandom.current().nextInt(10_000_000));
        Api.Antwoord nieuw =
                Api.op(port).als("intake").postJson("/api/v1/zorgaanbieders", """
                {"naam": "Publicatiezorg %s", "kvkNummer": "%s", "sectoren": ["GGZ"],
                 "locaties": [{"naam": "Hoofdlocatie", "adres": "Dorpsstraat 1", "postcode": "8011 AB",
                               "plaats": "Plaats%s", "gemeente": "Gemeente%s"}]}
                """.formatted(uniek, kvk, uniek, uniek));
        assertThat(nieuw.status()).as(nieuw.toString()).isEqualTo(201);
        return UUID.fromString(nieuw.json().get("id").asString());
    }

    /** Through the provider's view term (nothing came) and made final by the lead inspector. */
    private UUID definitief(String tekst) {
        UUID id = fixtures.naarZorgaanbieder(aanbieder, tekst);
        klok.verzet(Duration.ofDays(30));
        fixtures.rapportactie(ggz, id, "/vaststellen", Map.of());
        assertThat(fixtures.status(id)).isEqualTo("RAPPORT_DEFINITIEF");
        return id;
    }

    @Test
    void aReleasedReportIsPublicOnlyAfterTheWaitingPeriodAndAnnouncedOnce() {
        UUID id = definitief("De teamleider bespreekt elke week de incidenten.");
        String referentie = fixtures.referentie(id);
        LocalDate definitiefOp = planning.vandaag();

        Api.Antwoord vrijgegeven = Api.op(port)
                .als("inspecteur.ggz")
                .postJson("/api/v1/toezichtactiviteiten/" + id + "/rapport/publicatie", "{}");
        assertThat(vrijgegeven.status()).as(vrijgegeven.toString()).isEqualTo(200);
        assertThat(vrijgegeven.json().get("gepubliceerd").asBoolean()).isFalse();
        assertThat(vrijgegeven.json().get("openbaarVanaf").asString())
                .isEqualTo(definitiefOp.plusWeeks(2).toString());
        // a second release is refused
        Api.Antwoord nogEens = Api.op(port)
                .als("inspecteur.ggz")
                .postJson("/api/v1/toezichtactiviteiten/" + id + "/rapport/publicatie", "{}");
        assertThat(nogEens.status()).isEqualTo(409);
        assertThat(nogEens.json().get("detail").asString()).contains("is al vrijgegeven");

        // within the waiting period: not public, not found, the job leaves it alone
        klok.verzet(Duration.ofDays(13));
        assertThat(openbaarmaking.publiceerRijpe()).doesNotContain(id);
        assertThat(fixtures.status(id)).isEqualTo("RAPPORT_DEFINITIEF");
        Api anoniem = Api.op(port);
        assertThat(anoniem.get("/openbaar/inspectierapporten/" + aanbieder).tekst())
                .doesNotContain(referentie);
        assertThat(anoniem.get("/openbaar/inspectierapporten/" + aanbieder + "/" + id + ".pdf")
                        .status())
                .isEqualTo(404);
        assertThat(anoniem.get("/openbaar/inspectierapporten?zorgaanbieder=Publicatiezorg+" + uniek)
                        .tekst())
                .doesNotContain(referentie)
                .contains("Geen gepubliceerde rapporten gevonden.");

        // the day the period ends: the job publishes it, once; a second run finds nothing
        klok.verzet(Duration.ofDays(1));
        assertThat(openbaarmaking.publiceerRijpe()).containsOnlyOnce(id);
        assertThat(openbaarmaking.publiceerRijpe()).doesNotContain(id);
        assertThat(fixtures.status(id)).isEqualTo("GEPUBLICEERD");
        assertThat(jdbc.sql("select count(*) from inspecties.activiteitstap where activiteit = ?"
                                + " and stap = 'RAPPORT_PUBLICEREN'")
                        .param(id)
                        .query(Integer.class)
                        .single())
                .isEqualTo(1);
        openbaarmaking.publiceerRijpe();
        assertThat(gebeurtenissen.stream(RapportGepubliceerd.class)
                        .filter(e -> e.activiteit().equals(id)))
                .singleElement()
                .satisfies(e -> assertThat(e.zorgaanbieder()).isEqualTo(aanbieder));

        assertThat(anoniem.get("/openbaar/inspectierapporten/" + aanbieder).tekst())
                .contains(referentie);
        assertThat(anoniem.get("/openbaar/inspectierapporten/" + aanbieder + "/" + id + ".pdf")
                        .status())
                .isEqualTo(200);
    }

    @Test
    void theCheckBlocksTheReleaseUntilThePublicVersionIsCorrected() throws Exception {
        UUID id = definitief("De cliënt met BSN 111222333 had geen zorgplan.");
        String finaleSha = jdbc.sql("select pdf_sha256 from inspecties.rapport where activiteit = ?")
                .param(id)
                .query(String.class)
                .single();
        assertThat(ggz.get("/inspecties/activiteiten/" + id + "/rapport").tekst())
                .contains("*****2333", "Openbare versie");

        // the page's release is refused in words; nothing is released
        assertThat(fixtures.rapportactie(ggz, id, "/publiceren", Map.of()).status())
                .isEqualTo(302);
        assertThat(ggz.get("/inspecties/activiteiten/" + id + "/rapport").tekst())
                .contains("kan niet worden gepubliceerd", "een burgerservicenummer (*****2333)");
        assertThat(openbaarmaking.stand(id).map(Openbaarmaking.Stand::isVrijgegeven))
                .isNotEqualTo(java.util.Optional.of(true));

        // a refused correction shows what was typed (a norm not in the report)
        fixtures.rapportactie(
                ggz, id, "/openbare-versie", Map.of("inleiding", "Getypt " + uniek, "tekst[9.9]", "Onbekend."));
        assertThat(ggz.get("/inspecties/activiteiten/" + id + "/rapport").tekst())
                .contains("Norm 9.9 staat niet in dit rapport.", "Getypt " + uniek);
        // the lead corrects the public version: the check finds nothing any more; the final PDF stays
        fixtures.rapportactie(
                ggz,
                id,
                "/openbare-versie",
                Map.of(
                        "inleiding",
                        "Inleiding van de test.",
                        "tekst[1.1]",
                        "Een cliënt had geen zorgplan.",
                        "tekst[1.2]",
                        "Incidenten worden niet gemeld; er is geen meldprocedure."));
        String pagina = ggz.get("/inspecties/activiteiten/" + id + "/rapport").tekst();
        assertThat(pagina).contains("Geen BSN, e-mailadres").doesNotContain("*****2333");
        fixtures.rapportactie(ggz, id, "/publiceren", Map.of());
        assertThat(openbaarmaking.stand(id).orElseThrow().isVrijgegeven()).isTrue();

        klok.verzet(Duration.ofDays(15));
        openbaarmaking.publiceerRijpe();
        byte[] openbaar = Api.op(port)
                .get("/openbaar/inspectierapporten/" + aanbieder + "/" + id + ".pdf")
                .bytes();
        assertThat(Pdf.tekst(openbaar))
                .contains("Een cliënt had geen zorgplan.")
                .doesNotContain("111222333");
        String openbareSha = sha256(openbaar);
        assertThat(openbareSha)
                .isNotEqualTo(finaleSha)
                .isEqualTo(openbaarmaking.stand(id).orElseThrow().pdfSha256());
        assertThat(Api.op(port).get("/openbaar/inspectierapporten/" + aanbieder).tekst())
                .contains(openbareSha);
        // the archived final report is as it was made final
        byte[] finaal =
                ggz.get("/inspecties/activiteiten/" + id + "/rapport.pdf").bytes();
        assertThat(sha256(finaal)).isEqualTo(finaleSha);
    }

    @Test
    void anOverrideNeedsAReasonAndIsInTheTimelineAndTheAccessLog() {
        UUID id = definitief("Bel de teamleider op 06-12345678.");

        // without a reason: refused on the field, on the page and on the API (422 problem+json)
        fixtures.rapportactie(ggz, id, "/publiceren", Map.of("afwijken", "true", "reden", " "));
        assertThat(ggz.get("/inspecties/activiteiten/" + id + "/rapport").tekst())
                .contains("Vul de reden in waarom het rapport toch openbaar mag.", "href=\"#reden\"");
        Api.Antwoord zonder = Api.op(port)
                .als("inspecteur.ggz")
                .postJson("/api/v1/toezichtactiviteiten/" + id + "/rapport/publicatie", "{\"afwijken\": true}");
        assertThat(zonder.status()).isEqualTo(422);
        assertThat(zonder.header("Content-Type")).startsWith("application/problem+json");
        assertThat(zonder.json().toString()).contains("reden", "Vul de reden in");
        assertThat(openbaarmaking.stand(id)).isEmpty();

        // with a reason: released; the reason in the timeline (the kind found, not the number) and the access log
        Api.Antwoord met = Api.op(port)
                .als("inspecteur.ggz")
                .postJson(
                        "/api/v1/toezichtactiviteiten/" + id + "/rapport/publicatie",
                        "{\"afwijken\": true, \"reden\": \"Het algemene nummer van de locatie " + uniek + ".\"}");
        assertThat(met.status()).as(met.toString()).isEqualTo(200);
        assertThat(openbaarmaking.stand(id).orElseThrow().afwijkingReden()).contains(uniek);
        String toelichting = jdbc.sql("select toelichting from inspecties.activiteitstap where activiteit = ?"
                        + " and stap = 'PUBLICATIE_VRIJGEVEN'")
                .param(id)
                .query(String.class)
                .single();
        assertThat(toelichting)
                .contains("overschreven", "een telefoonnummer", uniek)
                .doesNotContain("06-12345678");
        Wachten.tot(
                () -> jdbc.sql("select count(*) from logboek.toegangslog where objecten like ? and objecten like ?"
                                        + " and toegestaan")
                                .params("%ANONIMITEITSTOETS_AFWIJKING%", "%" + id + "%")
                                .query(Integer.class)
                                .single()
                        >= 1,
                "the override in the access log");
        assertThat(ggz.get("/inspecties/activiteiten/" + id + "/rapport").tekst())
                .contains("Vrijgegeven ondanks de controle", uniek);
    }

    @Test
    void thePublicSearchFindsPublishedReportsByProviderPlaceSectorAndYear() {
        UUID gepubliceerd = definitief("Het team werkt met een actueel signaleringsplan.");
        UUID nietVrijgegeven = definitief("Ook dit team werkt met een signaleringsplan.");
        Api.op(port)
                .als("inspecteur.ggz")
                .postJson("/api/v1/toezichtactiviteiten/" + gepubliceerd + "/rapport/publicatie", "{}");
        klok.verzet(Duration.ofDays(15));
        openbaarmaking.publiceerRijpe();
        String ref = fixtures.referentie(gepubliceerd);
        String andere = fixtures.referentie(nietVrijgegeven);
        int jaar = LocalDate.ofInstant(
                        jdbc.sql("select definitief_op from inspecties.rapport where activiteit = ?")
                                .param(gepubliceerd)
                                .query(java.sql.Timestamp.class)
                                .single()
                                .toInstant(),
                        Tijdzone.NEDERLAND)
                .getYear();

        Api anoniem = Api.op(port);
        assertThat(anoniem.get("/openbaar/inspectierapporten?zorgaanbieder=publicatiezorg+" + uniek)
                        .tekst())
                .contains(ref, "1 rapport gevonden", "Gemeente" + uniek)
                .doesNotContain(andere, "inspecteur");
        assertThat(anoniem.get("/openbaar/inspectierapporten?gemeente=gemeente" + uniek)
                        .tekst())
                .contains(ref, "1 rapport gevonden");
        assertThat(anoniem.get("/openbaar/inspectierapporten?gemeente=Plaats" + uniek + "&sector=GGZ&jaar=" + jaar)
                        .tekst())
                .contains(ref);
        assertThat(anoniem.get("/openbaar/inspectierapporten?gemeente=Gemeente" + uniek + "&sector=JEUGD")
                        .tekst())
                .doesNotContain(ref);
        assertThat(anoniem.get("/openbaar/inspectierapporten?gemeente=Gemeente" + uniek + "&jaar=" + (jaar - 1))
                        .tekst())
                .doesNotContain(ref);
        // a wildcard is a character, not a pattern
        assertThat(anoniem.get("/openbaar/inspectierapporten?zorgaanbieder=%25" + uniek.substring(1))
                        .tekst())
                .doesNotContain(ref);
        // bad input: refused on its field, nothing listed, no error page
        Api.Antwoord fout = anoniem.get("/openbaar/inspectierapporten?jaar=twintig");
        assertThat(fout.status()).isEqualTo(200);
        assertThat(fout.tekst()).contains("Vul een jaar in cijfers in", "aria-invalid=\"true\"");
        assertThat(anoniem.get("/openbaar/inspectierapporten?sector=ONBEKEND").tekst())
                .contains("Kies een sector uit de lijst.");
        // English as the second language
        assertThat(anoniem.get("/openbaar/inspectierapporten?lang=en&zorgaanbieder=Publicatiezorg+" + uniek)
                        .tekst())
                .contains("Search inspection reports", "1 report found");
    }

    private static String sha256(byte[] inhoud) throws Exception {
        return HexFormat.of()
                .formatHex(java.security.MessageDigest.getInstance("SHA-256").digest(inhoud));
    }
}
