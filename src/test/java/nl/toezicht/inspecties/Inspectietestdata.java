package nl.toezicht.inspecties;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Fixtures of module inspecties written straight to its own tables, for tests outside the module (the
 * authorisation matrix) that need an object of a department without logging in as its planner.
 */
public final class Inspectietestdata {

    private Inspectietestdata() {}

    /** A framework in draft (version 1) with a fresh code: the owner's pages and the export. */
    public static UUID conceptkader(JdbcClient jdbc) {
        UUID kader = UUID.randomUUID();
        String code = "matrix-" + kader.toString().substring(0, 8);
        jdbc.sql("insert into inspecties.toetsingskader (id, code, aangemaakt_op) values (?, ?, ?)")
                .params(kader, code, Timestamp.from(Instant.parse("2026-01-01T00:00:00Z")))
                .update();
        Kaderversie versie = Kaderversie.concept(
                kader,
                code,
                1,
                "Matrixkader",
                null,
                KaderversieTest.inhoud(),
                "beheerder",
                Instant.parse("2026-01-01T00:00:00Z"));
        new Kaderversies(jdbc).voegToe(versie);
        return versie.id();
    }

    /** A planned desk inspection of this department for this provider, led by one of its inspectors. */
    public static UUID activiteit(JdbcClient jdbc, String afdeling, UUID zorgaanbieder, String leider) {
        UUID id = UUID.randomUUID();
        jdbc.sql("insert into inspecties.toezichtactiviteit (id, referentie, soort, aankondiging, status, afdeling,"
                        + " aanleiding, aanleiding_omschrijving, zorgaanbieder_id, leider, begindatum, einddatum,"
                        + " aangemaakt_op, aangemaakt_door) values (?, ?, 'BUREAUONDERZOEK', 'AANGEKONDIGD', 'GEPLAND', ?,"
                        + " 'THEMA', 'Matrixtest', ?, ?, ?, ?, ?, 'test')")
                .params(
                        id,
                        "T-TEST-" + id.toString().substring(0, 8),
                        afdeling,
                        zorgaanbieder,
                        leider,
                        Date.valueOf(LocalDate.of(2027, 3, 1)),
                        Date.valueOf(LocalDate.of(2027, 3, 1)),
                        Timestamp.from(Instant.parse("2026-01-01T00:00:00Z")))
                .update();
        jdbc.sql("insert into inspecties.activiteit_teamlid (activiteit, gebruikersnaam, leider) values (?, ?, true)")
                .params(id, leider)
                .update();
        return id;
    }
}
