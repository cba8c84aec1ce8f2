package nl.toezicht.koppelingen;

import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Delivers the event log to the subscriptions' endpoints, at least once and in the log's order per
 * subscription: each subscription's cursor moves past an event only when the endpoint answered 2xx, or when
 * the event failed {@code pogingen} times and went to the dead-letter list. A failed attempt waits
 * {@code wachttijd}, doubling up to {@code hoogstens-wachttijd}. Runs from the db-scheduler job (one instance at
 * a time), and holds a PostgreSQL advisory lock while it runs, so that two runs never overlap.
 */
@Component
class Bezorging implements DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(Bezorging.class);
    private static final long SLOT = 0x6b6f70706c696e67L;

    private final DataSource dataSource;
    private final JdbcClient jdbc;
    private final Clock clock;
    private final Abonnementen abonnementen;
    private final Gebeurtenislog gebeurtenissen;
    private final Cloudevents cloudevents;
    private final KoppelingenProperties properties;
    private final HttpClient http;
    private final ExecutorService werkers;

    Bezorging(
            DataSource dataSource,
            JdbcClient jdbc,
            Clock clock,
            Abonnementen abonnementen,
            Gebeurtenislog gebeurtenissen,
            Cloudevents cloudevents,
            KoppelingenProperties properties) {
        this.dataSource = dataSource;
        this.jdbc = jdbc;
        this.clock = clock;
        this.abonnementen = abonnementen;
        this.gebeurtenissen = gebeurtenissen;
        this.cloudevents = cloudevents;
        this.properties = properties;
        this.http = HttpClient.newBuilder()
                .connectTimeout(properties.verbindingsTimeOut())
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
        this.werkers = Executors.newFixedThreadPool(Math.max(1, properties.gelijktijdig()), r -> {
            Thread t = new Thread(r, "koppelingen-bezorging");
            t.setDaemon(true);
            return t;
        });
    }

    /** What one run did: events delivered, attempts failed, events put on the dead-letter list. */
    record Ronde(int bezorgd, int mislukt, int dood, boolean overgeslagen) {
        static final Ronde NIETS = new Ronde(0, 0, 0, false);

        Ronde plus(Ronde andere) {
            return new Ronde(bezorgd + andere.bezorgd, mislukt + andere.mislukt, dood + andere.dood, overgeslagen);
        }
    }

    /** One run: every subscription whose attempt is due, and the dead letters offered again. */
    Ronde ronde() {
        try (Connection slot = dataSource.getConnection()) {
            if (!advisory(slot, "select pg_try_advisory_lock(?)")) {
                return new Ronde(0, 0, 0, true);
            }
            try {
                return bezorgAlles();
            } finally {
                advisory(slot, "select pg_advisory_unlock(?)");
            }
        } catch (SQLException e) {
            throw new IllegalStateException("delivery run could not take its lock", e);
        }
    }

    private Ronde bezorgAlles() {
        Instant nu = Instant.now(clock);
        List<Future<Ronde>> lopend = new ArrayList<>();
        for (Abonnement abonnement : abonnementen.teBezorgen(nu)) {
            lopend.add(werkers.submit(() -> bezorg(abonnement)));
        }
        Ronde totaal = Ronde.NIETS;
        for (Future<Ronde> f : lopend) {
            try {
                totaal = totaal.plus(f.get());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return totaal;
            } catch (java.util.concurrent.ExecutionException e) {
                log.warn("Delivery to a subscription failed unexpectedly", e.getCause());
            }
        }
        return totaal.plus(biedOpnieuwAan());
    }

    /** The events after the subscription's cursor, in order, until one fails or the run's share is done. */
    private Ronde bezorg(Abonnement abonnement) {
        String geheim = abonnementen.geheim(abonnement.id());
        int bezorgd = 0;
        int pogingen = abonnement.pogingen();
        for (Gebeurtenis gebeurtenis : gebeurtenissen.na(abonnement, abonnement.cursor(), properties.perRonde())) {
            Optional<String> fout = verstuur(abonnement, geheim, gebeurtenis);
            if (fout.isEmpty()) {
                jdbc.sql("update koppelingen.abonnement set cursor_transactie = cast(? as xid8), cursor_rij = ?,"
                                + " pogingen = 0, volgende_poging = null, laatste_fout = null, bezorgd = bezorgd + 1"
                                + " where id = ?")
                        .params(
                                gebeurtenis.positie().transactie().toString(),
                                gebeurtenis.positie().rij(),
                                abonnement.id())
                        .update();
                bezorgd++;
                pogingen = 0;
                continue;
            }
            pogingen++;
            Instant nu = Instant.now(clock);
            if (pogingen >= properties.pogingen()) {
                jdbc.sql("insert into koppelingen.dode_letter (abonnement, gebeurtenis, pogingen, laatste_fout, sinds)"
                                + " values (?, ?, ?, ?, ?) on conflict (abonnement, gebeurtenis) do update set"
                                + " pogingen = excluded.pogingen, laatste_fout = excluded.laatste_fout,"
                                + " sinds = excluded.sinds, opnieuw_vanaf = null")
                        .params(abonnement.id(), gebeurtenis.id(), pogingen, fout.get(), Abonnementen.tijdstip(nu))
                        .update();
                jdbc.sql("update koppelingen.abonnement set cursor_transactie = cast(? as xid8), cursor_rij = ?,"
                                + " pogingen = 0, volgende_poging = ?, laatste_fout = ? where id = ?")
                        .params(
                                gebeurtenis.positie().transactie().toString(),
                                gebeurtenis.positie().rij(),
                                Abonnementen.tijdstip(nu.plus(properties.wachttijdNa(pogingen))),
                                fout.get(),
                                abonnement.id())
                        .update();
                log.warn(
                        "Event {} went to the dead-letter list of subscription {} after {} attempts: {}",
                        gebeurtenis.id(),
                        abonnement.id(),
                        pogingen,
                        fout.get());
                return new Ronde(bezorgd, 1, 1, false);
            }
            jdbc.sql(
                            "update koppelingen.abonnement set pogingen = ?, volgende_poging = ?, laatste_fout = ? where id = ?")
                    .params(
                            pogingen,
                            Abonnementen.tijdstip(nu.plus(properties.wachttijdNa(pogingen))),
                            fout.get(),
                            abonnement.id())
                    .update();
            return new Ronde(bezorgd, 1, 0, false);
        }
        return new Ronde(bezorgd, 0, 0, false);
    }

    /** Dead letters the administrator offered again: one attempt each; delivered ones leave the list. */
    private Ronde biedOpnieuwAan() {
        record Aangeboden(UUID abonnement, UUID gebeurtenis) {}
        List<Aangeboden> aangeboden = jdbc.sql("select d.abonnement, d.gebeurtenis from koppelingen.dode_letter d"
                        + " join koppelingen.abonnement a on a.id = d.abonnement"
                        + " where d.opnieuw_vanaf is not null and a.beeindigd is null order by d.sinds")
                .query((rs, i) -> new Aangeboden(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class)))
                .list();
        int bezorgd = 0;
        int mislukt = 0;
        for (Aangeboden a : aangeboden) {
            Abonnement abonnement = abonnementen.vind(a.abonnement());
            Gebeurtenis gebeurtenis = gebeurtenissen.vind(a.gebeurtenis());
            if (gebeurtenis == null) {
                continue;
            }
            Optional<String> fout = verstuur(abonnement, abonnementen.geheim(abonnement.id()), gebeurtenis);
            if (fout.isEmpty()) {
                jdbc.sql("delete from koppelingen.dode_letter where abonnement = ? and gebeurtenis = ?")
                        .params(a.abonnement(), a.gebeurtenis())
                        .update();
                jdbc.sql("update koppelingen.abonnement set bezorgd = bezorgd + 1 where id = ?")
                        .param(a.abonnement())
                        .update();
                bezorgd++;
            } else {
                jdbc.sql("update koppelingen.dode_letter set pogingen = pogingen + 1, laatste_fout = ?,"
                                + " opnieuw_vanaf = null where abonnement = ? and gebeurtenis = ?")
                        .params(fout.get(), a.abonnement(), a.gebeurtenis())
                        .update();
                mislukt++;
            }
        }
        return new Ronde(bezorgd, mislukt, 0, false);
    }

    /** One POST; empty when the endpoint took it (2xx), else why not (no content of the event). */
    private Optional<String> verstuur(Abonnement abonnement, String geheim, Gebeurtenis gebeurtenis) {
        byte[] inhoud = cloudevents.json(gebeurtenis);
        long tijdstip = Instant.now(clock).getEpochSecond();
        String id = gebeurtenis.id().toString();
        HttpRequest verzoek = HttpRequest.newBuilder(abonnement.url())
                .timeout(properties.timeOut())
                .header("Content-Type", Cloudevents.MEDIATYPE + "; charset=utf-8")
                .header(Handtekening.ID, id)
                .header(Handtekening.TIJDSTIP, Long.toString(tijdstip))
                .header(Handtekening.HANDTEKENING, Handtekening.onderteken(geheim, id, tijdstip, inhoud))
                .header("User-Agent", "Toezicht-koppelingen")
                .POST(HttpRequest.BodyPublishers.ofByteArray(inhoud))
                .build();
        try {
            HttpResponse<Void> antwoord = http.send(verzoek, HttpResponse.BodyHandlers.discarding());
            int status = antwoord.statusCode();
            return status >= 200 && status < 300 ? Optional.empty() : Optional.of("HTTP " + status);
        } catch (HttpTimeoutException e) {
            return Optional.of("time-out na " + properties.timeOut().toMillis() + " ms");
        } catch (IOException e) {
            return Optional.of("niet bereikbaar (" + e.getClass().getSimpleName() + ")");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.of("onderbroken");
        }
    }

    private static boolean advisory(Connection verbinding, String sql) throws SQLException {
        try (PreparedStatement s = verbinding.prepareStatement(sql)) {
            s.setLong(1, SLOT);
            try (ResultSet rs = s.executeQuery()) {
                return rs.next() && rs.getBoolean(1);
            }
        }
    }

    @Override
    public void destroy() {
        werkers.shutdownNow();
    }
}
