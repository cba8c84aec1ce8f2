package nl.toezicht.inspecties;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import nl.toezicht.IntegratieTest;
import nl.toezicht.Sessie;
import nl.toezicht.Testklok;
import nl.toezicht.cijfers.Grootheid;
import nl.toezicht.cijfers.Periode;
import nl.toezicht.cijfers.Telling;
import nl.toezicht.kern.Zorgsector;
import nl.toezicht.register.Register;
import nl.toezicht.register.Registertestdata;
import nl.toezicht.register.Zorgaanbiederlader;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * "Toezicht met effect" through the activity's page: the intended effect at the start, the outcome at the end with
 * a required explanation, refusals in words on their fields, and the count in the figures registry's table
 * {@code toezichtproductie} (compared before and after, never as a total: other tests count too).
 */
@IntegratieTest
class EffectIT {

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Planning planning;

    @Autowired
    Productiecijfers productiecijfers;

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

    @BeforeEach
    void klaarzetten() {
        new Registertestdata(lader, transacties, klok).demoZorgaanbieder();
        fixtures = new Rapportfixtures(port, jdbc, register, planning.vandaag());
        ggz = fixtures.ggz;
    }

    private String pagina(UUID id) {
        return ggz.get("/inspecties/activiteiten/" + id).tekst();
    }

    private void post(UUID id, String pad, Map<String, String> velden) {
        ggz.get("/inspecties/activiteiten/" + id);
        assertThat(ggz.post("/inspecties/activiteiten/" + id + "/effect/" + pad, velden)
                        .status())
                .isEqualTo(302);
    }

    @Test
    void theIntendedEffectAtTheStartAndTheOutcomeAtTheEndCountInTheFigures() {
        UUID id = fixtures.gepland(fixtures.demo());
        // the outcome cannot be judged before the activity was carried out
        post(id, "uitkomst", Map.of("uitkomst", "BEREIKT", "toelichting", "Te vroeg."));
        assertThat(pagina(id)).contains("wordt beoordeeld als het veldwerk is afgerond");
        // a blank intended effect is refused on its field
        post(id, "beoogd", Map.of("beoogd", " "));
        assertThat(pagina(id)).contains("Dit veld is verplicht.", "href=\"#beoogd\"");

        String beoogd = "De zorgaanbieder meldt incidenten binnen een week " + UUID.randomUUID();
        post(id, "beoogd", Map.of("beoogd", beoogd));
        assertThat(pagina(id)).contains(beoogd);
        fixtures.stap(id, "STARTEN");
        ggz.get("/inspecties/activiteiten/" + id + "/veldwerk");
        fixtures.bevinding(id, "1.1", "VOLDOET", "Er is een meldprocedure.");
        fixtures.stap(id, "VELDWERK_AFRONDEN");
        // after the fieldwork the intended effect is fixed
        post(id, "beoogd", Map.of("beoogd", "Iets anders."));
        assertThat(pagina(id)).contains("legt het team vast bij de start").contains(beoogd);

        // without a choice, or without an explanation: refused on the field, what was typed kept
        post(id, "uitkomst", Map.of("toelichting", "Uitleg zonder keuze " + id));
        assertThat(pagina(id)).contains("Kies of het beoogde effect bereikt", "Uitleg zonder keuze " + id);
        post(id, "uitkomst", Map.of("uitkomst", "DEELS_BEREIKT", "toelichting", ""));
        assertThat(pagina(id)).contains("Dit veld is verplicht.", "href=\"#toelichting\"");

        Periode jaar = Periode.jaar(planning.vandaag().getYear());
        Telling voor = productiecijfers.tel(List.of(jaar), klok.instant().plusSeconds(3600));
        post(id, "uitkomst", Map.of("uitkomst", "DEELS_BEREIKT", "toelichting", "Meldingen komen, maar laat."));
        assertThat(pagina(id)).contains("Deels bereikt", "Meldingen komen, maar laat.");
        Telling na = productiecijfers.tel(List.of(jaar), klok.instant().plusSeconds(3600));
        assertThat(na.aantal(Grootheid.EFFECT_DEELS_BEREIKT, Zorgsector.GGZ, jaar)
                        - voor.aantal(Grootheid.EFFECT_DEELS_BEREIKT, Zorgsector.GGZ, jaar))
                .isEqualTo(1);
        assertThat(na.aantal(Grootheid.EFFECT_BEOORDEELD, Zorgsector.GGZ, jaar)
                        - voor.aantal(Grootheid.EFFECT_BEOORDEELD, Zorgsector.GGZ, jaar))
                .isEqualTo(1);
        assertThat(na.aantal(Grootheid.EFFECT_BEREIKT, Zorgsector.GGZ, jaar))
                .isEqualTo(voor.aantal(Grootheid.EFFECT_BEREIKT, Zorgsector.GGZ, jaar));
    }

    @Test
    void onlyTheTeamRecordsTheEffect() {
        UUID id = fixtures.gepland(fixtures.demo());
        Sessie ander = Sessie.op(port).als("inspecteur");
        ander.get("/inspecties/activiteiten/" + id);
        ander.post("/inspecties/activiteiten/" + id + "/effect/beoogd", Map.of("beoogd", "Niet van mij."));
        assertThat(ander.get("/inspecties/activiteiten/" + id).tekst()).contains("Alleen het team van activiteit");
        assertThat(jdbc.sql("select count(*) from inspecties.toezichteffect where activiteit = ?")
                        .param(id)
                        .query(Integer.class)
                        .single())
                .isZero();
    }
}
