package nl.toezicht.demo;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import nl.toezicht.handhaving.Maatregellader;
import nl.toezicht.inspecties.Activiteitlader;
import nl.toezicht.inspecties.Publicatielader;
import nl.toezicht.kern.Bulklading;
import nl.toezicht.kern.Zorgsector;
import nl.toezicht.meldingen.Meldingenlader;
import nl.toezicht.register.LocatieId;
import nl.toezicht.register.ZorgaanbiederId;
import nl.toezicht.register.Zorgaanbiederlader;
import nl.toezicht.register.Zorgaanbiederlader.Bulklocatie;
import nl.toezicht.register.Zorgaanbiederlader.Bulkzorgaanbieder;
import nl.toezicht.toegang.Medewerkers;
import nl.toezicht.zaken.Zakenlader;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Fills an empty database with a believable country: care providers with locations in all twelve sectors,
 * and a year of notifications in the proportions of the 2021 figures ({@link Sectorcijfers}), each with its
 * case in a state that follows from its age: a timeline of the named transitions of the case flow, a legal
 * clock for open cases, some of them overdue. Same seed, clock and sizes give the same data.
 *
 * <p>Writes through the owners' bulk writers ({@link Zorgaanbiederlader}, {@link Meldingenlader},
 * {@link Zakenlader}: COPY, references reserved beside live intake), in one transaction (all or nothing),
 * streaming chunk by chunk; see docs/decisions/0002 and 0030. No event per notification or case: the cases
 * exist already; the loads announce themselves once ({@code MeldingenInBulkGeladen},
 * {@code ZakenInBulkGeladen}) so that projections such as the annual figures follow.
 */
@Component
@ConditionalOnProperty(name = "toezicht.demo.genereren", havingValue = "true")
@EnableConfigurationProperties(DemoProperties.class)
class DemoGenerator {

    private static final Logger log = LoggerFactory.getLogger(DemoGenerator.class);
    /** Two instances starting on one empty database: only the one holding this lock generates. */
    private static final long SLOT = 0x7465_7a69_6368_7444L;

    /**
     * The demo care-provider account acts for this KvK number ({@code toegang.DemoMedewerkers}, checked by
     * a test): the first run gives it to the first nursing-care provider, so the provider portal shows a
     * provider that is in the register.
     */
    static final String DEMO_KVK_NUMMER = "90000001";

    static final String DEMO_ZORGAANBIEDER = "Zorggroep Demo";

    private static final int CHUNK = 5_000;
    private static final int AANBIEDERS_PER_CHUNK = 1_000;
    private static final Zorgsector[] SECTOREN = Zorgsector.values();

    private final TransactionTemplate transactie;
    private final JdbcClient jdbc;
    private final Clock clock;
    private final Zorgaanbiederlader zorgaanbiederlader;
    private final Meldingenlader meldingenlader;
    private final Zakenlader zakenlader;
    private final Medewerkers medewerkers;
    private final Maatregellader maatregellader;
    private final Activiteitlader activiteitlader;
    private final Publicatielader publicatielader;
    private final @Nullable DemoProperties properties;

    DemoGenerator(
            PlatformTransactionManager transacties,
            JdbcClient jdbc,
            Clock clock,
            Zorgaanbiederlader zorgaanbiederlader,
            Meldingenlader meldingenlader,
            Zakenlader zakenlader,
            Medewerkers medewerkers,
            Maatregellader maatregellader,
            Activiteitlader activiteitlader,
            Publicatielader publicatielader,
            @Nullable DemoProperties properties) {
        this.transactie = new TransactionTemplate(transacties);
        this.jdbc = jdbc;
        this.clock = clock;
        this.zorgaanbiederlader = zorgaanbiederlader;
        this.meldingenlader = meldingenlader;
        this.zakenlader = zakenlader;
        this.medewerkers = medewerkers;
        this.maatregellader = maatregellader;
        this.activiteitlader = activiteitlader;
        this.publicatielader = publicatielader;
        this.properties = properties;
    }

    /**
     * What one run wrote; the numbers are those of the references, e.g. 1 for {@code M-2026-000001} (taken
     * beside live intake: consecutive unless someone else took numbers meanwhile).
     */
    record Verslag(
            List<UUID> zorgaanbieders,
            int locaties,
            int meldingen,
            int statuswijzigingen,
            long eersteMeldingnummer,
            long laatsteMeldingnummer,
            long eersteZaaknummer,
            long laatsteZaaknummer,
            Duration duur) {}

    @EventListener(ApplicationReadyEvent.class)
    void bijStart() {
        DemoProperties p = properties;
        if (p == null) {
            return;
        }
        Verslag verslag = inTransactie(() -> {
            if (!jdbc.sql("select pg_try_advisory_xact_lock(" + SLOT + ")")
                    .query(Boolean.class)
                    .single()) {
                log.info("Demo data: another instance is generating; skipped");
                return null;
            }
            if (!zorgaanbiederlader.isLeeg()) {
                log.info("Demo data: the register is not empty; skipped");
                return null;
            }
            return schrijf(p.seed(), p.aantalZorgaanbieders(), p.aantalMeldingen());
        });
        if (verslag != null) {
            ruimOp();
        }
    }

    /** Writes a country of the given size next to whatever is there (tests); always. */
    Verslag genereer(long seed, int aantalZorgaanbieders, int aantalMeldingen) {
        if (aantalZorgaanbieders < SECTOREN.length || aantalMeldingen < 0) {
            throw new IllegalArgumentException("at least one care provider per sector, and no negative sizes");
        }
        return java.util.Objects.requireNonNull(
                inTransactie(() -> schrijf(seed, aantalZorgaanbieders, aantalMeldingen)));
    }

    private <T> @Nullable T inTransactie(java.util.function.Supplier<@Nullable T> werk) {
        return transactie.execute(status -> {
            // demo data is reproducible: losing it to a crash costs a rerun, not a notification
            jdbc.sql("set local synchronous_commit = off").update();
            return werk.get();
        });
    }

    /** Fresh statistics and visibility map, so the first werkbak query after a bulk load plans well. */
    private void ruimOp() {
        long begin = System.nanoTime();
        zorgaanbiederlader.analyseer();
        meldingenlader.analyseer();
        zakenlader.analyseer();
        log.info("Demo data: vacuum analyze in {} ms", (System.nanoTime() - begin) / 1_000_000);
    }

    private Verslag schrijf(long seed, int aantalZorgaanbieders, int aantalMeldingen) {
        long begin = System.nanoTime();
        Instant nu = clock.instant();
        ZoneId zone = clock.getZone();
        LocalDate vandaag = LocalDate.ofInstant(nu, zone);

        SplittableRandom inhoud = new SplittableRandom(seed);
        Set<String> bezet = zorgaanbiederlader.kvkNummersInGebruik();
        // ids differ per run (a shared test database), and are the same for the same seed on an empty one
        SplittableRandom ids = new SplittableRandom(seed ^ (bezet.size() * 0x9E37_79B9_7F4A_7C15L));

        Land land = Land.maak(zorgaanbiederlader, bezet, inhoud, ids, aantalZorgaanbieders, nu);
        log.info("Demo data: {} care providers with {} locations written", land.aanbieders.size(), land.aantalLocaties);

        Meldingmaker maker = new Meldingmaker(
                inhoud,
                ids,
                land,
                inspecteurs(),
                new Werkdagen(vandaag.minusDays(400), vandaag.plusDays(200)),
                nu,
                zone,
                aantalMeldingen);

        Meldingenlader.Lading meldingen = meldingenlader.begin();
        Zakenlader.Lading zaken = zakenlader.begin();
        Nummers meldingnummers = new Nummers();
        Nummers zaaknummers = new Nummers();
        int statuswijzigingen = 0;
        int geschreven = 0;
        int volgendeMelding = Math.max(aantalMeldingen / 10, 50_000);
        ExecutorService voorbereiding = Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "demo-generator");
            t.setDaemon(true);
            return t;
        });
        try {
            // the next chunk is built and formatted while PostgreSQL takes the current one: both cores busy
            Future<Voorbereid> volgende = voorbereiding.submit(bouw(maker, meldingen, zaken, 0, aantalMeldingen));
            for (int van = 0; van < aantalMeldingen; van += CHUNK) {
                Voorbereid brok = volgende.get();
                int daarna = van + CHUNK;
                if (daarna < aantalMeldingen) {
                    volgende = voorbereiding.submit(bouw(maker, meldingen, zaken, daarna, aantalMeldingen));
                }
                meldingnummers.neem(meldingen.schrijf(brok.meldingen()));
                zaaknummers.neem(zaken.schrijf(brok.zaken()));
                statuswijzigingen += brok.statuswijzigingen();
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
        meldingen.rondAf();
        zaken.rondAf();
        int maatregelen = maatregellader.schrijf(
                Demomaatregelen.maak(
                        inhoud, land.aanbieders.stream().map(Land.Aanbieder::id).toList(), vandaag),
                "demo",
                nu);
        log.info("Demo data: {} enforcement measures of the last three years written", maatregelen);
        Demoactiviteiten.Uitkomst toezicht = Demoactiviteiten.maak(
                inhoud, ids, land.aanbieders, inspecteurs(), activiteitlader.gepubliceerdeKaders(), vandaag);
        int activiteiten = activiteitlader.schrijf(toezicht.activiteiten(), "demo", nu);
        int gepubliceerd = publicatielader.schrijf(toezicht.vrijgaven(), nu);
        log.info(
                "Demo data: {} supervision activities of the last three years written, {} reports published",
                activiteiten,
                gepubliceerd);
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
                meldingnummers.eerste,
                meldingnummers.laatste,
                zaaknummers.eerste,
                zaaknummers.laatste,
                duur);
    }

    /** A chunk ready for the owners' bulk writers: notifications, then their cases. */
    private record Voorbereid(Bulklading.Brok meldingen, Bulklading.Brok zaken, int statuswijzigingen) {}

    /**
     * The work of building chunk {@code van}: its reference numbers are taken here, on the writing thread
     * (the transaction's connection); making and formatting the rows needs no database.
     */
    private static Callable<Voorbereid> bouw(
            Meldingmaker maker, Meldingenlader.Lading meldingen, Zakenlader.Lading zaken, int van, int aantal) {
        int grootte = Math.min(CHUNK, aantal - van);
        long[] meldingnummers = meldingen.reserveer(grootte);
        long[] zaaknummers = zaken.reserveer(grootte);
        return () -> {
            Meldingmaker.Brok brok = maker.brok(van, grootte);
            return new Voorbereid(
                    meldingen.bereidVoor(brok.meldingen(), meldingnummers),
                    zaken.bereidVoor(brok.zaken(), zaaknummers),
                    brok.statuswijzigingen());
        };
    }

    /** The lowest and highest reference number written, for the report. */
    private static final class Nummers {
        long eerste;
        long laatste;

        void neem(List<String> referenties) {
            for (String referentie : referenties) {
                long nummer = Long.parseLong(referentie.substring(referentie.lastIndexOf('-') + 1));
                eerste = eerste == 0 ? nummer : Math.min(eerste, nummer);
                laatste = Math.max(laatste, nummer);
            }
        }
    }

    /** An inspector as the timeline names them: the account, and the name shown on assignment. */
    record Inspecteur(String gebruikersnaam, String naam) {}

    /** The demo inspectors per department, by account name (none when accounts are off). */
    private Map<Zorgsector, List<Inspecteur>> inspecteurs() {
        Map<Zorgsector, List<Inspecteur>> perAfdeling = new LinkedHashMap<>();
        for (Zorgsector sector : SECTOREN) {
            perAfdeling.put(
                    sector,
                    medewerkers.inspecteursVan(sector).stream()
                            .map(m -> new Inspecteur(m.gebruikersnaam(), m.naam()))
                            .sorted(java.util.Comparator.comparing(Inspecteur::gebruikersnaam))
                            .toList());
        }
        return perAfdeling;
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
                Zorgaanbiederlader lader,
                Set<String> bezet,
                SplittableRandom inhoud,
                SplittableRandom ids,
                int aantal,
                Instant nu) {
            Land land = new Land();
            for (Zorgsector sector : SECTOREN) {
                land.perSector.put(sector, new ArrayList<>());
            }
            List<Bulkzorgaanbieder> brok = new ArrayList<>(AANBIEDERS_PER_CHUNK);
            boolean demoKvkVrij = !bezet.contains(DEMO_KVK_NUMMER);
            Set<String> namen = lader.namenInGebruik();
            int totaalGewicht = 0;
            for (Sectorcijfers s : Sectorcijfers.ALLE) {
                totaalGewicht += s.aanbiedersGewicht();
            }
            List<Plaats> plaatsen = Plaats.ALLE;
            for (int i = 0; i < aantal; i++) {
                // the first twelve cover every sector, whatever the size
                Zorgsector sector = i < SECTOREN.length ? SECTOREN[i] : gewogen(inhoud, totaalGewicht);
                List<Zorgsector> sectoren = new ArrayList<>(List.of(sector));
                if (inhoud.nextInt(100) < 12) {
                    Zorgsector tweede = SECTOREN[inhoud.nextInt(SECTOREN.length)];
                    if (tweede != sector) {
                        sectoren.add(tweede);
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
                String naam = Teksten.zorgaanbiedernaam(sector, plaats, inhoud);
                if (demoKvkVrij && sector == Zorgsector.VERZORGING_EN_VERPLEGING) {
                    kvk = DEMO_KVK_NUMMER;
                    bezet.add(DEMO_KVK_NUMMER);
                    naam = DEMO_ZORGAANBIEDER;
                    demoKvkVrij = false;
                }
                naam = uniek(naam, plaats, namen);
                int aantalLocaties = aantalLocaties(sector, inhoud);
                List<UUID> locatieIds = new ArrayList<>(aantalLocaties);
                List<Bulklocatie> locaties = new ArrayList<>(aantalLocaties);
                for (int v = 0; v < aantalLocaties; v++) {
                    Plaats waar =
                            v == 0 || inhoud.nextInt(100) < 40 ? plaats : plaatsen.get(inhoud.nextInt(plaatsen.size()));
                    UUID locatie = uuid(ids);
                    locatieIds.add(locatie);
                    locaties.add(new Bulklocatie(
                            new LocatieId(locatie),
                            Teksten.locatienaam(sector, v, waar, inhoud),
                            Teksten.adres(inhoud),
                            Teksten.postcode(waar, inhoud),
                            waar.naam(),
                            waar.gemeente()));
                }
                brok.add(
                        new Bulkzorgaanbieder(new ZorgaanbiederId(id), naam, kvk, agb, sectoren, aangemaakt, locaties));
                land.aantalLocaties += aantalLocaties;
                Aanbieder aanbieder = new Aanbieder(id, kvk, locatieIds);
                land.aanbieders.add(aanbieder);
                for (Zorgsector s : sectoren) {
                    land.perSector.get(s).add(aanbieder);
                }
                if (brok.size() == AANBIEDERS_PER_CHUNK) {
                    lader.schrijf(brok);
                    brok.clear();
                }
            }
            lader.schrijf(brok);
            return land;
        }

        /**
         * A name no other provider has: the register has thousands of providers drawn from a few hundred
         * name parts, and two "Apotheek De Linde" cannot be told apart when linking a notification. The place
         * goes after a taken name, then a number, as the trade register itself distinguishes them.
         */
        static String uniek(String naam, Plaats plaats, Set<String> namen) {
            if (namen.add(naam)) {
                return naam;
            }
            String metPlaats = naam.endsWith(plaats.naam()) ? naam : naam + " " + plaats.naam();
            for (int n = 1; ; n++) {
                String kandidaat = n == 1 ? metPlaats : metPlaats + " " + n;
                if (namen.add(kandidaat)) {
                    return kandidaat;
                }
            }
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
    }
}
