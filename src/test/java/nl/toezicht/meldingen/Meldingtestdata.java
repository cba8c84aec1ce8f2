package nl.toezicht.meldingen;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import nl.toezicht.kern.Zorgsector;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * For tests of other modules: notifications in intake's table as states that no page makes (a bare row, a
 * late correction), written by this module's test code only.
 */
public final class Meldingtestdata {

    private Meldingtestdata() {}

    /**
     * A notification stored as intake stores one (no attachments, no reporter), in the caller's transaction
     * if there is one; announcing it is the caller's.
     */
    public static void bewaar(
            JdbcClient jdbc,
            MeldingId id,
            String referentie,
            Meldingsoort soort,
            Zorgsector sector,
            String omschrijving,
            Instant ontvangenOp) {
        jdbc.sql("""
                        insert into meldingen.melding (id, referentie, status, bron, kanaal, soort, sector,
                            omschrijving, status_token_hash, ontvangen_op)
                        values (?, ?, 'ONTVANGEN', 'ZORGAANBIEDER', 'API', ?, ?, ?, ?, ?)
                        """)
                .params(
                        id.waarde(),
                        referentie,
                        soort.name(),
                        sector.name(),
                        omschrijving,
                        UUID.randomUUID().toString(),
                        Timestamp.from(ontvangenOp))
                .update();
    }

    /**
     * A notification for a bulk writer: a letter from someone outside the field, handled, without provider,
     * reporter or flags; a status link no token hashes to.
     */
    public static Meldingenlader.Bulkmelding bulkmelding(
            Meldingsoort soort, Zorgsector sector, String omschrijving, Instant ontvangenOp) {
        return new Meldingenlader.Bulkmelding(
                MeldingId.nieuw(),
                gegevens(Bron.ANDERS, Kanaal.BRIEF, soort, sector, omschrijving),
                Meldingstatus.AFGEHANDELD,
                "bulk-" + UUID.randomUUID(),
                ontvangenOp);
    }

    /** What a notification without provider, reporter, patient or flags says. */
    public static Meldinggegevens gegevens(
            Bron bron, Kanaal kanaal, Meldingsoort soort, Zorgsector sector, String omschrijving) {
        return new Meldinggegevens(
                bron,
                kanaal,
                soort,
                sector,
                null,
                null,
                null,
                null,
                null,
                null,
                omschrijving,
                false,
                false,
                false,
                false,
                false,
                null,
                List.of(),
                null,
                null);
    }

    /** Removes a notification a test stored, when the test cleans up after itself. */
    public static void verwijder(JdbcClient jdbc, MeldingId id) {
        jdbc.sql("delete from meldingen.melding where id = ?")
                .param(id.waarde())
                .update();
    }

    /** A late correction of a counted column, as a repair of old data would make it. */
    public static void corrigeerSector(JdbcClient jdbc, UUID melding, Zorgsector sector) {
        jdbc.sql("update meldingen.melding set sector = ? where id = ?")
                .params(sector.name(), melding)
                .update();
    }
}
