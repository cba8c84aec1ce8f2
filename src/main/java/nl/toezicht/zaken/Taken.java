package nl.toezicht.zaken;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import nl.toezicht.kern.Weigering;
import nl.toezicht.kern.Zorgsector;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Stores tasks ({@code zaken.taak}); a change is refused when someone else changed the task first. */
@Component
class Taken {

    private static final String KOLOMMEN = "id, zaak, omschrijving, medewerker, afdeling, uiterlijk, status,"
            + " aangemaakt_door, aangemaakt_op, afgehandeld_door, afgehandeld_op, version";

    private final JdbcClient jdbc;

    Taken(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void voegToe(Taak taak) {
        jdbc.sql("insert into zaken.taak (" + KOLOMMEN + ") values (?, ?, ?, ?, ?, ?, ?, ?, ?, null, null, 0)")
                .params(
                        taak.id().waarde(),
                        taak.zaak().waarde(),
                        taak.omschrijving(),
                        taak.medewerker(),
                        taak.afdeling() == null ? null : taak.afdeling().name(),
                        taak.uiterlijk(),
                        taak.status().name(),
                        taak.aangemaaktDoor(),
                        Timestamp.from(taak.aangemaaktOp()))
                .update();
    }

    /** Stores that it was done or cancelled. */
    void bewaarAfhandeling(Taak taak) {
        int gewijzigd = jdbc.sql("update zaken.taak set status = ?, afgehandeld_door = ?, afgehandeld_op = ?,"
                        + " version = version + 1 where id = ? and version = ?")
                .params(
                        taak.status().name(),
                        taak.afgehandeldDoor(),
                        Timestamp.from(java.util.Objects.requireNonNull(taak.afgehandeldOp())),
                        taak.id().waarde(),
                        taak.versie())
                .update();
        if (gewijzigd != 1) {
            throw new Weigering("zaak.taak.al-afgehandeld");
        }
    }

    /** The task, only as one of this case. */
    Optional<Taak> vind(ZaakId zaak, TaakId taak) {
        return jdbc.sql("select " + KOLOMMEN + " from zaken.taak where id = ? and zaak = ?")
                .params(taak.waarde(), zaak.waarde())
                .query(Taken::taak)
                .optional();
    }

    /** The case's tasks, open ones first, then by due date. */
    List<Taak> vanZaak(ZaakId zaak) {
        return jdbc.sql("select " + KOLOMMEN + " from zaken.taak where zaak = ?"
                        + " order by status <> 'OPEN', uiterlijk, aangemaakt_op")
                .param(zaak.waarde())
                .query(Taken::taak)
                .list();
    }

    /**
     * The open tasks for this person or their departments, on cases of the departments they may see (a task on a
     * case they can no longer see is not theirs to do), by due date.
     */
    List<Taak> openVoor(
            String gebruikersnaam, Collection<Zorgsector> eigen, Collection<Zorgsector> zichtbaar, int max) {
        if (zichtbaar.isEmpty()) {
            return List.of();
        }
        String[] eigenAfdelingen = eigen.stream().map(Enum::name).toArray(String[]::new);
        String[] zichtbareAfdelingen = zichtbaar.stream().map(Enum::name).toArray(String[]::new);
        return jdbc.sql("select " + prefix("t") + " from zaken.taak t join zaken.zaak z on z.id = t.zaak"
                        + " where t.status = 'OPEN' and (t.medewerker = ? or t.afdeling = any (?))"
                        + " and z.afdeling = any (?) order by t.uiterlijk, t.aangemaakt_op limit ?")
                .params(gebruikersnaam, eigenAfdelingen, zichtbareAfdelingen, max)
                .query(Taken::taak)
                .list();
    }

    private static String prefix(String alias) {
        return String.join(
                ", ",
                java.util.Arrays.stream(KOLOMMEN.split(",\\s*"))
                        .map(k -> alias + "." + k)
                        .toList());
    }

    private static Taak taak(ResultSet rs, int i) throws SQLException {
        Timestamp afgehandeld = rs.getTimestamp("afgehandeld_op");
        String afdeling = rs.getString("afdeling");
        return new Taak(
                new TaakId(rs.getObject("id", UUID.class)),
                new ZaakId(rs.getObject("zaak", UUID.class)),
                rs.getString("omschrijving"),
                rs.getString("medewerker"),
                afdeling == null ? null : Zorgsector.valueOf(afdeling),
                rs.getObject("uiterlijk", java.time.LocalDate.class),
                rs.getString("aangemaakt_door"),
                rs.getTimestamp("aangemaakt_op").toInstant(),
                Taakstatus.valueOf(rs.getString("status")),
                rs.getString("afgehandeld_door"),
                afgehandeld == null ? null : afgehandeld.toInstant(),
                rs.getLong("version"));
    }
}
