package nl.toezicht.zaken;

import java.util.List;
import nl.toezicht.kern.Tijdlijn;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The notes of cases: appended, never changed (the table refuses it, V87), read newest first. */
@Component
class Notities {

    private final Tijdlijn<Notitie> notities;

    Notities(JdbcClient jdbc) {
        this.notities = new Tijdlijn<>(
                jdbc,
                "zaken.notitie",
                "zaak",
                List.of("tekst", "door", "op"),
                n -> new Object[] {n.tekst(), n.door(), n.op()},
                (rs, i) -> new Notitie(
                        rs.getString("tekst"),
                        rs.getString("door"),
                        rs.getTimestamp("op").toInstant()));
    }

    void voegToe(ZaakId zaak, Notitie notitie) {
        notities.voegToe(zaak.waarde(), List.of(notitie));
    }

    /** Newest first, as the case page shows them. */
    List<Notitie> van(ZaakId zaak) {
        List<Notitie> nieuwsteEerst = new java.util.ArrayList<>(notities.lees(zaak.waarde()));
        java.util.Collections.reverse(nieuwsteEerst);
        return nieuwsteEerst;
    }
}
