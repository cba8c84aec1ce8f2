package nl.toezicht.handhaving;

import java.math.BigDecimal;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import nl.toezicht.kern.Referentie;
import nl.toezicht.kern.Tijdlijn;
import nl.toezicht.kern.Weigering;
import nl.toezicht.kern.Zorgsector;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Stores measures and their timeline (append-only); optimistic locking on {@code version}. */
@Repository
class Maatregelen {

    static final String KOLOMMEN = "id, referentie, soort, status, afdeling, zorgaanbieder_id, locatie_id,"
            + " beroepsbeoefenaar, aanleiding, aanleiding_kenmerk, wet, artikel, omschrijving, bedrag, dwangsom_eenheid,"
            + " maximum, verbeurd, gefactureerd, betaald, afgeschreven, rapportdatum, voornemen_op, besluit_op,"
            + " termijn_tot, verbeurd_op, verjaart_op, bezwaar_ontvangen_op, beeindigd_op, aangemaakt_op,"
            + " aangemaakt_door, version";

    /** What a read takes: the columns of {@link #KOLOMMEN} and whether the history import brought it in. */
    static final String LEESKOLOMMEN = KOLOMMEN + ", geimporteerd";

    private final JdbcClient jdbc;
    private final Tijdlijn<Maatregelstapregel> tijdlijn;

    Maatregelen(JdbcClient jdbc) {
        this.jdbc = jdbc;
        this.tijdlijn = new Tijdlijn<>(
                jdbc,
                "handhaving.maatregelstap",
                "maatregel",
                List.of("van", "naar", "stap", "door", "op", "toelichting", "bedrag"),
                r -> new Object[] {r.van(), r.naar(), r.stap(), r.door(), r.op(), r.toelichting(), r.bedrag()},
                (rs, i) -> new Maatregelstapregel(
                        rs.getString("van") == null ? null : Maatregelstatus.valueOf(rs.getString("van")),
                        Maatregelstatus.valueOf(rs.getString("naar")),
                        Maatregelstap.valueOf(rs.getString("stap")),
                        rs.getString("door"),
                        rs.getTimestamp("op").toInstant(),
                        rs.getString("toelichting"),
                        rs.getBigDecimal("bedrag")));
    }

    String volgendeReferentie(int jaar) {
        return Referentie.volgende(jdbc, "handhaving.maatregel_nummer_seq", 'H', jaar);
    }

    /** The statement that writes a new measure with {@link #waarden}; the bulk writer batches it. */
    static final String INVOEGEN = "insert into handhaving.maatregel (" + KOLOMMEN + ") values (?, ?, ?, ?, ?, ?, ?, ?,"
            + " ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0)";

    /** A new measure's values for {@link #INVOEGEN}, in the order of {@link #KOLOMMEN}. */
    static Object[] waarden(Maatregel m) {
        return new Object[] {
            m.id(),
            m.referentie(),
            m.soort().name(),
            m.status().name(),
            m.afdeling().name(),
            m.zorgaanbiederId(),
            m.locatieId(),
            m.beroepsbeoefenaar(),
            m.inhoud().aanleiding().name(),
            m.inhoud().aanleidingKenmerk(),
            m.inhoud().wet(),
            m.inhoud().artikel(),
            m.inhoud().omschrijving(),
            m.geld().bedrag(),
            m.geld().eenheid() == null ? null : m.geld().eenheid().name(),
            m.geld().maximum(),
            m.verbeurd(),
            m.gefactureerd(),
            m.betaald(),
            m.afgeschreven(),
            datum(m.rapportdatum()),
            datum(m.voornemenOp()),
            datum(m.besluitOp()),
            datum(m.termijnTot()),
            datum(m.verbeurdOp()),
            datum(m.verjaartOp()),
            datum(m.bezwaarOntvangenOp()),
            datum(m.beeindigdOp()),
            Timestamp.from(m.aangemaaktOp()),
            m.aangemaaktDoor()
        };
    }

    void voegToe(Maatregel m) {
        jdbc.sql(INVOEGEN).params(waarden(m)).update();
        tijdlijn.voegToe(m.id(), m.nieuweStappen());
        m.stappenBewaard();
    }

    /** Writes the changing columns; refused when someone else changed the measure since it was read. */
    void bewaar(Maatregel m) {
        int rijen = jdbc.sql("update handhaving.maatregel set status = ?, verbeurd = ?, gefactureerd = ?, betaald = ?,"
                        + " afgeschreven = ?, voornemen_op = ?, besluit_op = ?, termijn_tot = ?, verbeurd_op = ?,"
                        + " verjaart_op = ?, bezwaar_ontvangen_op = ?, beeindigd_op = ?, version = version + 1"
                        + " where id = ? and version = ?")
                .params(
                        m.status().name(),
                        m.verbeurd(),
                        m.gefactureerd(),
                        m.betaald(),
                        m.afgeschreven(),
                        datum(m.voornemenOp()),
                        datum(m.besluitOp()),
                        datum(m.termijnTot()),
                        datum(m.verbeurdOp()),
                        datum(m.verjaartOp()),
                        datum(m.bezwaarOntvangenOp()),
                        datum(m.beeindigdOp()),
                        m.id(),
                        m.version())
                .update();
        if (rijen != 1) {
            throw new Weigering("maatregel.gelijktijdig");
        }
        tijdlijn.voegToe(m.id(), m.nieuweStappen());
        m.stappenBewaard();
    }

    Optional<Maatregel> vind(UUID id) {
        return jdbc.sql("select " + LEESKOLOMMEN + " from handhaving.maatregel where id = ?")
                .param(id)
                .query(Maatregelen::maatregel)
                .optional();
    }

    List<Maatregelstapregel> tijdlijn(UUID id) {
        return tijdlijn.lees(id);
    }

    static Maatregel maatregel(ResultSet rs, int i) throws SQLException {
        String eenheid = rs.getString("dwangsom_eenheid");
        Maatregel m = new Maatregel(
                rs.getObject("id", UUID.class),
                rs.getString("referentie"),
                Maatregelsoort.valueOf(rs.getString("soort")),
                Maatregelstatus.valueOf(rs.getString("status")),
                Zorgsector.valueOf(rs.getString("afdeling")),
                rs.getObject("zorgaanbieder_id", UUID.class),
                rs.getObject("locatie_id", UUID.class),
                rs.getString("beroepsbeoefenaar"),
                new Maatregel.Inhoud(
                        Aanleiding.valueOf(rs.getString("aanleiding")),
                        rs.getString("aanleiding_kenmerk"),
                        rs.getString("wet"),
                        rs.getString("artikel"),
                        rs.getString("omschrijving")),
                new Maatregel.Geld(
                        rs.getBigDecimal("bedrag"),
                        eenheid == null ? null : Dwangsomeenheid.valueOf(eenheid),
                        rs.getBigDecimal("maximum")),
                rs.getBigDecimal("verbeurd"),
                rs.getBigDecimal("gefactureerd"),
                rs.getBigDecimal("betaald"),
                rs.getBigDecimal("afgeschreven"),
                lokaal(rs.getDate("rapportdatum")),
                lokaal(rs.getDate("voornemen_op")),
                lokaal(rs.getDate("besluit_op")),
                lokaal(rs.getDate("termijn_tot")),
                lokaal(rs.getDate("verbeurd_op")),
                lokaal(rs.getDate("verjaart_op")),
                lokaal(rs.getDate("bezwaar_ontvangen_op")),
                lokaal(rs.getDate("beeindigd_op")),
                rs.getTimestamp("aangemaakt_op").toInstant(),
                rs.getString("aangemaakt_door"),
                rs.getLong("version"));
        if (rs.getBoolean("geimporteerd")) {
            m.markeerGeimporteerd();
        }
        return m;
    }

    static @Nullable Date datum(@Nullable LocalDate d) {
        return d == null ? null : Date.valueOf(d);
    }

    static @Nullable LocalDate lokaal(@Nullable Date d) {
        return d == null ? null : d.toLocalDate();
    }

    static BigDecimal nul() {
        return BigDecimal.ZERO.setScale(2);
    }
}
