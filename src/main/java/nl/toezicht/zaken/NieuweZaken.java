package nl.toezicht.zaken;

import java.sql.Timestamp;
import nl.toezicht.register.ZorgaanbiederId;
import nl.toezicht.termijnen.Termijn;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Stores a case that has just been opened, with plain INSERTs: every notification opens one, so this is
 * on intake's hot path (see docs/decisions/0006). {@link Zaak#open} decides what is stored; reads and
 * every later change go through {@link Zaken}. The row starts at version 0, as Spring Data JDBC
 * writes it.
 */
@Component
class NieuweZaken {

    private static final String ZAAK = "insert into zaken.zaak (id, version, referentie, status, soort, sector,"
            + " afdeling, zorgaanbieder_id, inspecteur, termijn_soort, termijn_datum, klok_id, te_laat,"
            + " te_laat_gemeld, ontvangen_op, geopend_op, gesloten_op, sluitreden)"
            + " values (?, 0, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, false, ?, ?, ?, ?, ?)";

    private static final String ZAAK_MELDING =
            "insert into zaken.zaak_melding (melding_id, zaak, gekoppeld_op, gekoppeld_door) values (?, ?, ?, ?)";

    private final JdbcClient jdbc;
    private final Zaken zaken;

    NieuweZaken(JdbcClient jdbc, Zaken zaken) {
        this.jdbc = jdbc;
        this.zaken = zaken;
    }

    void voegToe(Zaak zaak) {
        ZorgaanbiederId zorgaanbieder = zaak.zorgaanbieder();
        Termijn termijn = zaak.termijn();
        jdbc.sql(ZAAK)
                .params(
                        zaak.id().waarde(),
                        zaak.referentie(),
                        zaak.status().name(),
                        zaak.soort().name(),
                        zaak.sector().name(),
                        zaak.afdeling().name(),
                        zorgaanbieder == null ? null : zorgaanbieder.waarde(),
                        zaak.inspecteur(),
                        termijn == null ? null : termijn.soort().name(),
                        termijn == null ? null : termijn.datum(),
                        zaak.klok() == null ? null : zaak.klok().waarde(),
                        zaak.isTeLaatGemeld(),
                        Timestamp.from(zaak.ontvangenOp()),
                        Timestamp.from(zaak.geopendOp()),
                        zaak.geslotenOp() == null ? null : Timestamp.from(zaak.geslotenOp()),
                        zaak.sluitreden() == null ? null : zaak.sluitreden().name())
                .update();
        zaken.schrijfTijdlijn(zaak);
        // a case opened for a notification split off another case moves that notification's link (it has one)
        for (ZaakMelding m : zaak.zaakMeldingen()) {
            if (zaak.nieuweMeldingen().contains(m)) {
                continue;
            }
            jdbc.sql(ZAAK_MELDING)
                    .params(m.meldingId(), zaak.id().waarde(), Timestamp.from(m.gekoppeldOp()), m.gekoppeldDoor())
                    .update();
        }
        zaken.verplaatsKoppelingen(zaak);
        zaak.bewaard();
    }
}
