package nl.toezicht.meldingen;

import java.util.function.Consumer;
import nl.toezicht.kern.Opslaggebruiker;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The attachments' contents in the file store, for the command that moves them to the object store. */
@Component
class BijlageSleutels implements Opslaggebruiker {

    private final JdbcClient jdbc;

    BijlageSleutels(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public String soort() {
        return "bijlage";
    }

    @Override
    public void elk(Consumer<Opgeslagen> elk) {
        Opslaggebruiker.elk(
                jdbc, "select id, opslag_sleutel, sha256, grootte from meldingen.bijlage order by opslag_sleutel", elk);
    }
}
