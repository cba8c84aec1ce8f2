package nl.toezicht.demo;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import javax.sql.DataSource;
import nl.toezicht.handhaving.Maatregellader;
import nl.toezicht.inspecties.Activiteitlader;
import nl.toezicht.inspecties.Openbaarmaking;
import nl.toezicht.inspecties.Publicatielader;
import nl.toezicht.kern.Bestandsopslag;
import nl.toezicht.kern.Upload;
import nl.toezicht.kern.Zorgsector;
import nl.toezicht.meldingen.Meldingenlader;
import nl.toezicht.register.Zorgaanbiederlader;
import nl.toezicht.toegang.Medewerker;
import nl.toezicht.toegang.Medewerkers;
import nl.toezicht.zaken.Zakenlader;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;

/**
 * For tests of other modules: a demo country written into any database (e.g. a fresh one), through the
 * owners' bulk writers on that database; no staff there, so no case is assigned.
 */
public final class DemoLand {

    private DemoLand() {}

    /**
     * File contents in memory (the demo reports' PDFs of a test or benchmark run), checked against their
     * SHA-256 as the real stores check them.
     */
    static final Bestandsopslag GEHEUGEN = new Bestandsopslag() {
        private final java.util.Map<String, byte[]> inhoud = new java.util.concurrent.ConcurrentHashMap<>();
        private final java.security.SecureRandom random = new java.security.SecureRandom();

        @Override
        public String bewaar(Upload upload, String sha256) {
            try (java.io.InputStream in = upload.open()) {
                byte[] bytes = in.readAllBytes();
                String echt = java.util.HexFormat.of()
                        .formatHex(java.security.MessageDigest.getInstance("SHA-256")
                                .digest(bytes));
                if (!echt.equals(sha256)) {
                    throw new IllegalStateException("checksum differs");
                }
                String sleutel = Bestandsopslag.nieuweSleutel(random);
                inhoud.put(sleutel, bytes);
                return sleutel;
            } catch (java.io.IOException | java.security.NoSuchAlgorithmException e) {
                throw new IllegalStateException(e);
            }
        }

        @Override
        public java.io.InputStream open(String sleutel) throws java.io.IOException {
            byte[] bytes = inhoud.get(sleutel);
            if (bytes == null) {
                throw new java.io.FileNotFoundException(sleutel);
            }
            return new java.io.ByteArrayInputStream(bytes);
        }

        @Override
        public void verwijder(String sleutel) {
            inhoud.remove(sleutel);
        }
    };

    private static final Medewerkers GEEN_MEDEWERKERS = new Medewerkers() {
        @Override
        public Optional<Medewerker> vind(String gebruikersnaam) {
            return Optional.empty();
        }

        @Override
        public List<Medewerker> inspecteursVan(Zorgsector afdeling) {
            return List.of();
        }

        @Override
        public Optional<String> emailadres(String gebruikersnaam) {
            return Optional.empty();
        }

        @Override
        public Medewerker huidige() {
            throw new IllegalStateException("nobody is logged in");
        }
    };

    public static void genereer(DataSource dataSource, Clock clock, long seed, int zorgaanbieders, int meldingen) {
        generator(dataSource, clock, GEEN_MEDEWERKERS).genereer(seed, zorgaanbieders, meldingen);
    }

    /** A generator writing into {@code dataSource} with the owners' bulk writers on it; loads unannounced. */
    static DemoGenerator generator(DataSource dataSource, Clock clock, Medewerkers medewerkers) {
        JdbcClient jdbc = JdbcClient.create(dataSource);
        ApplicationEventPublisher nergens = event -> {};
        return new DemoGenerator(
                new DataSourceTransactionManager(dataSource),
                jdbc,
                clock,
                new Zorgaanbiederlader(dataSource, jdbc),
                new Meldingenlader(dataSource, jdbc, nergens, clock),
                new Zakenlader(dataSource, jdbc, nergens, clock),
                medewerkers,
                new Maatregellader(dataSource, jdbc),
                new Activiteitlader(jdbc, GEHEUGEN),
                new Publicatielader(jdbc, new Openbaarmaking.Instellingen(null)),
                null);
    }
}
