package nl.toezicht.documenten;

import java.util.function.Consumer;
import nl.toezicht.kern.Opslaggebruiker;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The document versions' contents in the file store, for the command that moves them to the object store. */
@Component
class Documentsleutels implements Opslaggebruiker {

    private final JdbcClient jdbc;

    Documentsleutels(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public String soort() {
        return "documentversie";
    }

    @Override
    public void elk(Consumer<Opgeslagen> elk) {
        Opslaggebruiker.elk(jdbc, """
                select document_id || '/' || versie as id, opslag_sleutel, sha256, grootte
                  from documenten.versie order by opslag_sleutel
                """, elk);
    }
}
