package nl.toezicht.demo;

import nl.toezicht.kern.Zorgsector;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The demo data generator ({@code toezicht.demo.*}); the {@code demo} profile switches it on.
 *
 * @param genereren fill an empty database when the application is ready
 * @param seed the same seed, clock and sizes give the same data
 * @param aantalMeldingen notifications (each with its case) spread over the year before now
 * @param aantalZorgaanbieders care providers, each with 1 to 5 locations
 */
@ConfigurationProperties("toezicht.demo")
record DemoProperties(
        @DefaultValue("false") boolean genereren,
        @DefaultValue("20260101") long seed,
        @DefaultValue("15000") int aantalMeldingen,
        @DefaultValue("3000") int aantalZorgaanbieders) {

    DemoProperties {
        if (aantalMeldingen < 0 || aantalZorgaanbieders < Zorgsector.values().length) {
            throw new IllegalArgumentException("toezicht.demo: aantal-meldingen >= 0 and aantal-zorgaanbieders >= "
                    + Zorgsector.values().length + " (one per sector at least)");
        }
    }
}
