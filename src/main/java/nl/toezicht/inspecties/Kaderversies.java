package nl.toezicht.inspecties;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import nl.toezicht.kern.Weigering;
import nl.toezicht.kern.Zorgsector;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Stores framework versions; a changed version is written only when nobody changed it in between. */
@Repository
class Kaderversies {

    private static final String KOLOMMEN = "v.id, v.kader_id, k.code, v.versie, v.status, v.naam, v.sector, "
            + "v.inhoud::text as inhoud, v.aangemaakt_op, v.aangemaakt_door, v.gepubliceerd_op, v.gepubliceerd_door, "
            + "v.version";

    private final JdbcClient jdbc;

    Kaderversies(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<Kaderversie> vind(UUID id) {
        return jdbc.sql("select " + KOLOMMEN
                        + " from inspecties.kaderversie v join inspecties.toetsingskader k on k.id = v.kader_id"
                        + " where v.id = ?")
                .param(id)
                .query(Kaderversies::lees)
                .optional();
    }

    /** Every version of every framework, by framework code and version. */
    List<Kaderversie> alle() {
        return jdbc.sql("select " + KOLOMMEN
                        + " from inspecties.kaderversie v join inspecties.toetsingskader k on k.id = v.kader_id"
                        + " order by k.code, v.versie")
                .query(Kaderversies::lees)
                .list();
    }

    List<Kaderversie> vanKader(UUID kaderId) {
        return jdbc.sql("select " + KOLOMMEN
                        + " from inspecties.kaderversie v join inspecties.toetsingskader k on k.id = v.kader_id"
                        + " where v.kader_id = ? order by v.versie")
                .param(kaderId)
                .query(Kaderversies::lees)
                .list();
    }

    Optional<UUID> kaderMetCode(String code) {
        return jdbc.sql("select id from inspecties.toetsingskader where code = ?")
                .param(code)
                .query(UUID.class)
                .optional();
    }

    UUID nieuwKader(String code, Instant op) {
        UUID id = UUID.randomUUID();
        jdbc.sql("insert into inspecties.toetsingskader (id, code, aangemaakt_op) values (?, ?, ?)")
                .params(id, code, Timestamp.from(op))
                .update();
        return id;
    }

    void voegToe(Kaderversie v) {
        jdbc.sql(
                        "insert into inspecties.kaderversie (id, kader_id, versie, status, naam, sector, inhoud, aangemaakt_op,"
                                + " aangemaakt_door, gepubliceerd_op, gepubliceerd_door) values (?, ?, ?, ?, ?, ?, ?::jsonb, ?, ?,"
                                + " ?, ?)")
                .params(
                        v.id(),
                        v.kaderId(),
                        v.versie(),
                        v.status().name(),
                        v.naam(),
                        v.sector() == null ? null : v.sector().name(),
                        Kaderdocument.inhoudAlsJson(v.inhoud()),
                        Timestamp.from(v.aangemaaktOp()),
                        v.aangemaaktDoor(),
                        tijd(v.gepubliceerdOp()),
                        v.gepubliceerdDoor())
                .update();
    }

    /** Writes a changed draft (or its publication); refuses when another change came first. */
    void bewaar(Kaderversie v) {
        int rijen = jdbc.sql("update inspecties.kaderversie set status = ?, naam = ?, sector = ?, inhoud = ?::jsonb,"
                        + " gepubliceerd_op = ?, gepubliceerd_door = ?, version = version + 1"
                        + " where id = ? and version = ?")
                .params(
                        v.status().name(),
                        v.naam(),
                        v.sector() == null ? null : v.sector().name(),
                        Kaderdocument.inhoudAlsJson(v.inhoud()),
                        tijd(v.gepubliceerdOp()),
                        v.gepubliceerdDoor(),
                        v.id(),
                        v.version())
                .update();
        if (rijen != 1) {
            throw new Weigering("kader.gelijktijdig", v.naam());
        }
    }

    private static @Nullable Timestamp tijd(@Nullable Instant op) {
        return op == null ? null : Timestamp.from(op);
    }

    private static Kaderversie lees(ResultSet rs, int rij) throws SQLException {
        Timestamp gepubliceerd = rs.getTimestamp("gepubliceerd_op");
        String sector = rs.getString("sector");
        return new Kaderversie(
                rs.getObject("id", UUID.class),
                rs.getObject("kader_id", UUID.class),
                rs.getString("code"),
                rs.getInt("versie"),
                Kaderstatus.valueOf(rs.getString("status")),
                rs.getString("naam"),
                sector == null ? null : Zorgsector.valueOf(sector),
                Kaderdocument.inhoudUitJson(rs.getString("inhoud")),
                rs.getTimestamp("aangemaakt_op").toInstant(),
                rs.getString("aangemaakt_door"),
                gepubliceerd == null ? null : gepubliceerd.toInstant(),
                rs.getString("gepubliceerd_door"),
                rs.getLong("version"));
    }
}
