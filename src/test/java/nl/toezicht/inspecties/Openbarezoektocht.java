package nl.toezicht.inspecties;

import java.time.Clock;
import nl.toezicht.kern.Pagina;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * For tests of other modules on a database of their own (the demo generator's): the public search of
 * {@link Openbaarmaking#zoek} over that database. The search reads through its {@link JdbcClient} only; the
 * inspectorate's side of the service is not wired here and not used.
 */
public final class Openbarezoektocht {

    private Openbarezoektocht() {}

    @SuppressWarnings("NullAway")
    public static Pagina<Openbaarmaking.Vindplaats> zoek(
            JdbcClient jdbc, Clock clock, Openbaarmaking.Zoekvraag vraag, int pagina) {
        return new Openbaarmaking(
                        null,
                        null,
                        null,
                        null,
                        null,
                        null,
                        null,
                        jdbc,
                        clock,
                        null,
                        null,
                        null,
                        new Openbaarmaking.Instellingen(null))
                .zoek(vraag, pagina);
    }
}
