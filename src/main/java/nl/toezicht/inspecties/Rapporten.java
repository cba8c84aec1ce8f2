package nl.toezicht.inspecties;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import nl.toezicht.kern.Opslaggebruiker;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Stores reports (V110): the row per activity, the text per norm, the provider's documents. Also tells the
 * storage migration which contents it keeps (the final PDFs, the documents with a view or an improvement plan).
 */
@Repository
class Rapporten implements Opslaggebruiker {

    private final JdbcClient jdbc;

    Rapporten(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void voegToe(Rapport r) {
        jdbc.sql("insert into inspecties.rapport (activiteit, sjabloon, inleiding, opgesteld_door, opgesteld_op)"
                        + " values (?, ?, ?, ?, ?)")
                .params(r.activiteit(), r.sjabloon(), r.inleiding(), r.opgesteldDoor(), Timestamp.from(r.opgesteldOp()))
                .update();
        bewaarTeksten(r.activiteit(), r.teksten());
    }

    void bewaarTeksten(UUID activiteit, Map<String, String> teksten) {
        teksten.forEach((norm, tekst) -> jdbc.sql("insert into inspecties.rapporttekst (activiteit, norm_code, tekst)"
                        + " values (?, ?, ?) on conflict (activiteit, norm_code) do update set tekst = excluded.tekst")
                .params(activiteit, norm, tekst)
                .update());
    }

    void inleiding(UUID activiteit, String inleiding) {
        jdbc.sql("update inspecties.rapport set inleiding = ?, version = version + 1 where activiteit = ?")
                .params(inleiding, activiteit)
                .update();
    }

    void aangeboden(UUID activiteit, String door) {
        jdbc.sql("update inspecties.rapport set aangeboden_door = ?, version = version + 1 where activiteit = ?")
                .params(door, activiteit)
                .update();
    }

    void teruggestuurd(UUID activiteit) {
        jdbc.sql("update inspecties.rapport set aangeboden_door = null, version = version + 1 where activiteit = ?")
                .param(activiteit)
                .update();
    }

    void goedgekeurd(UUID activiteit, String door, Instant op, UUID klok, java.time.LocalDate uiterlijk) {
        jdbc.sql("update inspecties.rapport set beoordeeld_door = ?, beoordeeld_op = ?, klok_id = ?,"
                        + " zienswijze_uiterlijk = ?, version = version + 1 where activiteit = ?")
                .params(door, Timestamp.from(op), klok, Date.valueOf(uiterlijk), activiteit)
                .update();
    }

    void zienswijze(UUID activiteit, String tekst, String door, Instant op) {
        jdbc.sql("update inspecties.rapport set zienswijze = ?, zienswijze_door = ?, zienswijze_op = ?,"
                        + " version = version + 1 where activiteit = ?")
                .params(tekst, door, Timestamp.from(op), activiteit)
                .update();
    }

    void bijlage(UUID activiteit, Rapport.Bijlage b, String sleutel, String door, Instant op) {
        jdbc.sql("insert into inspecties.zienswijzebijlage (id, activiteit, bestandsnaam, mediatype, grootte, sha256,"
                        + " opslag_sleutel, door, op) values (?, ?, ?, ?, ?, ?, ?, ?, ?)")
                .params(
                        b.id(),
                        activiteit,
                        b.bestandsnaam(),
                        b.mediatype(),
                        b.grootte(),
                        b.sha256(),
                        sleutel,
                        door,
                        Timestamp.from(op))
                .update();
    }

    void definitief(
            UUID activiteit,
            @Nullable String verwerking,
            String door,
            Instant op,
            String sleutel,
            String sha256,
            long grootte) {
        jdbc.sql(
                        "update inspecties.rapport set verwerking = ?, definitief_door = ?, definitief_op = ?, pdf_sleutel = ?,"
                                + " pdf_sha256 = ?, pdf_grootte = ?, version = version + 1 where activiteit = ?")
                .params(verwerking, door, Timestamp.from(op), sleutel, sha256, grootte, activiteit)
                .update();
    }

    /** Replaces the processed points of the view (before the report is final: V191's trigger holds it after). */
    void punten(UUID activiteit, List<Rapport.Zienswijzepunt> punten) {
        jdbc.sql("delete from inspecties.zienswijzepunt where activiteit = ?")
                .param(activiteit)
                .update();
        for (int i = 0; i < punten.size(); i++) {
            Rapport.Zienswijzepunt p = punten.get(i);
            jdbc.sql("insert into inspecties.zienswijzepunt (activiteit, volgnummer, punt, overgenomen, reden)"
                            + " values (?, ?, ?, ?, ?)")
                    .params(activiteit, i + 1, p.punt(), p.overgenomen(), p.reden())
                    .update();
        }
        jdbc.sql("update inspecties.rapport set version = version + 1 where activiteit = ?")
                .param(activiteit)
                .update();
    }

    void gepubliceerd(UUID activiteit, String door, Instant op) {
        jdbc.sql("update inspecties.rapport set gepubliceerd_door = ?, gepubliceerd_op = ?, version = version + 1"
                        + " where activiteit = ?")
                .params(door, Timestamp.from(op), activiteit)
                .update();
    }

    /** The key of the final PDF in the store, if final. */
    Optional<String> pdfSleutel(UUID activiteit) {
        return jdbc.sql("select pdf_sleutel from inspecties.rapport where activiteit = ? and pdf_sleutel is not null")
                .param(activiteit)
                .query(String.class)
                .optional();
    }

    Optional<String> bijlageSleutel(UUID activiteit, UUID bijlage) {
        return jdbc.sql("select opslag_sleutel from inspecties.zienswijzebijlage where activiteit = ? and id = ?")
                .params(activiteit, bijlage)
                .query(String.class)
                .optional();
    }

    Optional<Rapport> vind(UUID activiteit) {
        Map<String, String> teksten = new HashMap<>();
        jdbc.sql("select norm_code, tekst from inspecties.rapporttekst where activiteit = ?")
                .param(activiteit)
                .query((ResultSet rs) -> {
                    teksten.put(rs.getString("norm_code"), rs.getString("tekst"));
                });
        List<Rapport.Bijlage> bijlagen = jdbc.sql("select id, bestandsnaam, mediatype, grootte, sha256"
                        + " from inspecties.zienswijzebijlage where activiteit = ? order by op, bestandsnaam")
                .param(activiteit)
                .query((rs, i) -> new Rapport.Bijlage(
                        rs.getObject("id", UUID.class),
                        rs.getString("bestandsnaam"),
                        rs.getString("mediatype"),
                        rs.getLong("grootte"),
                        rs.getString("sha256")))
                .list();
        List<Rapport.Zienswijzepunt> punten = jdbc.sql("select punt, overgenomen, reden"
                        + " from inspecties.zienswijzepunt where activiteit = ? order by volgnummer")
                .param(activiteit)
                .query((rs, i) -> new Rapport.Zienswijzepunt(
                        rs.getString("punt"), rs.getBoolean("overgenomen"), rs.getString("reden")))
                .list();
        return jdbc.sql("select * from inspecties.rapport where activiteit = ?")
                .param(activiteit)
                .query((rs, i) -> lees(rs, teksten, bijlagen, punten))
                .optional();
    }

    private static Rapport lees(
            ResultSet rs,
            Map<String, String> teksten,
            List<Rapport.Bijlage> bijlagen,
            List<Rapport.Zienswijzepunt> punten)
            throws SQLException {
        Date uiterlijk = rs.getDate("zienswijze_uiterlijk");
        return new Rapport(
                rs.getObject("activiteit", UUID.class),
                rs.getString("sjabloon"),
                rs.getString("inleiding"),
                teksten,
                rs.getString("opgesteld_door"),
                rs.getTimestamp("opgesteld_op").toInstant(),
                rs.getString("aangeboden_door"),
                rs.getString("beoordeeld_door"),
                tijd(rs, "beoordeeld_op"),
                rs.getObject("klok_id", UUID.class),
                uiterlijk == null ? null : uiterlijk.toLocalDate(),
                rs.getString("zienswijze"),
                rs.getString("zienswijze_door"),
                tijd(rs, "zienswijze_op"),
                bijlagen,
                rs.getString("verwerking"),
                punten,
                rs.getString("definitief_door"),
                tijd(rs, "definitief_op"),
                rs.getString("pdf_sha256"),
                rs.getObject("pdf_grootte") == null ? null : rs.getLong("pdf_grootte"),
                tijd(rs, "gepubliceerd_op"),
                rs.getBoolean("pdf_ontbreekt"),
                rs.getString("kenmerk_vorig_systeem"));
    }

    private static @Nullable Instant tijd(ResultSet rs, String kolom) throws SQLException {
        Timestamp t = rs.getTimestamp(kolom);
        return t == null ? null : t.toInstant();
    }

    @Override
    public String soort() {
        return "inspectierapport";
    }

    @Override
    public void elk(java.util.function.Consumer<Opgeslagen> elk) {
        Opslaggebruiker.elk(
                jdbc,
                "select id::text as id, opslag_sleutel, sha256, grootte from ("
                        + " select activiteit as id, pdf_sleutel as opslag_sleutel, pdf_sha256 as sha256,"
                        + "  pdf_grootte as grootte from inspecties.rapport where pdf_sleutel is not null"
                        + " union all select id, opslag_sleutel, sha256, grootte from inspecties.zienswijzebijlage"
                        + " union all select id, opslag_sleutel, sha256, grootte from inspecties.bevindingbijlage"
                        + " union all select id, opslag_sleutel, sha256, grootte from inspecties.verbeterplanbijlage) s"
                        + " order by opslag_sleutel",
                elk);
    }
}
