package nl.toezicht.inspecties;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import nl.toezicht.kern.Referentie;
import nl.toezicht.kern.Tijdlijn;
import nl.toezicht.kern.Weigering;
import nl.toezicht.kern.Zorgsector;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Stores supervision activities with their locations, team and timeline (append-only). */
@Repository
class Toezichtactiviteiten {

    private final JdbcClient jdbc;
    private final Tijdlijn<Activiteitstapregel> tijdlijn;

    Toezichtactiviteiten(JdbcClient jdbc) {
        this.jdbc = jdbc;
        this.tijdlijn = new Tijdlijn<>(
                jdbc,
                "inspecties.activiteitstap",
                "activiteit",
                List.of("van", "naar", "stap", "door", "op", "toelichting"),
                r -> new Object[] {r.van(), r.naar(), r.stap(), r.door(), r.op(), r.toelichting()},
                (rs, i) -> new Activiteitstapregel(
                        rs.getString("van") == null ? null : Activiteitstatus.valueOf(rs.getString("van")),
                        Activiteitstatus.valueOf(rs.getString("naar")),
                        Activiteitstap.valueOf(rs.getString("stap")),
                        rs.getString("door"),
                        rs.getTimestamp("op").toInstant(),
                        rs.getString("toelichting")));
    }

    String volgendeReferentie(int jaar) {
        return Referentie.volgende(jdbc, "inspecties.activiteit_nummer_seq", 'T', jaar);
    }

    void voegToe(Toezichtactiviteit a) {
        jdbc.sql("insert into inspecties.toezichtactiviteit (id, referentie, soort, aankondiging, status, afdeling,"
                        + " aanleiding, zaak_id, zaak_referentie, aanleiding_omschrijving, zorgaanbieder_id, kaderversie_id,"
                        + " leider, begindatum, einddatum, aangemaakt_op, aangemaakt_door)"
                        + " values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
                .params(
                        a.id(),
                        a.referentie(),
                        a.soort().name(),
                        a.aankondiging().name(),
                        a.status().name(),
                        a.afdeling().name(),
                        a.aanleiding().name(),
                        a.zaakId(),
                        a.zaakReferentie(),
                        a.aanleidingOmschrijving(),
                        a.zorgaanbiederId(),
                        a.kaderversieId(),
                        a.leider(),
                        Date.valueOf(a.begindatum()),
                        Date.valueOf(a.einddatum()),
                        Timestamp.from(a.aangemaaktOp()),
                        a.aangemaaktDoor())
                .update();
        for (UUID locatie : a.locaties()) {
            jdbc.sql("insert into inspecties.activiteit_locatie (activiteit, locatie_id) values (?, ?)")
                    .params(a.id(), locatie)
                    .update();
        }
        List<String> team = a.team();
        for (int i = 0; i < team.size(); i++) {
            jdbc.sql("insert into inspecties.activiteit_teamlid (activiteit, gebruikersnaam, leider) values (?, ?, ?)")
                    .params(a.id(), team.get(i), i == 0)
                    .update();
        }
        tijdlijn.voegToe(a.id(), a.nieuweStappen());
        a.stappenBewaard();
    }

    /** Writes the new state and appends the steps taken; refuses when another change came first. */
    void bewaar(Toezichtactiviteit a) {
        int rijen = jdbc.sql("update inspecties.toezichtactiviteit set status = ?, version = version + 1"
                        + " where id = ? and version = ?")
                .params(a.status().name(), a.id(), a.version())
                .update();
        if (rijen != 1) {
            throw new Weigering("activiteit.gelijktijdig", a.referentie());
        }
        tijdlijn.voegToe(a.id(), a.nieuweStappen());
        a.stappenBewaard();
    }

    Optional<Toezichtactiviteit> vind(UUID id) {
        return jdbc.sql("select a.*,"
                        + " array(select l.locatie_id from inspecties.activiteit_locatie l where l.activiteit = a.id"
                        + "  order by l.locatie_id) as locaties,"
                        + " array(select t.gebruikersnaam from inspecties.activiteit_teamlid t where t.activiteit = a.id"
                        + "  and not t.leider order by t.gebruikersnaam) as leden"
                        + " from inspecties.toezichtactiviteit a where a.id = ?")
                .param(id)
                .query(Toezichtactiviteiten::lees)
                .optional();
    }

    List<Activiteitstapregel> tijdlijn(UUID id) {
        return tijdlijn.lees(id);
    }

    private static Toezichtactiviteit lees(ResultSet rs, int rij) throws SQLException {
        String aanleiding = rs.getString("aanleiding");
        return new Toezichtactiviteit(
                rs.getObject("id", UUID.class),
                rs.getString("referentie"),
                Activiteitsoort.valueOf(rs.getString("soort")),
                Aankondiging.valueOf(rs.getString("aankondiging")),
                Activiteitstatus.valueOf(rs.getString("status")),
                Zorgsector.valueOf(rs.getString("afdeling")),
                Aanleiding.valueOf(aanleiding),
                rs.getObject("zaak_id", UUID.class),
                rs.getString("zaak_referentie"),
                rs.getString("aanleiding_omschrijving"),
                rs.getObject("zorgaanbieder_id", UUID.class),
                Arrays.asList((UUID[]) rs.getArray("locaties").getArray()),
                rs.getObject("kaderversie_id", UUID.class),
                rs.getString("leider"),
                Arrays.asList((String[]) rs.getArray("leden").getArray()),
                rs.getDate("begindatum").toLocalDate(),
                rs.getDate("einddatum").toLocalDate(),
                rs.getTimestamp("aangemaakt_op").toInstant(),
                rs.getString("aangemaakt_door"),
                rs.getLong("version"));
    }
}
