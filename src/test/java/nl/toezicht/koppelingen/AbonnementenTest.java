package nl.toezicht.koppelingen;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import nl.toezicht.kern.Weigering;
import org.junit.jupiter.api.Test;

/** The rules that need no database: which endpoints, and how long to wait after a failure. */
class AbonnementenTest {

    @Test
    void outsideTestsOnlyHttpsEndpointsAreTaken() {
        assertThat(Abonnementen.url(" https://partner.example/hook ", true))
                .hasToString("https://partner.example/hook");
        for (String fout : new String[] {
            "http://partner.example/hook",
            "ftp://partner.example",
            "https://wie:wat@partner.example/",
            "https://partner.example/#deel",
            "partner.example/hook",
            "https:///zonder-host",
            "javascript:alert(1)"
        }) {
            assertThatThrownBy(() -> Abonnementen.url(fout, true))
                    .as(fout)
                    .isInstanceOfSatisfying(
                            Weigering.class, w -> assertThat(w.veld()).isEqualTo("url"));
        }
        assertThat(Abonnementen.url("http://127.0.0.1:8080/hook", false)).hasToString("http://127.0.0.1:8080/hook");
    }

    @Test
    void theWaitDoublesAfterEachFailureUpToTheLongest() {
        KoppelingenProperties p = new KoppelingenProperties(
                java.net.URI.create("urn:x"),
                Duration.ofSeconds(5),
                Duration.ofSeconds(10),
                Duration.ofMinutes(1),
                10,
                Duration.ofSeconds(5),
                Duration.ofSeconds(10),
                200,
                Duration.ofDays(30),
                4,
                true);
        assertThat(p.wachttijdNa(1)).isEqualTo(Duration.ofSeconds(10));
        assertThat(p.wachttijdNa(2)).isEqualTo(Duration.ofSeconds(20));
        assertThat(p.wachttijdNa(3)).isEqualTo(Duration.ofSeconds(40));
        assertThat(p.wachttijdNa(4)).isEqualTo(Duration.ofMinutes(1));
        assertThat(p.wachttijdNa(60)).isEqualTo(Duration.ofMinutes(1));
    }
}
