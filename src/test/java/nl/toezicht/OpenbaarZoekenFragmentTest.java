package nl.toezicht;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import nl.toezicht.kern.Pagina;
import nl.toezicht.kern.Zorgsector;
import org.junit.jupiter.api.Test;
import org.springframework.context.support.StaticMessageSource;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockServletContext;
import org.thymeleaf.context.WebContext;
import org.thymeleaf.spring6.SpringTemplateEngine;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;
import org.thymeleaf.templateresolver.StringTemplateResolver;
import org.thymeleaf.web.servlet.JakartaServletWebApplication;

/**
 * The fragment both public searches share ({@code fragments/openbaar-zoeken}): its fields carry the refusal on the
 * field that is wrong, and its list gives the count, the page's own table and the pager with the page's links (the
 * pager shows only beyond 20 results, which no integration test reaches).
 */
class OpenbaarZoekenFragmentTest {

    private static final Locale NL = Locale.forLanguageTag("nl-NL");

    private static final String LIJST = """
            <div th:if="${resultaten != null}"><section th:replace="~{fragments/openbaar-zoeken :: resultaten(
                'Gevonden', 'Niets gevonden', 'Er zijn ' + ${resultaten.totaal()}, ~{::#tabel},
                ${resultaten.vorige() != null} ? @{/zoek(jaar=${jaar},pagina=${resultaten.vorige()})} : null,
                ${resultaten.volgende() != null} ? @{/zoek(jaar=${jaar},pagina=${resultaten.volgende()})} : null,
                'Pagina ' + ${paginanummer} + ' van ' + ${paginas}, 'Bladeren')}">
              <table th:if="${resultaten.totaal() > 0}" id="tabel"><tr th:each="r : ${resultaten.items()}"><td th:text="${r}">x</td></tr></table>
            </section></div>""";

    private static final String VELDEN = """
            <form><div th:replace="~{fragments/openbaar-zoeken :: tekstveld('plaats', 'Plaats', 'off', ${plaats})}"></div>
            <div th:replace="~{fragments/openbaar-zoeken :: keuzeveld('sector', 'Sector', 'Alle', ${sectoren}, ${sector})}"></div>
            <div th:replace="~{fragments/openbaar-zoeken :: jaarveld('Jaar')}"></div></form>""";

    @Test
    void theListGivesTheCountThePagesOwnTableAndThePagerWithItsLinks() {
        String html = render(
                LIJST,
                Map.of(
                        "resultaten",
                        Pagina.genummerd(List.of("rij-een", "rij-twee"), 2, 20, 45),
                        "paginanummer",
                        2,
                        "paginas",
                        3L,
                        "jaar",
                        "2026"));
        assertThat(html)
                .contains("<h2 id=\"resultaten-kop\">Gevonden</h2>")
                .contains("<p role=\"status\" id=\"aantal\">Er zijn 45</p>")
                .contains("<table id=\"tabel\">", "<td>rij-een</td>", "<td>rij-twee</td>")
                .contains("aria-label=\"Bladeren\"", "Pagina 2 van 3")
                .contains("href=\"/zoek?jaar=2026&amp;pagina=1\" rel=\"prev\"")
                .contains("href=\"/zoek?jaar=2026&amp;pagina=3\" rel=\"next\"");
        assertThat(html.indexOf("id=\"tabel\"")).isEqualTo(html.lastIndexOf("id=\"tabel\""));
    }

    @Test
    void anEmptyListSaysSoWithoutTableOrPager() {
        String html = render(
                LIJST, Map.of("resultaten", Pagina.genummerd(List.of(), 1, 20, 0), "paginanummer", 1, "paginas", 1L));
        assertThat(html).contains("id=\"aantal\">Niets gevonden</p>").doesNotContain("<table", "rel=\"next\"", "<nav");
        assertThat(render(LIJST, Map.of())).doesNotContain("<section", "aantal");
    }

    @Test
    void theFieldsKeepWhatWasTypedAndShowTheRefusalOnTheFieldThatIsWrong() {
        Map<String, Object> model = new HashMap<>();
        model.put("plaats", "Utrecht");
        model.put("sectoren", Zorgsector.values());
        model.put("sector", "GGZ");
        model.put("jaar", "abc");
        model.put("fout", "Vul een jaar in cijfers in.");
        model.put("foutVeld", "jaar");
        String html = render(VELDEN, model);
        assertThat(html)
                .contains(
                        "<input id=\"plaats\" name=\"plaats\" type=\"search\" autocomplete=\"off\" value=\"Utrecht\">")
                .contains("<option value=\"GGZ\" selected=\"selected\">")
                .contains("<span class=\"foutmelding\" id=\"jaar-fout\">Vul een jaar in cijfers in.</span>")
                .contains("value=\"abc\" aria-invalid=\"true\" aria-describedby=\"jaar-fout\"")
                .doesNotContain("sector-fout");

        model.put("foutVeld", "sector");
        model.put("fout", "Kies een sector uit de lijst.");
        assertThat(render(VELDEN, model))
                .contains("<div class=\"veld met-fout\">")
                .contains("<span class=\"foutmelding\" id=\"sector-fout\">Kies een sector uit de lijst.</span>")
                .doesNotContain("aria-invalid");
    }

    private static String render(String sjabloon, Map<String, Object> model) {
        ClassLoaderTemplateResolver bestanden = new ClassLoaderTemplateResolver();
        bestanden.setPrefix("templates/");
        bestanden.setSuffix(".html");
        bestanden.setResolvablePatterns(Set.of("fragments/*"));
        bestanden.setOrder(1);
        StringTemplateResolver tekst = new StringTemplateResolver();
        tekst.setOrder(2);
        StaticMessageSource berichten = new StaticMessageSource();
        berichten.addMessage("pager.vorige", NL, "Vorige");
        berichten.addMessage("pager.volgende", NL, "Volgende");
        for (Zorgsector s : Zorgsector.values()) {
            berichten.addMessage(s.berichtSleutel(), NL, s.name());
        }
        SpringTemplateEngine engine = new SpringTemplateEngine();
        engine.addTemplateResolver(bestanden);
        engine.addTemplateResolver(tekst);
        engine.setTemplateEngineMessageSource(berichten);
        MockServletContext servlet = new MockServletContext();
        var uitwisseling = JakartaServletWebApplication.buildApplication(servlet)
                .buildExchange(new MockHttpServletRequest(servlet), new MockHttpServletResponse());
        return engine.process(sjabloon, new WebContext(uitwisseling, NL, model));
    }
}
