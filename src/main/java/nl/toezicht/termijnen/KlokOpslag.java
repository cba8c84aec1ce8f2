package nl.toezicht.termijnen;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.namedparam.SqlParameterSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Clocks in {@code termijnen.klok} and their history in {@code termijnen.klokgebeurtenis}, with plain SQL:
 * the row is updated in place, the history only ever gets inserts (the database refuses anything else).
 */
@Repository
class KlokOpslag {

    static final String KOLOMMEN = "id, soort, object_type, object_id, afdeling, behandelaar, status, startdatum,"
            + " startmoment, lengte_aantal, lengte_eenheid, einde, uiterlijk, te_laat, opgeschort_sinds,"
            + " opschortingsgrond, gestopt_op, laatste_op, volgnummer";

    private final JdbcClient jdbc;
    private final NamedParameterJdbcTemplate batch;
    private final Kloksoorten soorten;

    KlokOpslag(JdbcClient jdbc, NamedParameterJdbcTemplate batch, Kloksoorten soorten) {
        this.jdbc = jdbc;
        this.batch = batch;
        this.soorten = soorten;
    }

    boolean bestaat(KlokId id) {
        return jdbc.sql("select exists (select 1 from termijnen.klok where id = ?)")
                .param(id.waarde())
                .query(Boolean.class)
                .single();
    }

    /** The clock with a row lock till the end of the transaction: commands on one clock take turns. */
    Optional<Klok> laadVoorWijziging(KlokId id) {
        boolean gevonden = jdbc.sql("select id from termijnen.klok where id = ? for update")
                .param(id.waarde())
                .query(UUID.class)
                .optional()
                .isPresent();
        if (!gevonden) {
            return Optional.empty();
        }
        Map<String, Integer> verlengingen = verlengingen(id);
        return jdbc.sql("select " + KOLOMMEN + " from termijnen.klok where id = ?")
                .param(id.waarde())
                .query((rs, i) -> klok(rs, verlengingen))
                .optional();
    }

    Optional<KlokStand> vind(KlokId id) {
        return jdbc.sql("select " + KOLOMMEN + " from termijnen.klok where id = ?")
                .param(id.waarde())
                .query((rs, i) -> stand(rs))
                .optional();
    }

    /** The object's clocks, the running ones first, then by start. */
    List<KlokStand> vanObject(Objectverwijzing object) {
        return jdbc.sql("select " + KOLOMMEN + " from termijnen.klok where object_id = ? and object_type = ?"
                        + " order by status = 'GESTOPT', startdatum, laatste_op, id")
                .params(object.id(), object.type())
                .query((rs, i) -> stand(rs))
                .list();
    }

    /** The ids of the object's clocks that have not stopped, locked for a change. */
    List<KlokId> openVanObjectVoorWijziging(Objectverwijzing object) {
        return jdbc.sql("select id from termijnen.klok where object_id = ? and object_type = ?"
                        + " and status <> 'GESTOPT' order by id for update")
                .params(object.id(), object.type())
                .query((rs, i) -> new KlokId(rs.getObject("id", UUID.class)))
                .list();
    }

    private static final String INSERT_KLOK = "insert into termijnen.klok (" + KOLOMMEN + ") values (:id, :soort,"
            + " :objectType, :objectId, :afdeling, :behandelaar, :status, :startdatum, :startmoment, :lengteAantal,"
            + " :lengteEenheid, :einde, :uiterlijk, :teLaat, :opgeschortSinds, :opschortingsgrond, :gestoptOp,"
            + " :laatsteOp, :volgnummer)";

    private static final String INSERT_GEBEURTENIS = "insert into termijnen.klokgebeurtenis (klok, volgnummer, soort,"
            + " door, op, grond, lengte_aantal, lengte_eenheid, uiterlijk_voor, uiterlijk_na, afdeling, behandelaar,"
            + " toelichting) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";

    void voegToe(Klok klok) {
        jdbc.sql(INSERT_KLOK).paramSource(parameters(klok)).update();
        bewaarGeschiedenis(klok);
    }

    /** Many new clocks at once (cases loaded in bulk): two batched statements instead of two per clock. */
    void voegToe(List<Klok> klokken) {
        if (klokken.isEmpty()) {
            return;
        }
        batch.batchUpdate(
                INSERT_KLOK,
                klokken.stream()
                        .map(k -> new MapSqlParameterSource(parameters(k)))
                        .toArray(SqlParameterSource[]::new));
        List<Object[]> regels = new ArrayList<>();
        for (Klok klok : klokken) {
            for (Klokgebeurtenis g : klok.nieuweGebeurtenissen()) {
                regels.add(regel(klok, g));
            }
            klok.gebeurtenissenOpgeslagen();
        }
        batch.getJdbcTemplate().batchUpdate(INSERT_GEBEURTENIS, regels);
    }

    void werkBij(Klok klok) {
        // te_laat only ever goes from false to true: the daily job may have set it meanwhile
        jdbc.sql("update termijnen.klok set afdeling = :afdeling, behandelaar = :behandelaar, status = :status,"
                        + " einde = :einde, uiterlijk = :uiterlijk, te_laat = te_laat or :teLaat,"
                        + " opgeschort_sinds = :opgeschortSinds, opschortingsgrond = :opschortingsgrond,"
                        + " gestopt_op = :gestoptOp, laatste_op = :laatsteOp, volgnummer = :volgnummer"
                        + " where id = :id")
                .paramSource(parameters(klok))
                .update();
        bewaarGeschiedenis(klok);
    }

    private void bewaarGeschiedenis(Klok klok) {
        for (Klokgebeurtenis g : klok.nieuweGebeurtenissen()) {
            jdbc.sql(INSERT_GEBEURTENIS).params(regel(klok, g)).update();
        }
        klok.gebeurtenissenOpgeslagen();
    }

    private static @Nullable Object[] regel(Klok klok, Klokgebeurtenis g) {
        Verantwoordelijke wie = g.verantwoordelijke();
        Lengte lengte = g.lengte();
        return new @Nullable Object[] {
            klok.id().waarde(),
            g.volgnummer(),
            g.soort().name(),
            g.door(),
            Timestamp.from(g.op()),
            g.grond(),
            lengte == null ? null : lengte.aantal(),
            lengte == null ? null : lengte.eenheid().name(),
            g.uiterlijkVoor(),
            g.uiterlijkNa(),
            wie == null ? null : wie.afdeling(),
            wie == null ? null : wie.behandelaar(),
            g.toelichting()
        };
    }

    List<Klokgebeurtenis> geschiedenis(KlokId id) {
        return jdbc.sql("select volgnummer, soort, door, op, grond, lengte_aantal, lengte_eenheid, uiterlijk_voor,"
                        + " uiterlijk_na, afdeling, behandelaar, toelichting from termijnen.klokgebeurtenis"
                        + " where klok = ? order by volgnummer")
                .param(id.waarde())
                .query((rs, i) -> {
                    String eenheid = rs.getString("lengte_eenheid");
                    String afdeling = rs.getString("afdeling");
                    return new Klokgebeurtenis(
                            rs.getInt("volgnummer"),
                            Klokgebeurtenis.Soort.valueOf(rs.getString("soort")),
                            rs.getString("door"),
                            rs.getTimestamp("op").toInstant(),
                            rs.getString("grond"),
                            eenheid == null ? null : new Lengte(rs.getInt("lengte_aantal"), Eenheid.valueOf(eenheid)),
                            rs.getObject("uiterlijk_voor", LocalDate.class),
                            rs.getObject("uiterlijk_na", LocalDate.class),
                            afdeling == null ? null : new Verantwoordelijke(afdeling, rs.getString("behandelaar")),
                            rs.getString("toelichting"));
                })
                .list();
    }

    private Map<String, Integer> verlengingen(KlokId id) {
        Map<String, Integer> perRegel = new HashMap<>();
        jdbc.sql("select grond, count(*) as aantal from termijnen.klokgebeurtenis where klok = ?"
                        + " and soort = 'VERLENGD' group by grond")
                .param(id.waarde())
                .query(rs -> {
                    perRegel.put(rs.getString("grond"), rs.getInt("aantal"));
                });
        return perRegel;
    }

    private Map<String, @Nullable Object> parameters(Klok klok) {
        Map<String, @Nullable Object> p = new HashMap<>();
        p.put("id", klok.id().waarde());
        p.put("soort", klok.soort().code());
        p.put("objectType", klok.object().type());
        p.put("objectId", klok.object().id());
        p.put("afdeling", klok.verantwoordelijke().afdeling());
        p.put("behandelaar", klok.verantwoordelijke().behandelaar());
        p.put("status", klok.status().name());
        p.put("startdatum", klok.startdatum());
        p.put("startmoment", tijd(klok.startmoment()));
        p.put("lengteAantal", klok.lengte().aantal());
        p.put("lengteEenheid", klok.lengte().eenheid().name());
        p.put("einde", klok.einde());
        p.put("uiterlijk", klok.uiterlijk());
        p.put("teLaat", klok.teLaat());
        p.put("opgeschortSinds", klok.opgeschortSinds());
        p.put("opschortingsgrond", klok.opschortingsgrond());
        p.put("gestoptOp", tijd(klok.gestoptOp()));
        p.put("laatsteOp", tijd(klok.laatsteOp()));
        p.put("volgnummer", klok.volgnummer());
        return p;
    }

    private static @Nullable Timestamp tijd(@Nullable Instant moment) {
        return moment == null ? null : Timestamp.from(moment);
    }

    private Klok klok(ResultSet rs, Map<String, Integer> verlengingen) throws SQLException {
        Timestamp startmoment = rs.getTimestamp("startmoment");
        Timestamp gestopt = rs.getTimestamp("gestopt_op");
        return new Klok(
                new KlokId(rs.getObject("id", UUID.class)),
                soorten.soort(rs.getString("soort")),
                new Objectverwijzing(rs.getString("object_type"), rs.getObject("object_id", UUID.class)),
                rs.getObject("startdatum", LocalDate.class),
                startmoment == null ? null : startmoment.toInstant(),
                new Lengte(rs.getInt("lengte_aantal"), Eenheid.valueOf(rs.getString("lengte_eenheid"))),
                new Verantwoordelijke(rs.getString("afdeling"), rs.getString("behandelaar")),
                Klokstatus.valueOf(rs.getString("status")),
                rs.getObject("einde", LocalDate.class),
                rs.getObject("uiterlijk", LocalDate.class),
                rs.getBoolean("te_laat"),
                rs.getObject("opgeschort_sinds", LocalDate.class),
                rs.getString("opschortingsgrond"),
                gestopt == null ? null : gestopt.toInstant(),
                rs.getTimestamp("laatste_op").toInstant(),
                rs.getInt("volgnummer"),
                verlengingen);
    }

    /** A row as the owner sees it; needs no kind definition, so a clock of a retired kind still reads. */
    static KlokStand stand(ResultSet rs) throws SQLException {
        Timestamp gestopt = rs.getTimestamp("gestopt_op");
        return new KlokStand(
                new KlokId(rs.getObject("id", UUID.class)),
                rs.getString("soort"),
                new Objectverwijzing(rs.getString("object_type"), rs.getObject("object_id", UUID.class)),
                new Verantwoordelijke(rs.getString("afdeling"), rs.getString("behandelaar")),
                Klokstatus.valueOf(rs.getString("status")),
                rs.getObject("startdatum", LocalDate.class),
                new Lengte(rs.getInt("lengte_aantal"), Eenheid.valueOf(rs.getString("lengte_eenheid"))),
                rs.getObject("uiterlijk", LocalDate.class),
                rs.getBoolean("te_laat"),
                rs.getObject("opgeschort_sinds", LocalDate.class),
                rs.getString("opschortingsgrond"),
                gestopt == null ? null : gestopt.toInstant());
    }
}
