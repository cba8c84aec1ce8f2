package nl.toezicht.inspecties;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;
import nl.toezicht.Api;
import nl.toezicht.Autorisatiematrix;
import nl.toezicht.IntegratieTest;
import nl.toezicht.Multipart;
import nl.toezicht.Sessie;
import nl.toezicht.Testklok;
import nl.toezicht.Wachten;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The follow-up of a final report through HTTP on the whole application (decision 0098): the improvement plan under
 * its clock, the provider's answer in the portal (its own only, documents judged by their bytes, a retried post
 * stored once), the team's judgement (not accepted needs a reason and opens a next round), and the re-visit planned
 * from it with both activities linked.
 */
@IntegratieTest
class VerbeterplanIT {

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Planning planning;

    @Autowired
    Testklok klok;

    @Autowired
    ApplicationContext context;

    UUID demo;
    Rapportfixtures fixtures;

    @BeforeEach
    void klaarzetten() {
        fixtures = Rapportfixtures.metDemozorgaanbieder(context, port);
        demo = fixtures.demo();
    }

    /** A final report of the demo provider (no view came, its term ran out) whose norm 1.2 does not meet. */
    private UUID definitief(UUID aanbieder, String tekst) {
        return fixtures.definitief(aanbieder, tekst);
    }

    @Test
    void improvementPlanAskedAnsweredOnceJudgedAndAReVisitPlannedFromIt() throws Exception {
        UUID id = definitief(demo, "Het meldbeleid ontbreekt (verbeterplantest).");
        Sessie ggz = Sessie.op(port).als("inspecteur.ggz");
        String pagina = ggz.get("/inspecties/activiteiten/" + id + "/rapport").tekst();
        assertThat(pagina).contains("Volgens de bevindingen moet dit verbeteren", "1.2");

        // a term that is no number of weeks is refused on its field; nothing is asked
        actie(ggz, id, "/verbeterplan", Map.of("weken", "zes"));
        assertThat(ggz.get("/inspecties/activiteiten/" + id + "/rapport").tekst())
                .contains("Geef de termijn als een heel aantal weken");
        assertThat(rondes(id)).isZero();
        // the default term: six weeks on the clock, its deadline on the page
        actie(ggz, id, "/verbeterplan", Map.of("weken", ""));
        assertThat(rondes(id)).isEqualTo(1);
        LocalDate uiterlijk = jdbc.sql("select uiterlijk from termijnen.klok where object_id = ? and soort = ?")
                .params(id, "VERBETERPLAN")
                .query(LocalDate.class)
                .single();
        assertThat(uiterlijk).isAfterOrEqualTo(planning.vandaag().plusWeeks(6));
        assertThat(klokstatus(id)).isEqualTo("LOPEND");
        assertThat(ggz.get("/inspecties/activiteiten/" + id + "/rapport").tekst())
                .contains("Ronde 1", "uiterlijk");
        // asked once
        actie(ggz, id, "/verbeterplan", Map.of());
        assertThat(rondes(id)).isEqualTo(1);
        assertThat(stappen(id, "VERBETERPLAN_VRAGEN")).isEqualTo(1);

        // the provider sees the request; a file that is not what it says is refused on its field, nothing stored
        Sessie aanbieder = Sessie.op(port).als("zorgaanbieder");
        assertThat(aanbieder.get("/mijn-rapporten").tekst()).contains(fixtures.referentie(id), "Verbeterplan gevraagd");
        assertThat(aanbieder.get("/mijn-rapporten/" + id).tekst())
                .contains("verbeterplan", "Stuur het uiterlijk", "1.2 Melden");
        String sleutel = aanbieder.verborgen("sleutel");
        Multipart slecht = new Multipart()
                .tekst("_csrf", aanbieder.csrf())
                .tekst("sleutel", sleutel)
                .tekst("tekst", "Wij schrijven een meldbeleid.")
                .bestand("bijlagen", "plan.pdf", "application/pdf", "MZ geen pdf".getBytes());
        aanbieder.post("/mijn-rapporten/" + id + "/verbeterplan", slecht.contentType(), slecht.bytes());
        assertThat(aanbieder.get("/mijn-rapporten/" + id).tekst())
                .contains("Dit soort bestand kunnen wij niet aannemen", "Wij schrijven een meldbeleid.");
        assertThat(ingediend(id)).isZero();
        // a blank plan is refused on its field
        Multipart leeg = new Multipart()
                .tekst("_csrf", aanbieder.csrf())
                .tekst("sleutel", sleutel)
                .tekst("tekst", "  ");
        aanbieder.post("/mijn-rapporten/" + id + "/verbeterplan", leeg.contentType(), leeg.bytes());
        assertThat(aanbieder.get("/mijn-rapporten/" + id).tekst()).contains("Beschrijf uw verbeterplan.");
        assertThat(ingediend(id)).isZero();
        // the plan with a document; the same post again (a retry) stores nothing twice
        byte[] pdf = ggz.get("/inspecties/activiteiten/" + id + "/rapport.pdf").bytes();
        Multipart plan = new Multipart()
                .tekst("_csrf", aanbieder.csrf())
                .tekst("sleutel", sleutel)
                .tekst("tekst", "Wij schrijven een meldbeleid en bespreken het in elk team.")
                .bestand("bijlagen", "meldbeleid.pdf", "application/pdf", pdf);
        assertThat(aanbieder
                        .post("/mijn-rapporten/" + id + "/verbeterplan", plan.contentType(), plan.bytes())
                        .status())
                .isEqualTo(302);
        assertThat(aanbieder
                        .post("/mijn-rapporten/" + id + "/verbeterplan", plan.contentType(), plan.bytes())
                        .status())
                .isEqualTo(302);
        assertThat(ingediend(id)).isEqualTo(1);
        assertThat(bijlagen(id)).isEqualTo(1);
        assertThat(stappen(id, "VERBETERPLAN_INDIENEN")).isEqualTo(1);
        assertThat(klokstatus(id)).isEqualTo("GESTOPT");
        assertThat(aanbieder.get("/mijn-rapporten/" + id).tekst())
                .contains("Wij schrijven een meldbeleid en bespreken het in elk team.", "meldbeleid.pdf");

        // the team: not accepting needs a reason (refused on its field); with one, a next round with a new term
        actie(ggz, id, "/verbeterplan/beoordeling", Map.of("oordeel", "NIET_AANVAARD"));
        assertThat(ggz.get("/inspecties/activiteiten/" + id + "/rapport").tekst())
                .contains("Geef aan waarom u het verbeterplan niet aanvaardt.");
        assertThat(rondes(id)).isEqualTo(1);
        actie(
                ggz,
                id,
                "/verbeterplan/beoordeling",
                Map.of("oordeel", "NIET_AANVAARD", "reden", "Het plan noemt geen datum."));
        assertThat(rondes(id)).isEqualTo(2);
        assertThat(jdbc.sql("select count(*) from termijnen.klok where object_id = ? and soort = ? and status = ?")
                        .params(id, "VERBETERPLAN", "LOPEND")
                        .query(Integer.class)
                        .single())
                .isEqualTo(1);
        String portaal = aanbieder.get("/mijn-rapporten/" + id).tekst();
        assertThat(portaal).contains("Niet aanvaard", "Het plan noemt geen datum.", "Ronde 2");
        String tweedeSleutel = aanbieder.verborgen("sleutel");
        assertThat(tweedeSleutel).isNotEqualTo(sleutel);
        Multipart tweede = new Multipart()
                .tekst("_csrf", aanbieder.csrf())
                .tekst("sleutel", tweedeSleutel)
                .tekst("tekst", "Het meldbeleid is op 1 maart klaar.");
        aanbieder.post("/mijn-rapporten/" + id + "/verbeterplan", tweede.contentType(), tweede.bytes());
        assertThat(ingediend(id)).isEqualTo(2);
        // no re-visit while the plan is being judged
        actie(
                ggz,
                id,
                "/hercontrole",
                Map.of(
                        "soort",
                        "BEZOEK",
                        "begindatum",
                        planning.vandaag().plusDays(7).toString()));
        assertThat(jdbc.sql("select count(*) from inspecties.hercontrole where van = ?")
                        .param(id)
                        .query(Integer.class)
                        .single())
                .isZero();
        actie(ggz, id, "/verbeterplan/beoordeling", Map.of("oordeel", "AANVAARD"));
        assertThat(ggz.get("/inspecties/activiteiten/" + id + "/rapport").tekst())
                .contains("Aanvaard");

        // the re-visit: a new activity for the same provider, framework and team, pointing back; 1.2 its focus
        String begin = planning.vandaag().plusDays(7).toString();
        Api.Antwoord gepland = actie(
                ggz,
                id,
                "/hercontrole",
                Map.of("soort", "BEZOEK", "aankondiging", "ONAANGEKONDIGD", "begindatum", begin));
        assertThat(gepland.status()).isEqualTo(302);
        String naar = gepland.header("Location");
        UUID nieuw = UUID.fromString(naar.substring(naar.lastIndexOf('/') + 1));
        assertThat(jdbc.sql("select aanleiding from inspecties.toezichtactiviteit where id = ?")
                        .param(nieuw)
                        .query(String.class)
                        .single())
                .isEqualTo("HERCONTROLE");
        assertThat(jdbc.sql("select count(*) from inspecties.toezichtactiviteit n join inspecties.toezichtactiviteit o"
                                + " on o.id = ? where n.id = ? and n.zorgaanbieder_id = o.zorgaanbieder_id"
                                + " and n.kaderversie_id = o.kaderversie_id and n.leider = o.leider"
                                + " and n.afdeling = o.afdeling")
                        .params(id, nieuw)
                        .query(Integer.class)
                        .single())
                .isEqualTo(1);
        String nieuwePagina = ggz.get("/inspecties/activiteiten/" + nieuw).tekst();
        assertThat(nieuwePagina).contains("Hercontrole van", fixtures.referentie(id), "1.2");
        assertThat(ggz.get("/inspecties/activiteiten/" + id).tekst())
                .contains("Hercontrole gepland", fixtures.referentie(nieuw));
        assertThat(stappen(id, "HERCONTROLE_GEPLAND")).isEqualTo(1);
        // one re-visit per activity
        actie(ggz, id, "/hercontrole", Map.of("soort", "BEZOEK", "begindatum", begin));
        assertThat(jdbc.sql("select count(*) from inspecties.hercontrole where van = ?")
                        .param(id)
                        .query(Integer.class)
                        .single())
                .isEqualTo(1);
        // the ordinary planning form cannot make a re-visit without its origin
        ggz.get("/inspecties/activiteiten/nieuw");
        Api.Antwoord zonderOrigineel = ggz.post(
                "/inspecties/activiteiten", Map.of("soort", "BEZOEK", "aanleiding", "HERCONTROLE", "afdeling", "GGZ"));
        assertThat(zonderOrigineel.status()).isEqualTo(302);
        assertThat(ggz.get(zonderOrigineel.header("Location")).tekst()).contains("Een hercontrole plant u vanuit");
    }

    @Test
    void anOverduePlanShowsOnThePageAndAllowsTheReVisit() {
        UUID id = definitief(demo, "Het meldbeleid ontbreekt (te laat).");
        Sessie ggz = Sessie.op(port).als("inspecteur.ggz");
        actie(ggz, id, "/verbeterplan", Map.of("weken", "2"));
        LocalDate uiterlijk = jdbc.sql("select uiterlijk from inspecties.verbeterplan where activiteit = ?")
                .param(id)
                .query(LocalDate.class)
                .single();
        assertThat(uiterlijk)
                .isAfterOrEqualTo(planning.vandaag().plusWeeks(2))
                .isBefore(planning.vandaag().plusWeeks(3));
        klok.verzet(Duration.ofDays(30));
        Sessie later = Sessie.op(port).als("inspecteur.ggz");
        assertThat(later.get("/inspecties/activiteiten/" + id + "/rapport").tekst())
                .contains("verstreken zonder verbeterplan", "Hercontrole plannen");
    }

    @Test
    void anotherProviderNeitherSeesNorAnswersThePlan() {
        Api.Antwoord ander =
                Api.op(port).als("intake").postJson("/api/v1/zorgaanbieders", Autorisatiematrix.zorgaanbiederJson());
        UUID andere = UUID.fromString(ander.json().get("id").asString());
        UUID id = definitief(andere, "Het meldbeleid ontbreekt (andere aanbieder).");
        Sessie ggz = Sessie.op(port).als("inspecteur.ggz");
        actie(ggz, id, "/verbeterplan", Map.of());
        assertThat(rondes(id)).isEqualTo(1);

        Sessie aanbieder = Sessie.op(port).als("zorgaanbieder");
        aanbieder.get("/mijn-rapporten");
        Multipart plan = new Multipart()
                .tekst("_csrf", aanbieder.csrf())
                .tekst("sleutel", UUID.randomUUID().toString())
                .tekst("tekst", "Een plan van een ander.");
        assertThat(aanbieder
                        .post("/mijn-rapporten/" + id + "/verbeterplan", plan.contentType(), plan.bytes())
                        .status())
                .isEqualTo(404);
        assertThat(aanbieder.get("/mijn-rapporten/" + id).status()).isEqualTo(404);
        assertThat(ingediend(id)).isZero();
        Wachten.tot(
                () -> jdbc.sql("select count(*) from logboek.toegangslog where objecten like ? and not toegestaan")
                                .param("%" + id + "%")
                                .query(Integer.class)
                                .single()
                        >= 2,
                "the refused reads and change in the access log");
        // staff do not answer in the portal
        Sessie inspecteur = Sessie.op(port).als("inspecteur.ggz");
        inspecteur.get("/inspecties/activiteiten/" + id + "/rapport");
        assertThat(inspecteur
                        .post("/mijn-rapporten/" + id + "/verbeterplan", Map.of("tekst", "x"))
                        .status())
                .isEqualTo(403);
    }

    /** A form of the report page posted to the activity's own path ({@code /verbeterplan}, {@code /hercontrole}). */
    private Api.Antwoord actie(Sessie sessie, UUID id, String pad, Map<String, String> velden) {
        sessie.get("/inspecties/activiteiten/" + id + "/rapport");
        return sessie.post("/inspecties/activiteiten/" + id + pad, velden);
    }

    private int rondes(UUID id) {
        return tel("select count(*) from inspecties.verbeterplan where activiteit = ?", id);
    }

    private int ingediend(UUID id) {
        return tel(
                "select count(*) from inspecties.verbeterplan where activiteit = ? and ingediend_op is not null", id);
    }

    private int bijlagen(UUID id) {
        return tel(
                "select count(*) from inspecties.verbeterplanbijlage b join inspecties.verbeterplan p"
                        + " on p.id = b.verbeterplan where p.activiteit = ?",
                id);
    }

    private int stappen(UUID id, String stap) {
        return jdbc.sql("select count(*) from inspecties.activiteitstap where activiteit = ? and stap = ?")
                .params(id, stap)
                .query(Integer.class)
                .single();
    }

    private String klokstatus(UUID id) {
        return jdbc.sql("select status from termijnen.klok where object_id = ? and soort = 'VERBETERPLAN'")
                .param(id)
                .query(String.class)
                .single();
    }

    private int tel(String sql, UUID id) {
        return jdbc.sql(sql).param(id).query(Integer.class).single();
    }
}
