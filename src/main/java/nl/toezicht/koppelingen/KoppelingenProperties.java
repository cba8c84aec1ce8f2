package nl.toezicht.koppelingen;

import java.net.URI;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Delivery of events to partners (docs/operations.md, "Events for partners").
 *
 * @param bron the CloudEvents {@code source} of every event: this inspectorate's Toezicht
 * @param interval how often the delivery job looks for work (db-scheduler's polling interval bounds it too)
 * @param wachttijd the wait after the first failed attempt; doubles per attempt
 * @param hoogstensWachttijd the longest wait between two attempts
 * @param pogingen failed attempts at one event after which it goes to the dead-letter list
 * @param verbindingsTimeOut connecting to a partner's endpoint
 * @param timeOut the whole request: an endpoint slower than this counts as failed
 * @param perRonde events per subscription in one run of the job
 * @param bewaartermijn how long the event log keeps an event for partners to catch up
 * @param gelijktijdig subscriptions served side by side in one run
 * @param alleenHttps refuse endpoints on plain HTTP (off only for tests and a partner inside the same network)
 */
@ConfigurationProperties("toezicht.koppelingen")
public record KoppelingenProperties(
        @DefaultValue("urn:nl:toezicht") URI bron,
        @DefaultValue("5s") Duration interval,
        @DefaultValue("10s") Duration wachttijd,
        @DefaultValue("1h") Duration hoogstensWachttijd,
        @DefaultValue("10") int pogingen,
        @DefaultValue("5s") Duration verbindingsTimeOut,
        @DefaultValue("10s") Duration timeOut,
        @DefaultValue("200") int perRonde,
        @DefaultValue("30d") Duration bewaartermijn,
        @DefaultValue("4") int gelijktijdig,
        @DefaultValue("true") boolean alleenHttps) {

    /** The wait after {@code mislukt} failed attempts in a row: 1, 2, 4, ... times {@link #wachttijd}. */
    Duration wachttijdNa(int mislukt) {
        int macht = Math.min(Math.max(mislukt - 1, 0), 30);
        Duration wacht = wachttijd.multipliedBy(1L << macht);
        return wacht.compareTo(hoogstensWachttijd) > 0 ? hoogstensWachttijd : wacht;
    }
}
