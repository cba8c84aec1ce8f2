package nl.toezicht.toegang;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpMethod;

/** The modules' URL rules are applied most specific first, whatever order they were declared in. */
class PadregelsTest {

    @Test
    void aSpecificPathComesBeforeTheWildcardThatAlsoMatchesIt() {
        Recht beheer = Recht.van("toegang.beheer");
        Recht historie = Recht.van("historie.importeren");
        List<Padregels.Regel> regels = Padregels.geordend(List.of(
                Padregel.recht(beheer, "/beheer/**"),
                Padregel.openbaar("/melden/**"),
                Padregel.recht(historie, "/beheer/historie", "/beheer/historie/**"),
                Padregel.openbaar(HttpMethod.POST, "/api/v1/meldingen")));

        List<String> volgorde = regels.stream().map(Padregels.Regel::patroon).toList();
        assertThat(volgorde.indexOf("/beheer/historie")).isLessThan(volgorde.indexOf("/beheer/**"));
        assertThat(volgorde.indexOf("/beheer/historie/**")).isLessThan(volgorde.indexOf("/beheer/**"));
        assertThat(volgorde.indexOf("/api/v1/meldingen")).isLessThan(volgorde.indexOf("/melden/**"));
    }

    @Test
    void forOnePatternTheRuleForAMethodComesFirst() {
        Recht recht = Recht.van("cijfers.opstellen");
        List<Padregels.Regel> regels = Padregels.geordend(
                List.of(Padregel.recht(recht, "/cijfers"), Padregel.openbaar(HttpMethod.GET, "/cijfers")));

        assertThat(regels.get(0).padregel().methode()).isEqualTo(HttpMethod.GET);
    }
}
