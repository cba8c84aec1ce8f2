package nl.toezicht.cijfers;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import nl.toezicht.kern.Tijdzone;
import nl.toezicht.kern.Zorgsector;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Inserts notifications (and closed cases) of past years as rows, as an import or the intake would. */
final class Cijferdata {

    private final JdbcClient jdbc;

    Cijferdata(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    boolean heeftJaar(int jaar) {
        return jdbc.sql("select exists (select 1 from meldingen.melding where ontvangen_op >= ? and ontvangen_op < ?)")
                .params(
                        LocalDate.of(jaar, 1, 1)
                                .atStartOfDay(Tijdzone.NEDERLAND)
                                .toOffsetDateTime(),
                        LocalDate.of(jaar + 1, 1, 1)
                                .atStartOfDay(Tijdzone.NEDERLAND)
                                .toOffsetDateTime())
                .query(Boolean.class)
                .single();
    }

    void gouden(int jaar) {
        for (Gouden.Groep g : Gouden.GROEPEN) {
            groep(jaar, g);
        }
    }

    /** Returns the ids of the inserted notifications. */
    List<UUID> groep(int jaar, Gouden.Groep g) {
        List<UUID> ids = jdbc.sql("""
                        insert into meldingen.melding (id, referentie, status, bron, kanaal, soort, sector, omschrijving,
                            patient_overleden, door_suicide, seksueel_grensoverschrijdend, sgg_soort, status_token_hash, ontvangen_op)
                        select gen_random_uuid(), 'T-CIJFERS-' || gen_random_uuid(), 'ONTVANGEN', 'BURGER', :kanaal, :soort,
                               :sector, 'Testmelding cijfers', :overleden, :suicide, :sgg::text is not null, :sgg,
                               md5(gen_random_uuid()::text), :op
                        from generate_series(1, :n)
                        returning id
                        """)
                .param("kanaal", g.kanaal())
                .param("soort", g.soort())
                .param("sector", g.sector().name())
                .param("overleden", g.overleden())
                .param("suicide", g.suicide())
                .param("sgg", g.sgg())
                .param(
                        "op",
                        LocalDate.of(jaar, g.maand(), 10)
                                .atTime(12, 0)
                                .atZone(Tijdzone.NEDERLAND)
                                .toOffsetDateTime())
                .param("n", g.aantal())
                .query(UUID.class)
                .list();
        if (g.geslotenInMaand() > 0) {
            for (UUID melding : ids) {
                UUID zaak = UUID.randomUUID();
                var gesloten = LocalDate.of(jaar, g.geslotenInMaand(), 15)
                        .atTime(9, 0)
                        .atZone(Tijdzone.NEDERLAND)
                        .toOffsetDateTime();
                jdbc.sql("""
                                insert into zaken.zaak (id, referentie, status, soort, sector, afdeling, ontvangen_op, geopend_op,
                                    gesloten_op, sluitreden)
                                values (:id, :ref, 'GESLOTEN', :soort, :sector, :sector, :open, :open, :dicht, 'GEEN_VERVOLG')
                                """)
                        .param("id", zaak)
                        .param("ref", "T-Z-" + zaak)
                        .param("soort", g.soort())
                        .param("sector", g.sector().name())
                        .param(
                                "open",
                                LocalDate.of(jaar, g.maand(), 10)
                                        .atTime(12, 0)
                                        .atZone(Tijdzone.NEDERLAND)
                                        .toOffsetDateTime())
                        .param("dicht", gesloten)
                        .update();
                jdbc.sql("insert into zaken.zaak_melding (melding_id, zaak, gekoppeld_op, gekoppeld_door)"
                                + " values (?, ?, ?, 'test')")
                        .params(melding, zaak, gesloten.withOffsetSameInstant(ZoneOffset.UTC))
                        .update();
            }
        }
        return ids;
    }

    List<UUID> meldingen(int jaar, Zorgsector sector, String soort, int maand, int aantal) {
        return groep(jaar, new Gouden.Groep(sector, soort, "WEBFORMULIER", false, false, null, maand, aantal, 0));
    }
}
