package nl.toezicht.handhaving;

import static nl.toezicht.handhaving.Handhavingtestdata.maatregel;
import static nl.toezicht.handhaving.Handhavingtestdata.pdftotext;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import java.util.UUID;
import nl.toezicht.Api;
import nl.toezicht.IntegratieTest;
import nl.toezicht.Sessie;
import nl.toezicht.Testklok;
import nl.toezicht.register.Register;
import nl.toezicht.register.Registertestdata;
import nl.toezicht.register.Zorgaanbiederlader;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionOperations;

/**
 * The provider portal's view of measures: the provider sees its own measures once a letter went out, and reads
 * those letters as the PDF filed; never a draft, never another provider's measure or letter (404, logged as refused
 * in the NEN 7513 access log); staff do not use the portal's pages.
 */
@IntegratieTest
class MaatregelportaalIT {

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Register register;

    @Autowired
    Zorgaanbiederlader lader;

    @Autowired
    TransactionOperations transacties;

    @Autowired
    Testklok klok;

    private String referentie(UUID id) {
        return jdbc.sql("select referentie from handhaving.maatregel where id = ?")
                .param(id)
                .query(String.class)
                .single();
    }

    private UUID verzonden(UUID id) {
        Api.Antwoord a = Api.op(port)
                .als("jurist")
                .postJson(
                        "/api/v1/maatregelen/" + id + "/brieven",
                        "{\"stap\": \"BESLUIT_VERZENDEN\", \"aan\": \"portaal-test@zorg.example\"}");
        assertThat(a.status()).as(a.toString()).isEqualTo(201);
        return jdbc.sql("select id from handhaving.brief where maatregel = ?")
                .param(id)
                .query(UUID.class)
                .single();
    }

    private int logregels(UUID id, boolean toegestaan) {
        return jdbc.sql("select count(*) from logboek.toegangslog where objecten like ? and toegestaan = ?")
                .params("%" + id + "%", toegestaan)
                .query(Integer.class)
                .single();
    }

    @Test
    void theProviderSeesItsOwnMeasuresAndLettersAndNeverAnothers() throws Exception {
        new Registertestdata(lader, transacties, klok).demoZorgaanbieder();
        UUID demo = register.metKvkNummers(Set.of(Registertestdata.DEMO_KVK_NUMMER))
                .get(0)
                .waarde();
        UUID ander = Handhavingtestdata.zorgaanbieder(port);
        UUID eigen = maatregel(port, "WAARSCHUWING", demo, "");
        UUID concept = maatregel(port, "WAARSCHUWING", demo, "");
        UUID vreemd = maatregel(port, "WAARSCHUWING", ander, "");
        UUID eigenBrief = verzonden(eigen);
        UUID vreemdeBrief = verzonden(vreemd);

        Sessie aanbieder = Sessie.op(port).als("zorgaanbieder");
        assertThat(aanbieder.get("/mijn-meldingen").tekst()).contains("/mijn-maatregelen");
        String lijst = aanbieder.get("/mijn-maatregelen").tekst();
        assertThat(lijst).contains(referentie(eigen)).doesNotContain(referentie(concept), referentie(vreemd));
        Api.Antwoord pagina = aanbieder.get("/mijn-maatregelen/" + eigen);
        assertThat(pagina.status()).isEqualTo(200);
        assertThat(pagina.tekst()).contains(referentie(eigen)).contains("/brieven/" + eigenBrief);
        Api.Antwoord pdf = aanbieder.get("/mijn-maatregelen/" + eigen + "/brieven/" + eigenBrief);
        assertThat(pdf.status()).isEqualTo(200);
        assertThat(pdf.header("Content-Disposition")).startsWith("attachment");
        assertThat(pdftotext(pdf.bytes())).contains(referentie(eigen));
        assertThat(logregels(eigen, true)).isPositive();

        // another provider's measure, its letter, or a draft: not found, and the refusal is in the access log
        int geweigerdVoor = logregels(vreemd, false);
        assertThat(aanbieder.get("/mijn-maatregelen/" + vreemd).status()).isEqualTo(404);
        assertThat(aanbieder
                        .get("/mijn-maatregelen/" + vreemd + "/brieven/" + vreemdeBrief)
                        .status())
                .isEqualTo(404);
        assertThat(logregels(vreemd, false)).isEqualTo(geweigerdVoor + 2);
        assertThat(aanbieder
                        .get("/mijn-maatregelen/" + eigen + "/brieven/" + vreemdeBrief)
                        .status())
                .isEqualTo(404);
        assertThat(aanbieder.get("/mijn-maatregelen/" + concept).status()).isEqualTo(404);
        // nor through the staff pages
        assertThat(aanbieder.get("/handhaving/" + eigen).status()).isEqualTo(403);
        UUID document = jdbc.sql("select document_id from handhaving.brief where id = ?")
                .param(eigenBrief)
                .query(UUID.class)
                .single();
        assertThat(aanbieder.get("/documenten/" + document + "/versies/1").status())
                .isEqualTo(403);
        // staff use their own pages
        assertThat(Sessie.op(port).als("jurist").get("/mijn-maatregelen").status())
                .isEqualTo(403);
    }
}
