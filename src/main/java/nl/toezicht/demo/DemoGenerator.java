package nl.toezicht.demo;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import javax.sql.DataSource;
import nl.toezicht.kern.CopyRegels;
import nl.toezicht.kern.Zorgsector;
import nl.toezicht.zaken.Zaakklokken;
import org.jspecify.annotations.Nullable;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyManager;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Fills an empty database with a believable country: care providers with locations in all twelve sectors,
 * and a year of notifications in the proportions of the 2021 figures ({@link Sectorcijfers}), each with its
 * case in a state that follows from its age: a timeline of the named transitions of the case flow, a legal
 * clock for open cases, some of them overdue. Same seed, clock and sizes give the same data.
 *
 * <p>Writes the tables of register, meldingen and zaken directly with COPY, in one transaction (all or
 * nothing), streaming chunk by chunk; see docs/decisions/0002-demo-generator-writes-sql.md. It publishes no
 * events: the cases exist already, so no listener has anything to do.
 */
@Component
@ConditionalOnProperty(name = "toezicht.demo.genereren", havingValue = "true")
@EnableConfigurationProperties(DemoProperties.class)
class DemoGenerator {

    private static final Logger log = LoggerFactory.getLogger(DemoGenerator.class);
    /** Two instances starting on one empty database: only the one holding this lock generates. */
    private static final long SLOT = 0x7465_7a69_6368_7444L;

    private static final int CHUNK = 5_000;
    private static final Zorgsector[] SECTOREN = Zorgsector.values();

    private final DataSource dataSource;
    private final Clock clock;
    private final @Nullable DemoProperties properties;
    private final Zaakklokken zaakklokken;

    DemoGenerator(DataSource dataSource, Clock clock, @Nullable DemoProperties properties, Zaakklokken zaakklokken) {
        this.dataSource = dataSource;
        this.clock = clock;
        this.properties = properties;
        this.zaakklokken = zaakklokken;
    }

    /** What one run wrote; the numbers are those of the references, e.g. 1 for {@code M-2026-000001}. */
    record Verslag(
            List<UUID> zorgaanbieders,
            int locaties,
            int meldingen,
            int statuswijzigingen,
            long eersteMeldingnummer,
            long eersteZaaknummer,
            Duration duur) {}

    @EventListener(ApplicationReadyEvent.class)
    void bijStart() {
        DemoProperties p = properties;
        if (p == null) {
            return;
        }
        try {
            Verslag verslag = inTransactie(c -> {
                if (!eerste(c, "select pg_try_advisory_xact_lock(" + SLOT + ")")) {
                    log.info("Demo data: another instance is generating; skipped");
                    return null;
                }
                if (eerste(c, "select exists (select 1 from register.zorgaanbieder)")) {
                    log.info("Demo data: the register is not empty; skipped");
                    return null;
                }
                return schrijf(c, p.seed(), p.aantalZorgaanbieders(), p.aantalMeldingen());
            });
            if (verslag != null) {
                startKlokken();
                ruimOp();
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Demo data could not be written", e);
        }
    }

    /** Writes a country of the given size next to whatever is there (tests); always. */
    Verslag genereer(long seed, int aantalZorgaanbieders, int aantalMeldingen) {
        if (aantalZorgaanbieders < SECTOREN.length || aantalMeldingen < 0) {
            throw new IllegalArgumentException("at least one care provider per sector, and no negative sizes");
        }
        try {
            Verslag verslag = inTransactie(c -> schrijf(c, seed, aantalZorgaanbieders, aantalMeldingen));
            startKlokken();
            return verslag;
        } catch (SQLException e) {
            throw new IllegalStateException("Demo data could not be written", e);
        }
    }

    /** The open cases run their deadlines on the legal-clock engine: zaken gives them their clocks. */
    private void startKlokken() {
        if (zaakklokken != null) {
            zaakklokken.vulAan();
        }
    }

    private interface Werk<T> {
        @Nullable
        T doe(Connection c) throws SQLException;
    }

    private <T> T inTransactie(Werk<T> werk) throws SQLException {
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(false);
            try (Statement s = c.createStatement()) {
                // demo data is reproducible: losing it to a crash costs a rerun, not a notification
                s.execute("set local synchronous_commit = off");
            }
            try {
                T uitkomst = werk.doe(c);
                c.commit();
                return uitkomst;
            } catch (SQLException | RuntimeException e) {
                c.rollback();
                throw e;
            } finally {
                c.setAutoCommit(true);
            }
        }
    }

    /** Fresh statistics and visibility map, so the first werkbak query after a bulk load plans well. */
    private void ruimOp() throws SQLException {
        long begin = System.nanoTime();
        try (Connection c = dataSource.getConnection();
                Statement s = c.createStatement()) {
            s.execute("vacuum (analyze) register.zorgaanbieder, register.locatie, meldingen.melding, zaken.zaak,"
                    + " zaken.zaak_melding, zaken.statuswijziging");
        }
        log.info("Demo data: vacuum analyze in {} ms", (System.nanoTime() - begin) / 1_000_000);
    }

    private Verslag schrijf(Connection c, long seed, int aantalZorgaanbieders, int aantalMeldingen)
            throws SQLException {
        long begin = System.nanoTime();
        CopyManager copy = c.unwrap(PGConnection.class).getCopyAPI();
        Instant nu = clock.instant();
        ZoneId zone = clock.getZone();
        LocalDate vandaag = LocalDate.ofInstant(nu, zone);

        long eersteMelding = reserveer(c, "meldingen.melding_nummer_seq", aantalMeldingen);
        long eersteZaak = reserveer(c, "zaken.zaak_nummer_seq", aantalMeldingen);
        // columns the zaken module added on its branch; written when present, so either schema works
        boolean zaakHeeftOntvangenOp = heeftKolom(c, "zaken", "zaak", "ontvangen_op");
        boolean zaakHeeftTeLaatGemeld = heeftKolom(c, "zaken", "zaak", "te_laat_gemeld");

        SplittableRandom inhoud = new SplittableRandom(seed);
        // ids differ per run (a shared test database), and are the same for the same seed on an empty one
        SplittableRandom ids = new SplittableRandom(seed ^ (eersteMelding * 0x9E37_79B9_7F4A_7C15L));

        Land land = Land.maak(c, copy, inhoud, ids, aantalZorgaanbieders, nu);
        log.info("Demo data: {} care providers with {} locations written", land.aanbieders.size(), land.aantalLocaties);

        Map<Zorgsector, List<Inspecteur>> inspecteurs = inspecteurs(c);
        Meldingmaker maker = new Meldingmaker(
                inhoud,
                ids,
                land,
                inspecteurs,
                new Werkdagen(vandaag.minusDays(400), vandaag.plusDays(200)),
                nu,
                zone,
                aantalMeldingen,
                eersteMelding,
                eersteZaak,
                zaakHeeftOntvangenOp,
                zaakHeeftTeLaatGemeld);

        int statuswijzigingen = 0;
        int geschreven = 0;
        int volgendeMelding = Math.max(aantalMeldingen / 10, 50_000);
        ExecutorService voorbereiding = Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "demo-generator");
            t.setDaemon(true);
            return t;
        });
        try {
            // the next chunk is built while PostgreSQL takes the current one: both cores busy
            Future<Meldingmaker.Brok> volgende = voorbereiding.submit(() -> maker.brok(0, CHUNK));
            for (int van = 0; van < aantalMeldingen; van += CHUNK) {
                Meldingmaker.Brok brok = volgende.get();
                int daarna = van + CHUNK;
                if (daarna < aantalMeldingen) {
                    volgende = voorbereiding.submit(() -> maker.brok(daarna, CHUNK));
                }
                brok.meldingen().schrijf(copy);
                brok.zaken().schrijf(copy);
                brok.zaakMeldingen().schrijf(copy);
                statuswijzigingen += (int) brok.statuswijzigingen().schrijf(copy);
                geschreven = Math.min(daarna, aantalMeldingen);
                if (geschreven >= volgendeMelding || geschreven == aantalMeldingen) {
                    long ms = Math.max(1, (System.nanoTime() - begin) / 1_000_000);
                    log.info(
                            "Demo data: {} of {} notifications with their cases written ({} per second)",
                            geschreven,
                            aantalMeldingen,
                            geschreven * 1000L / ms);
                    volgendeMelding += Math.max(aantalMeldingen / 10, 50_000);
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Demo data generation interrupted", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("Demo data generation failed", e.getCause());
        } finally {
            voorbereiding.shutdownNow();
        }
        Duration duur = Duration.ofNanos(System.nanoTime() - begin);
        log.info(
                "Demo data: {} notifications, {} cases, {} timeline entries in {} s",
                geschreven,
                geschreven,
                statuswijzigingen,
                duur.toSeconds());
        return new Verslag(
                land.aanbieders.stream().map(Land.Aanbieder::id).toList(),
                land.aantalLocaties,
                geschreven,
                statuswijzigingen,
                eersteMelding,
                eersteZaak,
                duur);
    }

    /**
     * Takes a block of numbers from a sequence and moves it past the block, so that live intake continues
     * after the generated references.
     */
    private static long reserveer(Connection c, String sequence, int aantal) throws SQLException {
        if (aantal == 0) {
            return 0;
        }
        long eerste;
        try (PreparedStatement s = c.prepareStatement("select nextval(?::regclass)")) {
            s.setString(1, sequence);
            try (ResultSet rs = s.executeQuery()) {
                rs.next();
                eerste = rs.getLong(1);
            }
        }
        try (PreparedStatement s = c.prepareStatement("select setval(?::regclass, ?)")) {
            s.setString(1, sequence);
            s.setLong(2, eerste + aantal - 1);
            s.execute();
        }
        return eerste;
    }

    private static boolean heeftKolom(Connection c, String schema, String tabel, String kolom) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("select exists (select 1 from information_schema.columns"
                + " where table_schema = ? and table_name = ? and column_name = ?)")) {
            s.setString(1, schema);
            s.setString(2, tabel);
            s.setString(3, kolom);
            try (ResultSet rs = s.executeQuery()) {
                rs.next();
                return rs.getBoolean(1);
            }
        }
    }

    /** An inspector as the timeline names them: the account, and the name shown on assignment. */
    record Inspecteur(String gebruikersnaam, String naam) {}

    /** The demo inspectors per department, as the toegang module stored them (none when accounts are off). */
    private static Map<Zorgsector, List<Inspecteur>> inspecteurs(Connection c) throws SQLException {
        Map<Zorgsector, List<Inspecteur>> perAfdeling = new LinkedHashMap<>();
        for (Zorgsector sector : SECTOREN) {
            perAfdeling.put(sector, new ArrayList<>());
        }
        try (Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("select gebruikersnaam, naam, afdelingen from toegang.medewerker"
                        + " where rol = 'INSPECTEUR' and actief order by gebruikersnaam")) {
            while (rs.next()) {
                Inspecteur inspecteur = new Inspecteur(rs.getString(1), rs.getString(2));
                for (String afdeling : (String[]) rs.getArray(3).getArray()) {
                    for (Zorgsector sector : SECTOREN) {
                        if (sector.name().equals(afdeling)) {
                            perAfdeling.get(sector).add(inspecteur);
                        }
                    }
                }
            }
        }
        return perAfdeling;
    }

    private static boolean eerste(Connection c, String sql) throws SQLException {
        try (Statement s = c.createStatement();
                ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getBoolean(1);
        }
    }

    /** Random UUID (version 4) from the seeded generator. */
    static UUID uuid(SplittableRandom r) {
        long msb = (r.nextLong() & ~0xF000L) | 0x4000L;
        long lsb = (r.nextLong() & 0x3FFF_FFFF_FFFF_FFFFL) | 0x8000_0000_0000_0000L;
        return new UUID(msb, lsb);
    }

    /**
     * Time-ordered UUID (version 7): rows written in time order then land at the right edge of the primary
     * key index instead of all over it, which keeps a million-row load fast.
     */
    static UUID uuid7(long millis, SplittableRandom r) {
        long msb = (millis << 16) | 0x7000L | (r.nextLong() & 0x0FFFL);
        long lsb = (r.nextLong() & 0x3FFF_FFFF_FFFF_FFFFL) | 0x8000_0000_0000_0000L;
        return new UUID(msb, lsb);
    }

    /** The care providers, kept in memory (a few thousand) so notifications can point at them. */
    static final class Land {
        final List<Aanbieder> aanbieders = new ArrayList<>();
        final Map<Zorgsector, List<Aanbieder>> perSector = new LinkedHashMap<>();
        int aantalLocaties;

        record Aanbieder(UUID id, String kvkNummer, List<UUID> locaties) {}

        static Land maak(
                Connection c, CopyManager copy, SplittableRandom inhoud, SplittableRandom ids, int aantal, Instant nu)
                throws SQLException {
            Land land = new Land();
            for (Zorgsector sector : SECTOREN) {
                land.perSector.put(sector, new ArrayList<>());
            }
            Set<String> bezet = bestaandeKvkNummers(c);
            CopyRegels zorgaanbieders = new CopyRegels("register.zorgaanbieder (id, naam, kvk_nummer, agb_code,"
                    + " sectoren, version, aangemaakt_op, gewijzigd_op)");
            CopyRegels locaties = new CopyRegels(
                    "register.locatie (id, zorgaanbieder, volgnummer, naam, adres, postcode, plaats, gemeente)");
            int totaalGewicht = 0;
            for (Sectorcijfers s : Sectorcijfers.ALLE) {
                totaalGewicht += s.aanbiedersGewicht();
            }
            List<Plaats> plaatsen = Plaats.ALLE;
            for (int i = 0; i < aantal; i++) {
                // the first twelve cover every sector, whatever the size
                Zorgsector sector = i < SECTOREN.length ? SECTOREN[i] : gewogen(inhoud, totaalGewicht);
                List<String> sectoren = new ArrayList<>(List.of(sector.name()));
                if (inhoud.nextInt(100) < 12) {
                    Zorgsector tweede = SECTOREN[inhoud.nextInt(SECTOREN.length)];
                    if (tweede != sector) {
                        sectoren.add(tweede.name());
                    }
                }
                Plaats plaats = plaatsen.get(inhoud.nextInt(plaatsen.size()));
                // numbers, like ids, differ per run: a second run on the same database must not collide
                String kvk;
                do {
                    kvk = String.valueOf(10_000_000 + ids.nextInt(90_000_000));
                } while (!bezet.add(kvk));
                String agb = inhoud.nextInt(100) < 45 ? agbCode(sector, inhoud) : null;
                UUID id = uuid(ids);
                Instant aangemaakt =
                        nu.minus(Duration.ofDays(400 + inhoud.nextInt(3000))).minusSeconds(inhoud.nextInt(86_400));
                zorgaanbieders
                        .id(id)
                        .tekst(Teksten.zorgaanbiedernaam(sector, plaats, inhoud))
                        .tekst(kvk)
                        .tekst(agb)
                        .lijst(sectoren)
                        .getal(0)
                        .moment(aangemaakt)
                        .moment(aangemaakt)
                        .eindeRegel();
                int aantalLocaties = aantalLocaties(sector, inhoud);
                List<UUID> locatieIds = new ArrayList<>(aantalLocaties);
                for (int v = 0; v < aantalLocaties; v++) {
                    Plaats waar =
                            v == 0 || inhoud.nextInt(100) < 40 ? plaats : plaatsen.get(inhoud.nextInt(plaatsen.size()));
                    UUID locatie = uuid(ids);
                    locatieIds.add(locatie);
                    locaties.id(locatie)
                            .id(id)
                            .getal(v)
                            .tekst(Teksten.locatienaam(sector, v, waar, inhoud))
                            .tekst(Teksten.adres(inhoud))
                            .tekst(Teksten.postcode(waar, inhoud))
                            .tekst(waar.naam())
                            .tekst(waar.gemeente())
                            .eindeRegel();
                }
                land.aantalLocaties += aantalLocaties;
                Aanbieder aanbieder = new Aanbieder(id, kvk, locatieIds);
                land.aanbieders.add(aanbieder);
                for (String s : sectoren) {
                    land.perSector.get(Zorgsector.valueOf(s)).add(aanbieder);
                }
                if (zorgaanbieders.grootte() > 4 << 20) {
                    zorgaanbieders.schrijf(copy);
                    locaties.schrijf(copy);
                }
            }
            zorgaanbieders.schrijf(copy);
            locaties.schrijf(copy);
            return land;
        }

        private static Zorgsector gewogen(SplittableRandom r, int totaal) {
            int x = r.nextInt(totaal);
            for (Sectorcijfers s : Sectorcijfers.ALLE) {
                x -= s.aanbiedersGewicht();
                if (x < 0) {
                    return s.sector();
                }
            }
            return Zorgsector.SECTOROVERSTIJGEND;
        }

        private static int aantalLocaties(Zorgsector sector, SplittableRandom r) {
            int x = r.nextInt(100);
            boolean groot = sector == Zorgsector.MEDISCH_SPECIALISTISCHE_ZORG
                    || sector == Zorgsector.VERZORGING_EN_VERPLEGING
                    || sector == Zorgsector.GGZ
                    || sector == Zorgsector.GEHANDICAPTENZORG;
            if (groot) {
                return x < 20 ? 1 : x < 45 ? 2 : x < 70 ? 3 : x < 88 ? 4 : 5;
            }
            return x < 55 ? 1 : x < 80 ? 2 : x < 92 ? 3 : x < 97 ? 4 : 5;
        }

        /** AGB codes start with the kind of care (01 general practice, 06 hospital, ...). */
        private static String agbCode(Zorgsector sector, SplittableRandom r) {
            String soort = switch (sector) {
                case EERSTELIJNSZORG -> "01";
                case FARMACEUTISCHE_PRODUCTEN -> "02";
                case MEDISCH_SPECIALISTISCHE_ZORG -> "06";
                case GGZ -> "22";
                case VERZORGING_EN_VERPLEGING -> "75";
                case GEHANDICAPTENZORG -> "41";
                case JEUGD -> "89";
                default -> "98";
            };
            return soort + String.format("%06d", r.nextInt(1_000_000));
        }

        private static Set<String> bestaandeKvkNummers(Connection c) throws SQLException {
            Set<String> bezet = new HashSet<>();
            try (Statement s = c.createStatement();
                    ResultSet rs = s.executeQuery("select kvk_nummer from register.zorgaanbieder")) {
                while (rs.next()) {
                    bezet.add(rs.getString(1));
                }
            }
            return bezet;
        }
    }
}
