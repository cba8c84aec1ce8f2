package nl.toezicht.logboek;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeoutException;
import nl.toezicht.kern.Problemen;
import nl.toezicht.kern.TijdelijkTeDruk;
import org.junit.jupiter.api.Test;
import org.springframework.context.support.StaticMessageSource;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.web.servlet.i18n.AcceptHeaderLocaleResolver;
import tools.jackson.databind.json.JsonMapper;

/** Nothing leaves before the request's access-log entries are durable; a failed entry fails the request. */
class UitgesteldWachtenTest {

    private final List<String> volgorde = Collections.synchronizedList(new ArrayList<>());

    /** A "controller" that logs one entry (completed by the "writer" after some work) and then writes. */
    private HttpServlet leest(CompletableFuture<Long> regel, boolean schrijftBody) {
        return new HttpServlet() {
            @Override
            protected void service(HttpServletRequest req, HttpServletResponse res) throws IOException {
                var openstaand = (UitgesteldWachten.Openstaand) req.getAttribute(UitgesteldWachten.ATTRIBUUT);
                assertThat(openstaand.neemtAan(regel)).isTrue();
                volgorde.add("gelezen");
                new Thread(() -> {
                            sleep();
                            volgorde.add("vastgelegd");
                            regel.complete(1L);
                        })
                        .start();
                if (schrijftBody) {
                    res.getWriter().write("de zaak");
                    volgorde.add("geschreven");
                }
            }
        };
    }

    @Test
    void theBodyIsOpenedOnlyAfterTheEntryIsDurable() throws Exception {
        MockHttpServletResponse response = new MockHttpServletResponse();
        filter().doFilter(
                        new MockHttpServletRequest("GET", "/zaken/1"),
                        response,
                        new MockFilterChain(leest(new CompletableFuture<>(), true)));
        assertThat(volgorde).containsExactly("gelezen", "vastgelegd", "geschreven");
        assertThat(response.getContentAsString()).isEqualTo("de zaak");
    }

    @Test
    void aResponseWithoutBodyWaitsAtTheEnd() throws Exception {
        MockHttpServletResponse response = new MockHttpServletResponse();
        CompletableFuture<Long> regel = new CompletableFuture<>();
        filter().doFilter(new MockHttpServletRequest("GET", "/x"), response, new MockFilterChain(leest(regel, false)));
        assertThat(regel).isCompleted();
        assertThat(volgorde).containsExactly("gelezen", "vastgelegd");
    }

    @Test
    void anEntryThatCannotBeWrittenFailsTheRequestBeforeAnythingIsShown() {
        CompletableFuture<Long> mislukt = CompletableFuture.failedFuture(new IllegalStateException("database weg"));
        MockHttpServletResponse response = new MockHttpServletResponse();
        HttpServlet servlet = new HttpServlet() {
            @Override
            protected void service(HttpServletRequest req, HttpServletResponse res) throws IOException {
                ((UitgesteldWachten.Openstaand) req.getAttribute(UitgesteldWachten.ATTRIBUUT)).neemtAan(mislukt);
                res.getWriter().write("geheim");
            }
        };
        assertThatThrownBy(() -> filter().doFilter(
                                new MockHttpServletRequest("GET", "/x"), response, new MockFilterChain(servlet)))
                .hasMessageContaining("niet vastgelegd");
        assertThat(response.getContentAsByteArray()).isEmpty();
    }

    @Test
    void aFailedEntryWithoutBodyBecomesAServerError() throws Exception {
        CompletableFuture<Long> mislukt = CompletableFuture.failedFuture(new IllegalStateException("database weg"));
        MockHttpServletResponse response = new MockHttpServletResponse();
        HttpServlet servlet = new HttpServlet() {
            @Override
            protected void service(HttpServletRequest req, HttpServletResponse res) {
                ((UitgesteldWachten.Openstaand) req.getAttribute(UitgesteldWachten.ATTRIBUUT)).neemtAan(mislukt);
                res.setStatus(204);
            }
        };
        filter().doFilter(new MockHttpServletRequest("GET", "/x"), response, new MockFilterChain(servlet));
        assertThat(response.getStatus()).isEqualTo(500);
    }

    @Test
    void onceTheResponseIsOpenEntriesAreNoLongerDeferred() {
        UitgesteldWachten.Openstaand openstaand = new UitgesteldWachten.Openstaand();
        assertThat(openstaand.neemtAan(CompletableFuture.completedFuture(1L))).isTrue();
        openstaand.wacht();
        assertThat(openstaand.neemtAan(new CompletableFuture<>())).isFalse();
    }

    @Test
    void anEntryNotWrittenInTimeBecomesAProblemAskingToTryAgainInsteadOfAServerError() throws Exception {
        MockHttpServletResponse response = new MockHttpServletResponse();
        HttpServlet servlet = new HttpServlet() {
            @Override
            protected void service(HttpServletRequest req, HttpServletResponse res) throws IOException {
                res.setStatus(201);
                res.setHeader("Location", "/api/v1/iets");
                // the wait while the response was written (a page being rendered) timed out
                throw new TijdelijkTeDruk("toegangslog: regel niet op tijd vastgelegd", new TimeoutException());
            }
        };
        MockHttpServletRequest request = new MockHttpServletRequest("POST", "/api/v1/iets");
        filter().doFilter(request, response, new MockFilterChain(servlet));

        assertThat(response.getStatus()).isEqualTo(503);
        assertThat(response.getContentType()).startsWith("application/problem+json");
        assertThat(response.getHeader("Retry-After")).isEqualTo("5");
        assertThat(response.getHeader("Location")).isNull();
        assertThat(response.getContentAsString(StandardCharsets.UTF_8))
                .contains("tijdelijk te druk")
                .contains("\"status\":503");
    }

    @Test
    void aBrowserGetsTheErrorPageForServiceUnavailable() throws Exception {
        MockHttpServletResponse response = new MockHttpServletResponse();
        HttpServlet servlet = new HttpServlet() {
            @Override
            protected void service(HttpServletRequest req, HttpServletResponse res) {
                throw new TijdelijkTeDruk("toegangslog: regel niet op tijd vastgelegd", new TimeoutException());
            }
        };
        MockHttpServletRequest request = new MockHttpServletRequest("GET", "/zaken/1");
        request.addHeader("Accept", "text/html,application/xhtml+xml");
        filter().doFilter(request, response, new MockFilterChain(servlet));

        assertThat(response.getStatus()).isEqualTo(503);
        assertThat(response.getHeader("Retry-After")).isEqualTo("5");
    }

    private static UitgesteldWachten filter() {
        StaticMessageSource berichten = new StaticMessageSource();
        berichten.addMessage(
                "probleem.te-druk",
                Locale.forLanguageTag("nl"),
                "Toezicht is tijdelijk te druk; probeer het over enkele seconden opnieuw.");
        berichten.setUseCodeAsDefaultMessage(true);
        AcceptHeaderLocaleResolver talen = new AcceptHeaderLocaleResolver();
        talen.setDefaultLocale(Locale.forLanguageTag("nl"));
        return new UitgesteldWachten(
                new Problemen(berichten, JsonMapper.builder().build(), talen));
    }

    private static void sleep() {
        try {
            Thread.sleep(100);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
