package nl.toezicht.demo;

import java.time.Clock;
import javax.sql.DataSource;

/**
 * For tests of other modules: a demo country written into any database (e.g. a fresh one), without the clocks
 * of its open cases (the application's start-up gives them theirs).
 */
public final class DemoLand {

    private DemoLand() {}

    public static void genereer(DataSource dataSource, Clock clock, long seed, int zorgaanbieders, int meldingen) {
        new DemoGenerator(dataSource, clock, null, null).genereer(seed, zorgaanbieders, meldingen);
    }
}
