package nl.toezicht.cijfers;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Storage of the manual figures ({@code cijfers.handmatig_cijfer}, V145): versions only added, checks only set. */
@Repository
class Handmatigecijfers {

    private static final String KOLOMMEN = "jaar, grootheid, versie, waarde, bron, toelichting, ingevoerd_door,"
            + " ingevoerd_op, gecontroleerd_door, gecontroleerd_op";

    private final JdbcClient jdbc;

    Handmatigecijfers(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Every version of the figures of these years, by year, measure and version. */
    List<Handmatigcijfer> vanJaren(List<Integer> jaren) {
        return jdbc.sql("select " + KOLOMMEN + " from cijfers.handmatig_cijfer where jaar = any(?)"
                        + " order by jaar, grootheid, versie")
                .param(jaren.toArray(Integer[]::new))
                .query(Handmatigecijfers::lees)
                .list();
    }

    Optional<Handmatigcijfer> vindVoorWijziging(int jaar, String grootheid, int versie) {
        return jdbc.sql("select " + KOLOMMEN
                        + " from cijfers.handmatig_cijfer where jaar = ? and grootheid = ? and versie = ? for update")
                .params(jaar, grootheid, versie)
                .query(Handmatigecijfers::lees)
                .optional();
    }

    /** The next version number of a figure, under a lock per year and measure. */
    int volgendeVersie(int jaar, String grootheid) {
        jdbc.sql("select pg_advisory_xact_lock(?, hashtext(?))")
                .params(0x68616e64, jaar + "|" + grootheid)
                .query()
                .singleRow();
        return jdbc.sql("select coalesce(max(versie), 0) + 1 from cijfers.handmatig_cijfer"
                        + " where jaar = ? and grootheid = ?")
                .params(jaar, grootheid)
                .query(Integer.class)
                .single();
    }

    void voegToe(Handmatigcijfer h) {
        jdbc.sql("insert into cijfers.handmatig_cijfer (" + KOLOMMEN + ") values (?, ?, ?, ?, ?, ?, ?, ?, null, null)")
                .params(
                        h.jaar(),
                        h.grootheid(),
                        h.versie(),
                        h.waarde(),
                        h.bron(),
                        h.toelichting(),
                        h.ingevoerdDoor(),
                        h.ingevoerdOp().atOffset(ZoneOffset.UTC))
                .update();
    }

    void controleer(Handmatigcijfer h, String door, Instant op) {
        jdbc.sql("update cijfers.handmatig_cijfer set gecontroleerd_door = ?, gecontroleerd_op = ?"
                        + " where jaar = ? and grootheid = ? and versie = ?")
                .params(door, op.atOffset(ZoneOffset.UTC), h.jaar(), h.grootheid(), h.versie())
                .update();
    }

    private static Handmatigcijfer lees(ResultSet rs, int i) throws SQLException {
        Timestamp gecontroleerd = rs.getTimestamp("gecontroleerd_op");
        return new Handmatigcijfer(
                rs.getInt("jaar"),
                rs.getString("grootheid"),
                rs.getInt("versie"),
                rs.getLong("waarde"),
                rs.getString("bron"),
                rs.getString("toelichting"),
                rs.getString("ingevoerd_door"),
                rs.getTimestamp("ingevoerd_op").toInstant(),
                rs.getString("gecontroleerd_door"),
                gecontroleerd == null ? null : gecontroleerd.toInstant());
    }
}
