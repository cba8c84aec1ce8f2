package nl.toezicht.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import nl.toezicht.IntegratieTest;
import nl.toezicht.LegeDatabase;
import nl.toezicht.cijfers.Grootheid;
import nl.toezicht.cijfers.Periode;
import nl.toezicht.cijfers.Telling;
import nl.toezicht.handhaving.Maatregelcijfers;
import nl.toezicht.inspecties.Openbaarmaking;
import nl.toezicht.inspecties.Openbarezoektocht;
import nl.toezicht.inspecties.Productiecijfers;
import nl.toezicht.kern.Tijdzone;
import nl.toezicht.kern.Zorgsector;
import nl.toezicht.toegang.Medewerker;
import nl.toezicht.toegang.Medewerkers;
import nl.toezicht.toegang.Rol;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The generator fills a database of its own (so thousands of overdue demo cases do not crowd the other
 * tests' work queues), through the owners' bulk writers; the staff are the application's. Every question
 * is asked about the rows of this run: the cases and notifications whose reference numbers it took.
 */
@IntegratieTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DemoGeneratorIT {

    private static final int MELDINGEN = 5_000;

    @Autowired
    DataSource dataSource;

    /** The generator's "now", named: its year of notifications, open cases and deadlines count back from it. */
    static final Instant NU = Instant.parse("2026-06-10T08:00:00Z");

    final Clock clock = Clock.fixed(NU, Tijdzone.NEDERLAND);

    @Autowired
    Medewerkers medewerkers;

    LegeDatabase database;
    JdbcClient jdbc;
    DemoGenerator generator;
    DemoGenerator.Verslag verslag;

    @BeforeAll
    void genereerEenKleinLand() throws SQLException {
        database = LegeDatabase.maak(dataSource, "demo_generator");
        DataSource ds = database.dataSource();
        jdbc = JdbcClient.create(ds);
        generator = DemoLand.generator(ds, clock, medewerkers);
        verslag = generator.genereer(20260101L, 60, MELDINGEN);
    }

    @AfterAll
    void ruimOp() throws SQLException {
        database.close();
    }

    private static String inLijst(DemoGenerator.Verslag v) {
        return v.zorgaanbieders().stream().map(id -> "'" + id + "'").collect(Collectors.joining(","));
    }

    /** The cases of this run, by the reserved block of reference numbers. */
    private String mijnZaken() {
        return "(select * from zaken.zaak where case when referentie ~ '^Z-[0-9]{4}-[0-9]+$'"
                + " then split_part(referentie, '-', 3)::bigint between " + verslag.eersteZaaknummer() + " and "
                + verslag.laatsteZaaknummer() + " else false end)";
    }

    private String mijnMeldingen() {
        return "(select * from meldingen.melding where case when referentie ~ '^M-[0-9]{4}-[0-9]+$'"
                + " then split_part(referentie, '-', 3)::bigint between " + verslag.eersteMeldingnummer() + " and "
                + verslag.laatsteMeldingnummer() + " else false end)";
    }

    private long tel(String sql) {
        return jdbc.sql(sql).query(Long.class).single();
    }

    @Test
    void writesEveryNotificationWithExactlyOneCase() {
        assertThat(verslag.meldingen()).isEqualTo(MELDINGEN);
        assertThat(verslag.zorgaanbieders()).hasSize(60);
        assertThat(tel("select count(*) from register.zorgaanbieder where id in (" + inLijst(verslag) + ")"
                        + " and kvk_nummer ~ '^[0-9]{8}$'"))
                .isEqualTo(60);
        assertThat(tel("select count(*) from register.locatie where zorgaanbieder in (" + inLijst(verslag) + ")"
                        + " and postcode ~ '^[1-9][0-9]{3}[A-Z]{2}$' and postcode !~ '(SA|SD|SS)$'"))
                .isEqualTo(verslag.locaties());
        assertThat(tel("select count(distinct s) from register.zorgaanbieder, unnest(sectoren) s where id in ("
                        + inLijst(verslag) + ")"))
                .isEqualTo(Zorgsector.values().length);
        assertThat(tel("select count(*) from " + mijnMeldingen() + " m")).isEqualTo(MELDINGEN);
        assertThat(tel("select count(*) from " + mijnZaken() + " z")).isEqualTo(MELDINGEN);
        assertThat(tel("select count(*) from " + mijnMeldingen()
                        + " m join zaken.zaak_melding zm on zm.melding_id = m.id"
                        + " join " + mijnZaken() + " z on z.id = zm.zaak"
                        + " where z.soort = m.soort and z.sector = m.sector and z.afdeling = m.sector"
                        + " and z.zorgaanbieder_id is not distinct from m.zorgaanbieder_id"
                        + " and z.geopend_op >= m.ontvangen_op"))
                .isEqualTo(MELDINGEN);
    }

    @Test
    void casesAreInEveryStateAndNotificationsInEverySector() {
        List<String> statussen = jdbc.sql("select distinct status from " + mijnZaken() + " z")
                .query(String.class)
                .list();
        assertThat(statussen)
                .containsExactlyInAnyOrder(
                        "ONTVANGEN", "IN_TRIAGE", "WACHT_OP_ONDERZOEK_ZORGAANBIEDER", "IN_BEOORDELING", "GESLOTEN");
        List<String> sectoren = jdbc.sql("select distinct sector from " + mijnMeldingen() + " m")
                .query(String.class)
                .list();
        assertThat(sectoren)
                .containsExactlyInAnyOrderElementsOf(
                        Arrays.stream(Zorgsector.values()).map(Enum::name).toList());
    }

    @Test
    void proportionsFollowThePublishedFigures() {
        // 2021: 1,770 calamities, 230 dismissals, 1,120 deaths and 370 sexual misconduct in 15,460
        double calamiteiten =
                tel("select count(*) from " + mijnMeldingen() + " m where soort = 'CALAMITEIT'") / (double) MELDINGEN;
        assertThat(calamiteiten).isBetween(0.09, 0.14);
        double overleden =
                tel("select count(*) from " + mijnMeldingen() + " m where patient_overleden") / (double) MELDINGEN;
        assertThat(overleden).isBetween(0.05, 0.10);
        assertThat(tel("select count(*) from " + mijnMeldingen() + " m where door_suicide"))
                .isPositive();
        assertThat(tel("select count(*) from " + mijnMeldingen() + " m where seksueel_grensoverschrijdend"))
                .isBetween(60L, 180L);
        assertThat(tel("select count(*) from " + mijnMeldingen() + " m where soort = 'ONTSLAG_WEGENS_DISFUNCTIONEREN'"))
                .isBetween(40L, 130L);
        // medical technology and pharmaceutical products bring most notifications, as in 2021
        Map<String, Long> perSector = jdbc
                .sql("select sector, count(*) from " + mijnMeldingen() + " m group by sector")
                .query((rs, i) -> Map.entry(rs.getString(1), rs.getLong(2)))
                .list()
                .stream()
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
        assertThat(perSector.get("MEDISCHE_TECHNOLOGIE")).isGreaterThan(perSector.get("GGZ") * 5);
        assertThat(tel("select count(*) from " + mijnMeldingen() + " m where 'COVID-19' = any(themas)"))
                .isPositive();
        assertThat(tel("select count(*) from " + mijnMeldingen() + " m where zorgaanbieder_id is null"
                        + " and zorgaanbieder_omschrijving is not null"))
                .isPositive();
        assertThat(tel("select count(*) from " + mijnMeldingen() + " m where zorgaanbieder_id is null"
                        + " and zorgaanbieder_omschrijving is null"))
                .isZero();
    }

    @Test
    void theTimelineOfEveryCaseEndsInItsState() {
        assertThat(tel("select count(*) from " + mijnZaken() + " z where z.status <> (select s.naar from"
                        + " zaken.statuswijziging s where s.zaak = z.id order by s.volgnummer desc limit 1)"))
                .isZero();
        assertThat(tel("select count(*) from " + mijnZaken() + " z where not exists (select 1 from"
                        + " zaken.statuswijziging s where s.zaak = z.id and s.volgnummer = 0 and s.van is null"
                        + " and s.naar = 'ONTVANGEN' and s.transitie = 'OPENEN' and s.op = z.geopend_op)"))
                .isZero();
        // each step starts where the one before ended, and later
        assertThat(tel("select count(*) from zaken.statuswijziging s join zaken.statuswijziging vorige"
                        + " on vorige.zaak = s.zaak and vorige.volgnummer = s.volgnummer - 1"
                        + " join " + mijnZaken() + " z on z.id = s.zaak"
                        + " where s.van is distinct from vorige.naar or s.op < vorige.op"))
                .isZero();
        assertThat(tel("select count(*) from " + mijnZaken() + " z where status = 'GESLOTEN' and (gesloten_op is null"
                        + " or sluitreden not in ('GEEN_VERVOLG', 'ONDERZOEK_VOLDOENDE', 'MAATREGEL_VOORGESTELD',"
                        + " 'DOORVERWEZEN') or termijn_datum is not null or te_laat)"))
                .isZero();
        assertThat(tel("select count(*) from " + mijnZaken() + " z where status <> 'GESLOTEN'"
                        + " and (termijn_soort is null or termijn_datum is null)"))
                .isZero();
        assertThat(tel("select count(*) from " + mijnZaken() + " z where status = 'WACHT_OP_ONDERZOEK_ZORGAANBIEDER'"
                        + " and soort = 'CALAMITEIT' and (termijn_soort <> 'ONDERZOEKSRAPPORT_ZORGAANBIEDER'"
                        + " or termijn_datum <> (select (m.ontvangen_op at time zone 'Europe/Amsterdam')::date + 56"
                        + " from zaken.zaak_melding zm join meldingen.melding m on m.id = zm.melding_id"
                        + " where zm.zaak = z.id))"))
                .isZero();
    }

    @Test
    void aCalamityEstablishedMoreThanThreeWorkingDaysBeforeReceiptIsMarkedAsReportedLate() {
        boolean kolom = tel("select count(*) from information_schema.columns where table_schema = 'zaken'"
                        + " and table_name = 'zaak' and column_name = 'te_laat_gemeld'")
                > 0;
        long laat = tel("select count(*) from " + mijnMeldingen() + " m where soort = 'CALAMITEIT'"
                + " and (ontvangen_op at time zone 'Europe/Amsterdam')::date - datum_vastgesteld > 7");
        assertThat(laat).isPositive();
        if (kolom) {
            assertThat(tel("select count(*) from " + mijnZaken() + " z where te_laat_gemeld"))
                    .isPositive();
            assertThat(tel("select count(*) from " + mijnZaken() + " z where te_laat_gemeld and soort <> 'CALAMITEIT'"))
                    .isZero();
        }
    }

    @Test
    void someOpenCasesAreOverdueAndOnlyThosePastTheirDeadline() {
        LocalDate vandaag = LocalDate.ofInstant(NU, Tijdzone.NEDERLAND);
        assertThat(tel("select count(*) from " + mijnZaken() + " z where te_laat"))
                .isPositive();
        assertThat(jdbc.sql("select count(*) from " + mijnZaken() + " z where status <> 'GESLOTEN'"
                                + " and te_laat <> (termijn_datum < ?)")
                        .param(vandaag)
                        .query(Long.class)
                        .single())
                .isZero();
    }

    @Test
    void olderCasesAreMostlyClosedAndRecentOnesOpen() {
        String oud = " z where geopend_op < timestamptz '" + NU + "' - interval '180 days'";
        String recent = " z where geopend_op > timestamptz '" + NU + "' - interval '3 days'";
        long oudAantal = tel("select count(*) from " + mijnZaken() + oud);
        long oudGesloten = tel("select count(*) from " + mijnZaken() + oud + " and status = 'GESLOTEN'");
        assertThat((double) oudGesloten / oudAantal).isGreaterThan(0.95);
        long recentAantal = tel("select count(*) from " + mijnZaken() + recent);
        long recentOpen = tel("select count(*) from " + mijnZaken() + recent + " and status <> 'GESLOTEN'");
        assertThat((double) recentOpen / recentAantal).isGreaterThan(0.6);
    }

    @Test
    void theReportersStatusFollowsTheCase() {
        assertThat(tel("select count(*) from " + mijnMeldingen()
                        + " m join zaken.zaak_melding zm on zm.melding_id = m.id"
                        + " join zaken.zaak z on z.id = zm.zaak where m.status <> case z.status"
                        + " when 'ONTVANGEN' then 'ONTVANGEN' when 'GESLOTEN' then 'AFGEHANDELD'"
                        + " else 'IN_BEHANDELING' end"))
                .isZero();
        assertThat(tel("select count(distinct status_token_hash) from " + mijnMeldingen() + " m"
                        + " where status_token_hash ~ '^[0-9a-f]{64}$'"))
                .isEqualTo(MELDINGEN);
    }

    @Test
    void assignedInspectorsWorkInTheCasesDepartment() {
        record Toewijzing(String inspecteur, Zorgsector afdeling, String genoemd) {}
        List<Toewijzing> toewijzingen = jdbc.sql("select z.inspecteur, z.afdeling, s.toelichting from " + mijnZaken()
                        + " z join zaken.statuswijziging s on s.zaak = z.id and s.transitie = 'TOEWIJZEN'"
                        + " and s.van = s.naar where z.inspecteur is not null")
                .query((rs, i) -> new Toewijzing(rs.getString(1), Zorgsector.valueOf(rs.getString(2)), rs.getString(3)))
                .list();
        assertThat(toewijzingen).isNotEmpty();
        assertThat(tel("select count(*) from " + mijnZaken() + " z where inspecteur is not null"))
                .isEqualTo(toewijzingen.size());
        assertThat(toewijzingen).anySatisfy(t -> assertThat(t.inspecteur()).isEqualTo("inspecteur"));
        // an inspector of the case's department, named on the timeline as the case page shows it
        assertThat(toewijzingen).allSatisfy(t -> {
            Medewerker m = medewerkers.vind(t.inspecteur()).orElseThrow();
            assertThat(m.rol()).isEqualTo(Rol.INSPECTEUR);
            assertThat(m.werktBij(t.afdeling())).isTrue();
            assertThat(t.genoemd()).isEqualTo(m.naam());
        });
    }

    @Test
    void liveIntakeContinuesAfterTheGeneratedReferences() {
        long laatsteMelding = verslag.laatsteMeldingnummer();
        long laatsteZaak = verslag.laatsteZaaknummer();
        // the numbers came from the live sequences: the next one taken lies beyond them
        assertThat(tel("select last_value from meldingen.melding_nummer_seq")).isGreaterThanOrEqualTo(laatsteMelding);
        assertThat(tel("select last_value from zaken.zaak_nummer_seq")).isGreaterThanOrEqualTo(laatsteZaak);
    }

    @Test
    void theDemoProviderAccountActsForAProviderInTheRegisterAndNoTwoProvidersShareAName() {
        // the demo account (toegang.DemoMedewerkers) acts for this number, when the accounts are there
        jdbc.sql("select kvk_nummers[1] from toegang.medewerker where gebruikersnaam = 'zorgaanbieder'")
                .query(String.class)
                .optional()
                .ifPresent(kvk -> assertThat(kvk).isEqualTo(DemoGenerator.DEMO_KVK_NUMMER));
        String kvkVanAccount = DemoGenerator.DEMO_KVK_NUMMER;
        assertThat(tel("select count(*) from register.zorgaanbieder where kvk_nummer = '" + kvkVanAccount + "'"))
                .isOne();
        assertThat(jdbc.sql("select naam from register.zorgaanbieder where id in (" + inLijst(verslag)
                                + ") group by naam having count(*) > 1")
                        .query(String.class)
                        .list())
                .isEmpty();
    }

    @Test
    void aTakenNameGetsThePlaceThenANumber() {
        Plaats utrecht = Plaats.ALLE.stream()
                .filter(p -> p.naam().equals("Utrecht"))
                .findFirst()
                .orElse(Plaats.ALLE.get(0));
        java.util.Set<String> namen = new java.util.HashSet<>();
        assertThat(DemoGenerator.Land.uniek("Apotheek De Linde", utrecht, namen))
                .isEqualTo("Apotheek De Linde");
        assertThat(DemoGenerator.Land.uniek("Apotheek De Linde", utrecht, namen))
                .isEqualTo("Apotheek De Linde " + utrecht.naam());
        assertThat(DemoGenerator.Land.uniek("Apotheek De Linde", utrecht, namen))
                .isEqualTo("Apotheek De Linde " + utrecht.naam() + " 2");
    }

    @Test
    void theSameSeedGivesTheSameCountry() {
        DemoGenerator.Verslag eerste = generator.genereer(7L, 12, 300);
        DemoGenerator.Verslag tweede = generator.genereer(7L, 12, 300);
        assertThat(inhoud(eerste)).isEqualTo(inhoud(tweede)).hasSize(300);
        assertThat(inhoud(generator.genereer(8L, 12, 300))).isNotEqualTo(inhoud(eerste));
    }

    /**
     * "Cijfers over maatregelen" from a demo run reproduces the annual report's three years (2019-2021 there,
     * the three years before the generator's now here): given per year, running at its end, unrounded.
     */
    @Test
    void theEnforcementTableOfThreeYearsReproducesTheAnnualReport() {
        Maatregelcijfers cijfers = new Maatregelcijfers(jdbc);
        List<Periode> jaren = List.of(Periode.jaar(2025), Periode.jaar(2024), Periode.jaar(2023));
        Telling voor = cijfers.tel(jaren, NU);
        generator.genereer(9L, 12, 0);
        Telling na = cijfers.tel(jaren, NU);
        java.util.Map<Grootheid, long[]> verwacht = new java.util.LinkedHashMap<>();
        // 2021, 2020, 2019 of the annual report on 2025, 2024, 2023
        verwacht.put(Maatregelcijfers.BOETES, new long[] {22, 22, 54});
        verwacht.put(Maatregelcijfers.WAARSCHUWINGEN, new long[] {68, 114, 56});
        verwacht.put(Maatregelcijfers.DWANGSOMMEN, new long[] {1070, 66, 560});
        verwacht.put(Maatregelcijfers.INVORDERINGEN, new long[] {420, 317, 305});
        verwacht.put(Maatregelcijfers.AANWIJZINGEN, new long[] {19, 21, 37});
        verwacht.put(Maatregelcijfers.AANWIJZINGEN_LOPEND, new long[] {12, 13, 21});
        verwacht.put(Maatregelcijfers.BEVELEN, new long[] {1, 1, 2});
        verwacht.put(Maatregelcijfers.BEVELEN_LOPEND, new long[] {0, 0, 1});
        verwacht.put(Maatregelcijfers.VERSCHERPT, new long[] {11, 12, 17});
        verwacht.put(Maatregelcijfers.VERSCHERPT_LOPEND, new long[] {11, 10, 11});
        verwacht.put(Maatregelcijfers.TUCHTKLACHTEN, new long[] {9, 16, 20});
        verwacht.forEach((grootheid, aantallen) -> {
            for (int i = 0; i < jaren.size(); i++) {
                assertThat(na.totaal(grootheid, jaren.get(i)) - voor.totaal(grootheid, jaren.get(i)))
                        .as(grootheid.naam() + " " + jaren.get(i).jaar())
                        .isEqualTo(aantallen[i]);
            }
        });
        assertThat(cijfers.onafgerond()).isTrue();
    }

    /**
     * "Realisatie productie" from a demo run: each of the three years before now holds every kind of activity in
     * the annual report 2021's proportions (divided by {@link Demoactiviteiten#SCHAAL}), visits and desk
     * inspections with a final report; the cancelled and the planned activities of the run count nowhere.
     */
    @Test
    void theProductionTableOfThreeYearsReproducesTheAnnualReportsProportions() {
        Productiecijfers cijfers = new Productiecijfers(jdbc);
        List<Periode> jaren = List.of(Periode.jaar(2025), Periode.jaar(2024), Periode.jaar(2023));
        Telling voor = cijfers.tel(jaren, NU);
        generator.genereer(11L, 12, 0);
        Telling na = cijfers.tel(jaren, NU);
        long aangekondigd = Demoactiviteiten.aantal(1_415);
        long onaangekondigd = Demoactiviteiten.aantal(201);
        long deels = Demoactiviteiten.aantal(760);
        long bureau = Demoactiviteiten.aantal(206);
        java.util.Map<Grootheid, Long> verwacht = new java.util.LinkedHashMap<>();
        verwacht.put(Grootheid.BEZOEKEN, aangekondigd + onaangekondigd + deels);
        verwacht.put(Grootheid.BEZOEKEN_AANGEKONDIGD, aangekondigd);
        verwacht.put(Grootheid.BEZOEKEN_ONAANGEKONDIGD, onaangekondigd);
        verwacht.put(Grootheid.BEZOEKEN_DEELS_ONAANGEKONDIGD, deels);
        verwacht.put(Grootheid.BUREAUONDERZOEKEN, bureau);
        verwacht.put(Grootheid.OORDEELSGESPREKKEN, (long) Demoactiviteiten.aantal(190));
        verwacht.put(Grootheid.BESTUURLIJKE_GESPREKKEN, (long) Demoactiviteiten.aantal(98));
        verwacht.put(Grootheid.GESPREKKEN_ONDERTOEZICHTSTAANDE, (long) Demoactiviteiten.aantal(1_243));
        verwacht.put(Grootheid.GESPREKKEN_BURGERS, (long) Demoactiviteiten.aantal(41));
        verwacht.put(Grootheid.GESPREKKEN_BETROKKENEN, (long) Demoactiviteiten.aantal(383));
        verwacht.put(Grootheid.DIGITALE_TOEZICHTGESPREKKEN, (long) Demoactiviteiten.aantal(44));
        verwacht.put(Grootheid.RAPPORTEN, aangekondigd + onaangekondigd + deels + bureau);
        // 2021's proportions at 1:25: 57 announced, 8 unannounced, 30 with unannounced elements, ...
        assertThat(aangekondigd).isEqualTo(57);
        assertThat(verwacht.get(Grootheid.GESPREKKEN_ONDERTOEZICHTSTAANDE)).isEqualTo(50);
        verwacht.forEach((grootheid, aantal) -> {
            for (Periode jaar : jaren) {
                assertThat(na.totaal(grootheid, jaar) - voor.totaal(grootheid, jaar))
                        .as(grootheid.naam() + " " + jaar.jaar())
                        .isEqualTo(aantal);
            }
        });
        // each final report of the run has its PDF with its checksum, and every activity its flow's steps
        assertThat(jdbc.sql("select count(*) from inspecties.rapport where definitief_op is not null"
                                + " and (pdf_sleutel is null or pdf_sha256 is null or pdf_grootte < 100)")
                        .query(Long.class)
                        .single())
                .isZero();
        assertThat(jdbc.sql("select count(*) from inspecties.toezichtactiviteit a where not exists (select 1 from"
                                + " inspecties.activiteitstap s where s.activiteit = a.id and s.naar = a.status)")
                        .query(Long.class)
                        .single())
                .isZero();
    }

    /**
     * A newcomer's public search is not empty: of this run's final reports about four in five are public
     * (released, past the waiting period of two weeks), findable by provider, sector and year; a few of this
     * year wait for their public day or for their release, and the search does not find those.
     */
    @Test
    void aFreshDemoHasPublishedReportsInThePublicSearch() {
        String van = " from inspecties.rapport r join inspecties.toezichtactiviteit a on a.id = r.activiteit"
                + " left join inspecties.openbaarmaking o on o.activiteit = r.activiteit"
                + " where r.definitief_op is not null and a.zorgaanbieder_id in (" + inLijst(verslag) + ")";
        long definitief = tel("select count(*)" + van);
        long openbaar =
                tel("select count(*)" + van + " and r.gepubliceerd_op is not null and a.status = 'GEPUBLICEERD'");
        assertThat(definitief).isGreaterThan(100);
        assertThat(openbaar).isBetween(definitief * 6 / 10, definitief * 95 / 100);
        // each public one was released, public from its final date plus two weeks and not before, and by now
        assertThat(tel("select count(*)" + van + " and r.gepubliceerd_op is not null and (o.vrijgegeven_op is null"
                        + " or o.vrijgegeven_op < r.definitief_op"
                        + " or o.openbaar_vanaf <> (r.definitief_op at time zone 'Europe/Amsterdam')::date + 14"
                        + " or (r.gepubliceerd_op at time zone 'Europe/Amsterdam')::date < o.openbaar_vanaf"
                        + " or r.gepubliceerd_op > '" + NU + "'::timestamptz)"))
                .isZero();
        LocalDate vandaag = LocalDate.ofInstant(NU, Tijdzone.NEDERLAND);
        String wachtend = van + " and o.vrijgegeven_op is not null and o.openbaar_vanaf > '" + vandaag + "'::date"
                + " and r.gepubliceerd_op is null and a.status = 'RAPPORT_DEFINITIEF'";
        assertThat(tel("select count(*)" + wachtend)).isPositive();
        assertThat(tel("select count(*)" + van + " and o.activiteit is null and r.definitief_op > '" + NU
                        + "'::timestamptz - interval '7 days'"))
                .isPositive();

        Map<String, Object> eentje = jdbc.sql("select a.id, z.naam, a.afdeling,"
                        + " extract(year from r.definitief_op at time zone 'Europe/Amsterdam')::int as jaar"
                        + van.replace(
                                " where ",
                                " join register.zorgaanbieder_uitwisseling z on z.id = a.zorgaanbieder_id where ")
                        + " and r.gepubliceerd_op is not null order by a.referentie limit 1")
                .query()
                .singleRow();
        var gevonden = Openbarezoektocht.zoek(
                jdbc,
                clock,
                new Openbaarmaking.Zoekvraag(
                        (String) eentje.get("naam"),
                        null,
                        Zorgsector.valueOf((String) eentje.get("afdeling")),
                        (Integer) eentje.get("jaar")),
                1);
        assertThat(gevonden.items())
                .extracting(Openbaarmaking.Vindplaats::activiteit)
                .contains((java.util.UUID) eentje.get("id"));
        java.util.UUID wacht = jdbc.sql("select a.id" + wachtend + " order by a.referentie limit 1")
                .query(java.util.UUID.class)
                .single();
        String naamVanWachtende = jdbc.sql("select z.naam from inspecties.toezichtactiviteit a join"
                        + " register.zorgaanbieder_uitwisseling z on z.id = a.zorgaanbieder_id where a.id = ?")
                .param(wacht)
                .query(String.class)
                .single();
        assertThat(Openbarezoektocht.zoek(
                                jdbc, clock, new Openbaarmaking.Zoekvraag(naamVanWachtende, null, null, null), 1)
                        .items())
                .extracting(Openbaarmaking.Vindplaats::activiteit)
                .doesNotContain(wacht);
    }

    private List<String> inhoud(DemoGenerator.Verslag v) {
        return jdbc.sql("select soort || sector || status || omschrijving || coalesce(array_to_string(themas, ','), '')"
                        + " from meldingen.melding where case when referentie ~ '^M-[0-9]{4}-[0-9]+$'"
                        + " then split_part(referentie, '-', 3)::bigint between ? and ? else false end"
                        + " order by split_part(referentie, '-', 3)::bigint")
                .params(v.eersteMeldingnummer(), v.laatsteMeldingnummer())
                .query(String.class)
                .list();
    }
}
