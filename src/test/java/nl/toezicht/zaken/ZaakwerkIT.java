package nl.toezicht.zaken;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import nl.toezicht.Api;
import nl.toezicht.IntegratieTest;
import nl.toezicht.Sessie;
import nl.toezicht.Testklok;
import nl.toezicht.kern.Zorgsector;
import nl.toezicht.meldingen.MeldingOntvangen;
import nl.toezicht.termijnen.Termijnen;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/**
 * Notes, tasks, the four-eyes closing and reopening over HTTP (issue 13 items 2 and 4, decision 0060): every
 * rule and refusal, with the access log and what the reporter and the provider (never) see.
 */
@IntegratieTest
class ZaakwerkIT {

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ApplicationContext context;

    @Autowired
    Termijnen termijnen;

    @Autowired
    Testklok klok;

    Zaakfixtures fixtures;
    Api ggz;
    Api tweedeGgz;
    Api jeugd;
    Api analist;
    Api intake;

    @BeforeEach
    void setUp() {
        fixtures = Zaakfixtures.uit(context);
        ggz = Api.op(port).als("inspecteur.ggz");
        tweedeGgz = Api.op(port).als("inspecteur");
        jeugd = Api.op(port).als("inspecteur.jeugd");
        analist = Api.op(port).als("analist");
        intake = Api.op(port).als("intake");
    }

    private String pad(ZaakId id, String rest) {
        return "/api/v1/zaken/" + id + rest;
    }

    private JsonNode zaak(ZaakId id) {
        return intake.get(pad(id, "")).json();
    }

    private List<String> tijdlijn(ZaakId id) {
        List<String> stappen = new ArrayList<>();
        zaak(id).get("tijdlijn").forEach(s -> stappen.add(s.get("transitie").asString()));
        return stappen;
    }

    private long gelogd(String gebruiker, String handeling, ZaakId zaak) {
        return jdbc.sql("select count(*) from logboek.toegangslog where gebruiker = ? and handeling = ? and toegestaan"
                        + " and objecten_json @> ?::jsonb")
                .params(gebruiker, handeling, "[{\"type\":\"ZAAK\",\"id\":\"" + zaak + "\"}]")
                .query(Long.class)
                .single();
    }

    /** The part of a page inside the section with this id; empty when the page has none. */
    private static String sectie(String pagina, String id) {
        int begin = pagina.indexOf("id=\"" + id + "\"");
        return begin < 0 ? "" : pagina.substring(begin, pagina.indexOf("</section>", begin));
    }

    private ZaakId inTriage() {
        ZaakId id = fixtures.eenKlacht().inSector(Zorgsector.GGZ).opentZaak();
        Api.Antwoord stap = ggz.postJson(pad(id, "/statuswijzigingen"), "{\"transitie\":\"START_TRIAGE\"}");
        assertThat(stap.status()).as(stap.toString()).isEqualTo(201);
        return id;
    }

    // --- notes ---

    @Test
    void aNoteIsAddedWithoutChangingTheStateShownNewestFirstAndLogged() {
        ZaakId id = inTriage();
        long versie = zaak(id).get("versie").asLong();
        long wijzigingen = gelogd("inspecteur.ggz", "WIJZIGEN", id);

        Api.Antwoord eerste = ggz.postJson(pad(id, "/notities"), "{\"tekst\":\"Gebeld met de locatiemanager.\"}");
        assertThat(eerste.status()).as(eerste.toString()).isEqualTo(201);
        assertThat(eerste.json().get("door").asString()).isEqualTo("inspecteur.ggz");
        klok.verzet(java.time.Duration.ofMinutes(5));
        ggz.postJson(pad(id, "/notities"), "{\"tekst\":\"  Rapport komt vrijdag.  \"}");

        JsonNode notities = ggz.get(pad(id, "/notities")).json();
        assertThat(notities).hasSize(2);
        assertThat(notities.get(0).get("tekst").asString()).isEqualTo("Rapport komt vrijdag.");
        assertThat(notities.get(1).get("tekst").asString()).isEqualTo("Gebeld met de locatiemanager.");
        JsonNode zaak = zaak(id);
        assertThat(zaak.get("status").asString()).isEqualTo("IN_TRIAGE");
        assertThat(zaak.get("versie").asLong()).isEqualTo(versie + 2);
        assertThat(tijdlijn(id)).endsWith("NOTEREN", "NOTEREN");
        // adding is a change of the case; reading the notes is a read of the case
        assertThat(gelogd("inspecteur.ggz", "WIJZIGEN", id)).isEqualTo(wijzigingen + 2);
        assertThat(gelogd("inspecteur.ggz", "INZIEN", id)).isPositive();

        // the case page shows them, newest first, with the author's name
        String pagina =
                Sessie.op(port).als("inspecteur.ggz").get("/zaken/" + id).tekst();
        assertThat(pagina.indexOf("Rapport komt vrijdag.")).isLessThan(pagina.indexOf("Gebeld met de locatiemanager."));
        assertThat(pagina).contains("Gert Visser", "Notitie toegevoegd");
    }

    @Test
    void badNotesAreRefusedInDutchOnTheFieldAndNothingIsStored() {
        ZaakId id = inTriage();
        long versie = zaak(id).get("versie").asLong();

        Api.Antwoord leeg = ggz.postJson(pad(id, "/notities"), "{\"tekst\":\"   \"}");
        assertThat(leeg.status()).isEqualTo(422);
        assertThat(leeg.header("Content-Type")).startsWith("application/problem+json");
        assertThat(leeg.json().get("errors").get(0).get("field").asString()).isEqualTo("tekst");
        assertThat(leeg.json().get("detail").asString()).isEqualTo("Schrijf een notitie.");

        Api.Antwoord teLang = ggz.postJson(pad(id, "/notities"), "{\"tekst\":\"" + "x".repeat(4001) + "\"}");
        assertThat(teLang.status()).isEqualTo(422);
        assertThat(teLang.json().get("detail").asString()).isEqualTo("Een notitie is ten hoogste 4000 tekens.");

        Api.Antwoord stuurteken = ggz.postJson(pad(id, "/notities"), "{\"tekst\":\"bel\\u0007terug\"}");
        assertThat(stuurteken.status()).isEqualTo(400);
        assertThat(stuurteken.json().get("errors").get(0).get("field").asString())
                .isEqualTo("tekst");
        assertThat(stuurteken.json().get("errors").get(0).get("message").asString())
                .contains("stuurteken");

        // another department's inspector does not find the case; an analyst may read but not write
        assertThat(jeugd.postJson(pad(id, "/notities"), "{\"tekst\":\"hallo\"}").status())
                .isEqualTo(404);
        assertThat(jeugd.get(pad(id, "/notities")).status()).isEqualTo(404);
        assertThat(analist.postJson(pad(id, "/notities"), "{\"tekst\":\"hallo\"}")
                        .status())
                .isEqualTo(403);

        assertThat(ggz.get(pad(id, "/notities")).json()).isEmpty();
        assertThat(zaak(id).get("versie").asLong()).isEqualTo(versie);
    }

    @Test
    void whoMayNotSeeFreeTextSeesThatThereIsANoteButNotItsText() {
        ZaakId id = inTriage();
        ggz.postJson(pad(id, "/notities"), "{\"tekst\":\"Naam patiënt: J. Jansen\"}");
        JsonNode gezien = analist.get(pad(id, "/notities")).json();
        assertThat(gezien).hasSize(1);
        assertThat(gezien.get(0).has("tekst")).isFalse();
        assertThat(analist.get("/zaken/" + id).tekst()).doesNotContain("J. Jansen");
    }

    @Test
    void anInternalNoteNeverReachesTheReportersStatusPageOrTheProvidersPortal() {
        Api.Antwoord gemeld = Api.op(port).postJson("/api/v1/meldingen", """
                {"bron": "ZORGAANBIEDER", "soort": "CALAMITEIT", "sector": "GGZ", "kvkNummer": "90000001",
                 "datumGebeurtenis": "2026-02-10", "omschrijving": "Cliënt gevallen in de badkamer.",
                 "melder": {"naam": "Karin Kwaliteit", "email": "karin@example.nl", "telefoon": "0612345678"}}
                """);
        assertThat(gemeld.status()).as(gemeld.toString()).isEqualTo(201);
        UUID melding = UUID.fromString(gemeld.json().get("id").asString());
        String statuslink =
                java.net.URI.create(gemeld.json().get("statusUrl").asString()).getPath();
        ZaakId id = fixtures.zaakVan(new nl.toezicht.meldingen.MeldingId(melding));
        ggz.postJson(pad(id, "/statuswijzigingen"), "{\"transitie\":\"START_TRIAGE\"}");
        String geheim = "INTERN-" + UUID.randomUUID();
        assertThat(ggz.postJson(pad(id, "/notities"), "{\"tekst\":\"" + geheim + "\"}")
                        .status())
                .isEqualTo(201);
        assertThat(ggz.get(pad(id, "/notities")).tekst()).contains(geheim);

        Api.Antwoord status = Api.op(port).get(statuslink);
        assertThat(status.status()).isEqualTo(200);
        assertThat(status.tekst())
                .contains(gemeld.json().get("referentie").asString())
                .doesNotContain(geheim);
        Sessie portaal = Sessie.op(port).als("zorgaanbieder");
        Api.Antwoord lijst = portaal.get("/mijn-meldingen");
        Api.Antwoord detail = portaal.get("/mijn-meldingen/" + melding);
        assertThat(detail.status()).isEqualTo(200);
        assertThat(lijst.tekst() + detail.tekst()).doesNotContain(geheim, "Notitie");
    }

    // --- tasks ---

    @Test
    void aTaskForAColleagueIsOnTheirStartPageMarkedOverdueAndDoneByThemWithWhoAndWhen() {
        klok.zet("2026-06-08T09:00");
        ZaakId id = inTriage();
        String referentie = zaak(id).get("referentie").asString();
        Api.Antwoord gegeven = ggz.postJson(
                pad(id, "/taken"),
                "{\"omschrijving\":\"Locatie bezoeken\",\"medewerker\":\"inspecteur\",\"uiterlijk\":\"2026-06-10\"}");
        assertThat(gegeven.status()).as(gegeven.toString()).isEqualTo(201);
        String taak = gegeven.json().get("id").asString();
        assertThat(tijdlijn(id)).endsWith("TAAK_TOEWIJZEN");

        String mijnWerk = Sessie.op(port).als("inspecteur").get("/mijn-werk").tekst();
        assertThat(mijnWerk).contains("Mijn taken", "Locatie bezoeken", referentie, "10-06-2026", "Gert Visser");
        assertThat(mijnWerk).doesNotContainPattern("Te laat</span>\\s*</td>\\s*<td[^>]*>Locatie bezoeken");
        // someone else's start page does not show it
        assertThat(Sessie.op(port).als("inspecteur.jeugd").get("/mijn-werk").tekst())
                .doesNotContain("Locatie bezoeken");

        klok.zet("2026-06-11T09:00");
        JsonNode taken = ggz.get(pad(id, "/taken")).json();
        assertThat(taken.get(0).get("teLaat").asBoolean()).isTrue();
        assertThat(Sessie.op(port).als("inspecteur").get("/mijn-werk").tekst())
                .containsPattern("Te laat</span>\\s*</td>\\s*<td[^>]*>Locatie bezoeken");

        Api.Antwoord onbekend =
                tweedeGgz.postJson(pad(id, "/taken/afronding"), "{\"taak\":\"" + UUID.randomUUID() + "\"}");
        assertThat(onbekend.status()).isEqualTo(422);
        assertThat(onbekend.json().get("errors").get(0).get("field").asString()).isEqualTo("taak");
        // not theirs: the jurist sees the case but neither has nor gave the task
        Api.Antwoord nietDeZijne =
                Api.op(port).als("jurist").postJson(pad(id, "/taken/afronding"), "{\"taak\":\"" + taak + "\"}");
        assertThat(nietDeZijne.status()).isEqualTo(409);
        assertThat(nietDeZijne.json().get("detail").asString()).startsWith("Alleen wie de taak heeft");

        Api.Antwoord klaar = tweedeGgz.postJson(pad(id, "/taken/afronding"), "{\"taak\":\"" + taak + "\"}");
        assertThat(klaar.status()).as(klaar.toString()).isEqualTo(200);
        assertThat(klaar.json().get("status").asString()).isEqualTo("AFGEROND");
        assertThat(klaar.json().get("afgehandeldDoor").asString()).isEqualTo("inspecteur");
        assertThat(klaar.json().get("afgehandeldOp").asString())
                .startsWith("2026-06-11T07:00"); // 09:00 Dutch summer time
        assertThat(tijdlijn(id)).endsWith("TAAK_TOEWIJZEN", "TAAK_AFRONDEN");
        assertThat(tweedeGgz
                        .postJson(pad(id, "/taken/annulering"), "{\"taak\":\"" + taak + "\"}")
                        .status())
                .isEqualTo(409);
        assertThat(Sessie.op(port).als("inspecteur").get("/mijn-werk").tekst()).doesNotContain("Locatie bezoeken");
    }

    @Test
    void aTaskGoesOnlyToSomeoneWhoMaySeeTheCaseOrToItsDepartment() {
        ZaakId id = inTriage();
        String vandaag = termijnen.vandaag().toString();
        long versie = zaak(id).get("versie").asLong();

        Api.Antwoord andereAfdeling = ggz.postJson(
                pad(id, "/taken"),
                "{\"omschrijving\":\"Kijk mee\",\"medewerker\":\"inspecteur.jeugd\",\"uiterlijk\":\"" + vandaag
                        + "\"}");
        assertThat(andereAfdeling.status()).isEqualTo(422);
        assertThat(andereAfdeling.json().get("errors").get(0).get("field").asString())
                .isEqualTo("toegewezenAan");
        assertThat(andereAfdeling.json().get("detail").asString())
                .startsWith("Jeroen Bakker mag zaak ")
                .contains("niet inzien", "kies iemand van de afdeling van de zaak");

        Api.Antwoord zonderRecht = ggz.postJson(
                pad(id, "/taken"),
                "{\"omschrijving\":\"Tel mee\",\"medewerker\":\"analist\",\"uiterlijk\":\"" + vandaag + "\"}");
        assertThat(zonderRecht.status()).isEqualTo(422);

        Api.Antwoord afdelingElders = ggz.postJson(
                pad(id, "/taken"),
                "{\"omschrijving\":\"Kijk mee\",\"afdeling\":\"JEUGD\",\"uiterlijk\":\"" + vandaag + "\"}");
        assertThat(afdelingElders.status()).isEqualTo(422);
        assertThat(afdelingElders.json().get("detail").asString()).contains("alleen naar de afdeling van de zaak");

        Api.Antwoord verleden = ggz.postJson(
                pad(id, "/taken"),
                "{\"omschrijving\":\"Te laat\",\"afdeling\":\"GGZ\",\"uiterlijk\":\""
                        + termijnen.vandaag().minusDays(1) + "\"}");
        assertThat(verleden.status()).isEqualTo(422);
        assertThat(verleden.json().get("errors").get(0).get("field").asString()).isEqualTo("uiterlijk");

        Api.Antwoord beide = ggz.postJson(
                pad(id, "/taken"),
                "{\"omschrijving\":\"x\",\"afdeling\":\"GGZ\",\"medewerker\":\"inspecteur\",\"uiterlijk\":\"" + vandaag
                        + "\"}");
        assertThat(beide.status()).isEqualTo(422);
        assertThat(beide.json().get("detail").asString())
                .isEqualTo("Kies voor wie de taak is: een medewerker of een afdeling.");

        assertThat(jeugd.postJson(
                                pad(id, "/taken"),
                                "{\"omschrijving\":\"x\",\"afdeling\":\"GGZ\",\"uiterlijk\":\"" + vandaag + "\"}")
                        .status())
                .isEqualTo(404);
        assertThat(ggz.get(pad(id, "/taken")).json()).isEmpty();
        assertThat(zaak(id).get("versie").asLong()).isEqualTo(versie);

        // the case's own department: any of its inspectors sees it on Mijn werk and may do it
        Api.Antwoord afdeling = ggz.postJson(
                pad(id, "/taken"),
                "{\"omschrijving\":\"Dossier ordenen\",\"afdeling\":\"GGZ\",\"uiterlijk\":\"" + vandaag + "\"}");
        assertThat(afdeling.status()).isEqualTo(201);
        assertThat(Sessie.op(port).als("inspecteur").get("/mijn-werk").tekst()).contains("Dossier ordenen");
        assertThat(tweedeGgz
                        .postJson(
                                pad(id, "/taken/annulering"),
                                "{\"taak\":\"" + afdeling.json().get("id").asString() + "\"}")
                        .json()
                        .get("status")
                        .asString())
                .isEqualTo("GEANNULEERD");
    }

    // --- four eyes and reopening ---

    @Test
    void whoAskedToCloseCannotApproveItASecondInspectorCan() {
        MeldingOntvangen melding = fixtures.eenKlacht().inSector(Zorgsector.GGZ).ontvangen();
        ZaakId id = fixtures.zaakVan(melding.melding());
        ggz.postJson(pad(id, "/statuswijzigingen"), "{\"transitie\":\"START_TRIAGE\"}");

        Api.Antwoord gevraagd = ggz.postJson(
                pad(id, "/sluitverzoek"),
                "{\"sluitreden\":\"GEEN_VERVOLG\",\"toelichting\":\"Geen signaal van risico\"}");
        assertThat(gevraagd.status()).as(gevraagd.toString()).isEqualTo(200);
        assertThat(gevraagd.json().get("status").asString()).isEqualTo("SLUITEN_TER_BEOORDELING");
        assertThat(gevraagd.json().get("sluitenGevraagdDoor").asString()).isEqualTo("inspecteur.ggz");
        assertThat(fixtures.meldingstatus(melding.melding())).isEqualTo("IN_BEHANDELING");
        assertThat(zaak(id).get("termijnSoort").asString())
                .as("the clock runs on")
                .isEqualTo("TRIAGE");

        Api.Antwoord zelf = ggz.postJson(pad(id, "/sluitverzoek/goedkeuring"), "{}");
        assertThat(zelf.status()).isEqualTo(409);
        assertThat(zelf.header("Content-Type")).startsWith("application/problem+json");
        assertThat(zelf.json().get("detail").asString())
                .isEqualTo("U vroeg zelf om het sluiten: een tweede inspecteur beoordeelt het (vier ogen).");
        assertThat(ggz.postJson(pad(id, "/sluitverzoek/terugsturing"), "{\"reden\":\"zelf\"}")
                        .status())
                .isEqualTo(409);
        // the jurist sees every department but has not the right to review; another department's does not find it
        assertThat(Api.op(port)
                        .als("jurist")
                        .postJson(pad(id, "/sluitverzoek/goedkeuring"), "{}")
                        .status())
                .isEqualTo(403);
        assertThat(jeugd.postJson(pad(id, "/sluitverzoek/goedkeuring"), "{}").status())
                .isEqualTo(404);
        assertThat(zaak(id).get("status").asString()).isEqualTo("SLUITEN_TER_BEOORDELING");

        // the second inspector sees it waiting on Mijn werk
        assertThat(Sessie.op(port).als("inspecteur").get("/mijn-werk").tekst())
                .contains("Sluiten ter beoordeling", zaak(id).get("referentie").asString());
        assertThat(sectie(
                        Sessie.op(port).als("inspecteur.ggz").get("/mijn-werk").tekst(), "mijn-ter-beoordeling"))
                .doesNotContain(zaak(id).get("referentie").asString());

        Api.Antwoord goed = tweedeGgz.postJson(pad(id, "/sluitverzoek/goedkeuring"), "{\"toelichting\":\"Eens\"}");
        assertThat(goed.status()).as(goed.toString()).isEqualTo(200);
        assertThat(goed.json().get("status").asString()).isEqualTo("GESLOTEN");
        assertThat(goed.json().get("sluitreden").asString()).isEqualTo("GEEN_VERVOLG");
        assertThat(fixtures.meldingstatus(melding.melding())).isEqualTo("AFGEHANDELD");
        assertThat(tijdlijn(id)).endsWith("VRAAG_SLUITEN_AAN", "KEUR_SLUITEN_GOED");
        assertThat(gelogd("inspecteur", "WIJZIGEN", id)).isEqualTo(1);
    }

    @Test
    void aClosingIsSentBackWithAReasonToWhereItWasAskedFrom() {
        ZaakId id = inTriage();
        intake.postJson(pad(id, "/sluitverzoek"), "{\"sluitreden\":\"DOORVERWEZEN\"}");

        Api.Antwoord zonderReden = ggz.postJson(pad(id, "/sluitverzoek/terugsturing"), "{\"reden\":\" \"}");
        assertThat(zonderReden.status()).isEqualTo(422);
        assertThat(zonderReden.json().get("errors").get(0).get("field").asString())
                .isEqualTo("reden");
        assertThat(zonderReden.json().get("detail").asString()).isEqualTo("Geef een reden.");

        Api.Antwoord terug =
                ggz.postJson(pad(id, "/sluitverzoek/terugsturing"), "{\"reden\":\"Eerst de zorgaanbieder horen\"}");
        assertThat(terug.status()).as(terug.toString()).isEqualTo(200);
        assertThat(terug.json().get("status").asString()).isEqualTo("IN_TRIAGE");
        assertThat(terug.json().has("sluitenGevraagdDoor")).isFalse();
        JsonNode laatste = zaak(id).get("tijdlijn").get(zaak(id).get("tijdlijn").size() - 1);
        assertThat(laatste.get("transitie").asString()).isEqualTo("STUUR_TERUG_NAAR_TRIAGE");
        assertThat(laatste.get("toelichting").asString()).isEqualTo("Eerst de zorgaanbieder horen");
        // nothing waits any more
        assertThat(tweedeGgz
                        .postJson(pad(id, "/sluitverzoek/goedkeuring"), "{}")
                        .status())
                .isEqualTo(409);
    }

    @Test
    void aClosedCaseIsReopenedWithAReasonAgainstANewAssessmentClock() {
        klok.zet("2026-09-01T10:00");
        MeldingOntvangen melding = fixtures.eenKlacht().inSector(Zorgsector.GGZ).ontvangen();
        ZaakId id = fixtures.zaakVan(melding.melding());
        ggz.postJson(pad(id, "/statuswijzigingen"), "{\"transitie\":\"START_TRIAGE\"}");
        assertThat(ggz.postJson(pad(id, "/heropening"), "{\"reden\":\"Nog open\"}")
                        .status())
                .isEqualTo(409);
        ggz.postJson(pad(id, "/sluitverzoek"), "{\"sluitreden\":\"GEEN_VERVOLG\"}");
        tweedeGgz.postJson(pad(id, "/sluitverzoek/goedkeuring"), "{}");
        assertThat(zaak(id).get("status").asString()).isEqualTo("GESLOTEN");
        assertThat(ggz.postJson(
                                pad(id, "/taken"),
                                "{\"omschrijving\":\"x\",\"afdeling\":\"GGZ\",\"uiterlijk\":\"2026-09-02\"}")
                        .json()
                        .get("detail")
                        .asString())
                .contains("is gesloten");

        klok.zet("2026-09-14T10:00");
        assertThat(ggz.postJson(pad(id, "/heropening"), "{}")
                        .json()
                        .get("detail")
                        .asString())
                .isEqualTo("Geef een reden.");
        assertThat(analist.postJson(pad(id, "/heropening"), "{\"reden\":\"x\"}").status())
                .isEqualTo(403);
        assertThat(intake.postJson(pad(id, "/heropening"), "{\"reden\":\"x\"}").status())
                .isEqualTo(403);

        Api.Antwoord heropend =
                ggz.postJson(pad(id, "/heropening"), "{\"reden\":\"Nieuwe meldingen over dezelfde afdeling\"}");
        assertThat(heropend.status()).as(heropend.toString()).isEqualTo(200);
        JsonNode zaak = zaak(id);
        assertThat(zaak.get("status").asString()).isEqualTo("IN_BEOORDELING");
        assertThat(zaak.has("sluitreden")).isFalse();
        assertThat(zaak.has("geslotenOp")).isFalse();
        // 20 working days from Monday 14 September 2026
        assertThat(zaak.get("termijnSoort").asString()).isEqualTo("BEOORDELING");
        assertThat(zaak.get("termijnDatum").asString()).isEqualTo("2026-10-12");
        assertThat(fixtures.meldingstatus(melding.melding())).isEqualTo("IN_BEHANDELING");
        JsonNode laatste = zaak.get("tijdlijn").get(zaak.get("tijdlijn").size() - 1);
        assertThat(laatste.get("transitie").asString()).isEqualTo("HEROPEN");
        assertThat(laatste.get("toelichting").asString()).isEqualTo("Nieuwe meldingen over dezelfde afdeling");
        // and it closes again through the same four eyes
        ggz.postJson(pad(id, "/sluitverzoek"), "{\"sluitreden\":\"ONDERZOEK_VOLDOENDE\"}");
        assertThat(tweedeGgz
                        .postJson(pad(id, "/sluitverzoek/goedkeuring"), "{}")
                        .json()
                        .get("sluitreden")
                        .asString())
                .isEqualTo("ONDERZOEK_VOLDOENDE");
        assertThat(zaak(id).get("geslotenOp").asString()).startsWith("2026-09-14");
    }
}
