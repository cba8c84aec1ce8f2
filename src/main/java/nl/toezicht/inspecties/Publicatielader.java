package nl.toezicht.inspecties;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.UUID;
import nl.toezicht.kern.Tijdzone;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * Writes the release of past final reports in bulk (the demo data), as {@link Openbaarmaking} records a live one:
 * released by the team on a day, public from the final date plus the waiting period; a report whose day has come
 * (by {@code nu}) is published as the publication job would have published it that morning, with the system's
 * step in the timeline. No event, no access log: this is history, as {@link Activiteitlader} writes it. The
 * anonymisation check is the team's on the live page; the demo's texts have nothing it finds.
 */
@Service
public class Publicatielader {

    /** A final report released by {@code door} at {@code op}. */
    public record Vrijgave(UUID activiteit, String door, Instant op) {}

    private final JdbcClient jdbc;
    private final Openbaarmaking.Instellingen instellingen;

    public Publicatielader(JdbcClient jdbc, Openbaarmaking.Instellingen instellingen) {
        this.jdbc = jdbc;
        this.instellingen = instellingen;
    }

    /**
     * Records each release (of a report written final before it); returns how many of them were published by
     * {@code nu}.
     */
    public int schrijf(List<Vrijgave> vrijgaven, Instant nu) {
        LocalDate vandaag = LocalDate.ofInstant(nu, Tijdzone.NEDERLAND);
        int gepubliceerd = 0;
        for (Vrijgave v : vrijgaven) {
            Instant definitief = jdbc.sql("select definitief_op from inspecties.rapport where activiteit = ?"
                            + " and definitief_op is not null")
                    .param(v.activiteit())
                    .query(Timestamp.class)
                    .optional()
                    .orElseThrow(() -> new IllegalArgumentException("no final report: " + v.activiteit()))
                    .toInstant();
            if (v.op().isBefore(definitief)) {
                throw new IllegalArgumentException("released before it was final: " + v.activiteit());
            }
            LocalDate vanaf =
                    LocalDate.ofInstant(definitief, Tijdzone.NEDERLAND).plus(instellingen.wachttijd());
            jdbc.sql("insert into inspecties.openbaarmaking (activiteit, vrijgegeven_door, vrijgegeven_op,"
                            + " openbaar_vanaf) values (?, ?, ?, ?)")
                    .params(v.activiteit(), v.door(), Timestamp.from(v.op()), Date.valueOf(vanaf))
                    .update();
            stap(
                    v.activiteit(),
                    Activiteitstap.PUBLICATIE_VRIJGEVEN,
                    Activiteitstatus.RAPPORT_DEFINITIEF,
                    v.door(),
                    v.op());
            if (!vanaf.isAfter(vandaag)) {
                // the job runs at 06:00 on the first public day, or at once when released after that day
                Instant publiek = vanaf.atTime(LocalTime.of(6, 0))
                        .atZone(Tijdzone.NEDERLAND)
                        .toInstant();
                Instant op = publiek.isAfter(v.op()) ? publiek : v.op();
                jdbc.sql(
                                "update inspecties.rapport set gepubliceerd_op = ?, gepubliceerd_door = ? where activiteit = ?")
                        .params(Timestamp.from(op), Openbaarmaking.DOOR, v.activiteit())
                        .update();
                jdbc.sql("update inspecties.toezichtactiviteit set status = ? where id = ?")
                        .params(Activiteitstatus.GEPUBLICEERD.name(), v.activiteit())
                        .update();
                stap(
                        v.activiteit(),
                        Activiteitstap.RAPPORT_PUBLICEREN,
                        Activiteitstatus.GEPUBLICEERD,
                        Openbaarmaking.DOOR,
                        op);
                gepubliceerd++;
            }
        }
        return gepubliceerd;
    }

    private void stap(UUID activiteit, Activiteitstap stap, Activiteitstatus naar, String door, Instant op) {
        jdbc.sql("insert into inspecties.activiteitstap (activiteit, volgnummer, van, naar, stap, door, op)"
                        + " select ?, coalesce(max(volgnummer), 0) + 1, ?, ?, ?, ?, ? from inspecties.activiteitstap"
                        + " where activiteit = ?")
                .params(
                        activiteit,
                        Activiteitstatus.RAPPORT_DEFINITIEF.name(),
                        naar.name(),
                        stap.name(),
                        door,
                        Timestamp.from(op),
                        activiteit)
                .update();
    }
}
