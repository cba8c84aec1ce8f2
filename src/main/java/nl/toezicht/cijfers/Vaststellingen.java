package nl.toezicht.cijfers;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Storage of the versions of a year's figures ({@code cijfers.vaststelling}). */
@Repository
class Vaststellingen {

    private static final String KOLOMMEN = "jaar, versie, status, regels_versie, peilmoment, inhoud, checksum,"
            + " opgesteld_door, opgesteld_op, gecontroleerd_door, gecontroleerd_op, vastgesteld_door, vastgesteld_op";

    private final JdbcClient jdbc;

    Vaststellingen(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<Vaststelling> vind(int jaar, int versie) {
        return jdbc.sql("select " + KOLOMMEN + " from cijfers.vaststelling where jaar = ? and versie = ?")
                .params(jaar, versie)
                .query(Vaststellingen::lees)
                .optional();
    }

    /** Locks the row for a state change. */
    Optional<Vaststelling> vindVoorWijziging(int jaar, int versie) {
        return jdbc.sql("select " + KOLOMMEN + " from cijfers.vaststelling where jaar = ? and versie = ? for update")
                .params(jaar, versie)
                .query(Vaststellingen::lees)
                .optional();
    }

    Optional<Vaststelling> laatstVastgesteld(int jaar) {
        return jdbc.sql("select " + KOLOMMEN + " from cijfers.vaststelling where jaar = ? and status = 'VASTGESTELD'"
                        + " order by versie desc limit 1")
                .param(jaar)
                .query(Vaststellingen::lees)
                .optional();
    }

    Optional<Vaststelling> vastgesteldVoor(int jaar, int versie) {
        return jdbc.sql("select " + KOLOMMEN + " from cijfers.vaststelling where jaar = ? and versie < ?"
                        + " and status = 'VASTGESTELD' order by versie desc limit 1")
                .params(jaar, versie)
                .query(Vaststellingen::lees)
                .optional();
    }

    List<Integer> vastgesteldeJaren() {
        return jdbc.sql(
                        "select distinct jaar from cijfers.vaststelling where status = 'VASTGESTELD' order by jaar desc")
                .query(Integer.class)
                .list();
    }

    List<Vaststelling.Versie> versies(int jaar) {
        return jdbc
                .sql("select " + KOLOMMEN + " from cijfers.vaststelling where jaar = ? order by versie")
                .param(jaar)
                .query(Vaststellingen::lees)
                .list()
                .stream()
                .map(Vaststelling::samenvatting)
                .toList();
    }

    /** How many versions (of any year) are not approved yet. */
    long openVersies() {
        return jdbc.sql("select count(*) from cijfers.vaststelling where status <> 'VASTGESTELD'")
                .query(Long.class)
                .single();
    }

    /** Takes the next version number of a year, removing drafts not yet approved (a new draft replaces them). */
    int volgendeVersie(int jaar) {
        jdbc.sql("select pg_advisory_xact_lock(?, ?)")
                .params(0x63696a66, jaar)
                .query()
                .singleRow();
        jdbc.sql("delete from cijfers.vaststelling where jaar = ? and status <> 'VASTGESTELD'")
                .param(jaar)
                .update();
        return jdbc.sql("select coalesce(max(versie), 0) + 1 from cijfers.vaststelling where jaar = ?")
                .param(jaar)
                .query(Integer.class)
                .single();
    }

    void voegToe(Vaststelling v) {
        jdbc.sql(
                        "insert into cijfers.vaststelling (" + KOLOMMEN + ") values"
                                + " (:jaar, :versie, :status, :regels, :peil, :inhoud, :checksum, :door, :op, null, null, null, null)")
                .param("jaar", v.jaar())
                .param("versie", v.versie())
                .param("status", v.status().name())
                .param("regels", v.regelsVersie())
                .param("peil", tijd(v.peilmoment()))
                .param("inhoud", v.inhoud())
                .param("checksum", v.checksum())
                .param("door", v.opgesteldDoor())
                .param("op", tijd(v.opgesteldOp()))
                .update();
    }

    void werkBij(Vaststelling v) {
        jdbc.sql(
                        "update cijfers.vaststelling set status = :status, gecontroleerd_door = :controleur,"
                                + " gecontroleerd_op = :gecontroleerd,"
                                + " vastgesteld_door = :door, vastgesteld_op = :vastgesteld where jaar = :jaar and versie = :versie")
                .param("status", v.status().name())
                .param("controleur", v.gecontroleerdDoor())
                .param("gecontroleerd", tijd(v.gecontroleerdOp()))
                .param("door", v.vastgesteldDoor())
                .param("vastgesteld", tijd(v.vastgesteldOp()))
                .param("jaar", v.jaar())
                .param("versie", v.versie())
                .update();
    }

    private static java.time.@Nullable OffsetDateTime tijd(@Nullable Instant moment) {
        return moment == null ? null : moment.atOffset(ZoneOffset.UTC);
    }

    private static @Nullable Instant moment(ResultSet rs, String kolom) throws SQLException {
        Timestamp t = rs.getTimestamp(kolom);
        return t == null ? null : t.toInstant();
    }

    private static Vaststelling lees(ResultSet rs, int i) throws SQLException {
        return new Vaststelling(
                rs.getInt("jaar"),
                rs.getInt("versie"),
                Vaststelling.Status.valueOf(rs.getString("status")),
                rs.getString("regels_versie"),
                rs.getTimestamp("peilmoment").toInstant(),
                rs.getString("inhoud"),
                rs.getString("checksum"),
                rs.getString("opgesteld_door"),
                rs.getTimestamp("opgesteld_op").toInstant(),
                rs.getString("gecontroleerd_door"),
                moment(rs, "gecontroleerd_op"),
                rs.getString("vastgesteld_door"),
                moment(rs, "vastgesteld_op"));
    }
}
