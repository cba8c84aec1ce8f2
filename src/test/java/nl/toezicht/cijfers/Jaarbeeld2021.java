package nl.toezicht.cijfers;

import static nl.toezicht.kern.Zorgsector.EERSTELIJNSZORG;
import static nl.toezicht.kern.Zorgsector.FARMACEUTISCHE_PRODUCTEN;
import static nl.toezicht.kern.Zorgsector.GEHANDICAPTENZORG;
import static nl.toezicht.kern.Zorgsector.GGZ;
import static nl.toezicht.kern.Zorgsector.JEUGD;
import static nl.toezicht.kern.Zorgsector.MEDISCHE_TECHNOLOGIE;
import static nl.toezicht.kern.Zorgsector.MEDISCH_SPECIALISTISCHE_ZORG;
import static nl.toezicht.kern.Zorgsector.NETWERKZORG;
import static nl.toezicht.kern.Zorgsector.PREVENTIE;
import static nl.toezicht.kern.Zorgsector.SECTOROVERSTIJGEND;
import static nl.toezicht.kern.Zorgsector.VERZORGING_EN_VERPLEGING;
import static nl.toezicht.kern.Zorgsector.ZORG_VOOR_ASIELZOEKERS_EN_JUSTITIABELEN;

import java.time.Instant;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import nl.toezicht.kern.Zorgsector;

/**
 * A year built to the printed tables of the annual report 2021 ("Cijfers 2021", jaarbeeld p. 35–38): unrounded
 * counts chosen so that every printed cell comes out as printed under the report's rule sets, plus the manual
 * figures of the production table. Where the print contradicts itself it cannot be reproduced from data: the
 * closed table prints Medisch Specialistische Zorg as 290 closed "of which 870 calamities", and its rows then
 * add up to 14.290 against a printed total of 15.290: the year has 1.290 there (the total and the calamities
 * as printed). The production table's 15.280 closed is entered as a manual figure and stays in contradiction
 * with the counted 15.290, which the consistency check reports.
 */
final class Jaarbeeld2021 {

    static final int JAAR = 2021;

    private Jaarbeeld2021() {}

    /** Per sector: received, of which calamity, of which dismissal. */
    record Drie(Zorgsector sector, long totaal, long calamiteit, long ontslag) {}

    static final List<Drie> ONTVANGEN_AANTALLEN = List.of(
            new Drie(JEUGD, 540, 100, 0),
            new Drie(FARMACEUTISCHE_PRODUCTEN, 2870, 2, 0),
            new Drie(GGZ, 470, 70, 36),
            new Drie(MEDISCHE_TECHNOLOGIE, 7450, 1, 0),
            new Drie(VERZORGING_EN_VERPLEGING, 1050, 360, 86),
            new Drie(EERSTELIJNSZORG, 1060, 300, 16),
            new Drie(ZORG_VOOR_ASIELZOEKERS_EN_JUSTITIABELEN, 70, 20, 2),
            new Drie(GEHANDICAPTENZORG, 520, 100, 56),
            new Drie(MEDISCH_SPECIALISTISCHE_ZORG, 1160, 810, 26),
            new Drie(NETWERKZORG, 20, 0, 0),
            new Drie(PREVENTIE, 220, 10, 3),
            new Drie(SECTOROVERSTIJGEND, 30, 1, 0));

    static final List<Drie> GESLOTEN_AANTALLEN = List.of(
            new Drie(JEUGD, 570, 110, 0),
            new Drie(FARMACEUTISCHE_PRODUCTEN, 2870, 0, 0),
            new Drie(GGZ, 490, 90, 30),
            new Drie(MEDISCHE_TECHNOLOGIE, 6940, 2, 0),
            new Drie(VERZORGING_EN_VERPLEGING, 1180, 390, 100),
            new Drie(EERSTELIJNSZORG, 1030, 290, 10),
            new Drie(ZORG_VOOR_ASIELZOEKERS_EN_JUSTITIABELEN, 80, 30, 2),
            new Drie(GEHANDICAPTENZORG, 540, 100, 50),
            new Drie(MEDISCH_SPECIALISTISCHE_ZORG, 1290, 870, 30),
            new Drie(NETWERKZORG, 10, 0, 0),
            new Drie(PREVENTIE, 240, 10, 0),
            new Drie(SECTOROVERSTIJGEND, 50, 2, 0));

    /** Per sector (no Jeugd): died, of which suicide. */
    static final List<Drie> OVERLEDEN_AANTALLEN = List.of(
            new Drie(FARMACEUTISCHE_PRODUCTEN, 10, 0, 0),
            new Drie(GGZ, 100, 70, 0),
            new Drie(MEDISCHE_TECHNOLOGIE, 90, 0, 0),
            new Drie(VERZORGING_EN_VERPLEGING, 300, 10, 0),
            new Drie(EERSTELIJNSZORG, 220, 10, 0),
            new Drie(ZORG_VOOR_ASIELZOEKERS_EN_JUSTITIABELEN, 40, 20, 0),
            new Drie(GEHANDICAPTENZORG, 40, 10, 0),
            new Drie(MEDISCH_SPECIALISTISCHE_ZORG, 320, 2, 0),
            new Drie(NETWERKZORG, 0, 0, 0),
            new Drie(PREVENTIE, 2, 1, 0),
            new Drie(SECTOROVERSTIJGEND, 0, 0, 0));

    /** Per sector: professional involved, between patients, other (the total is their sum). */
    static final List<Drie> SGG_AANTALLEN = List.of(
            new Drie(JEUGD, 38, 62, 41),
            new Drie(FARMACEUTISCHE_PRODUCTEN, 0, 0, 0),
            new Drie(GGZ, 42, 18, 2),
            new Drie(MEDISCHE_TECHNOLOGIE, 0, 0, 0),
            new Drie(VERZORGING_EN_VERPLEGING, 22, 9, 0),
            new Drie(EERSTELIJNSZORG, 18, 0, 0),
            new Drie(ZORG_VOOR_ASIELZOEKERS_EN_JUSTITIABELEN, 1, 0, 1),
            new Drie(GEHANDICAPTENZORG, 48, 61, 2),
            new Drie(MEDISCH_SPECIALISTISCHE_ZORG, 6, 1, 1),
            new Drie(NETWERKZORG, 1, 0, 0),
            new Drie(PREVENTIE, 0, 0, 0),
            new Drie(SECTOROVERSTIJGEND, 0, 0, 0));

    // ---- the printed tables, cell by cell

    static final List<List<String>> ONTVANGEN = List.of(
            List.of("Jeugd", "540", "100", "0"),
            List.of("Farmaceutische Producten", "2.870", "<5", "0"),
            List.of("GGZ", "470", "70", "40"),
            List.of("Medische Technologie", "7.450", "<5", "0"),
            List.of("Verzorging en Verpleging", "1.050", "360", "90"),
            List.of("Eerstelijnszorg", "1.060", "300", "20"),
            List.of("Zorg voor Asielzoekers en Justitiabelen", "70", "20", "<5"),
            List.of("Gehandicaptenzorg", "520", "100", "60"),
            List.of("Medisch Specialistische Zorg", "1.160", "810", "30"),
            List.of("Netwerkzorg", "20", "0", "0"),
            List.of("Preventie", "220", "10", "<5"),
            List.of("Sectoroverstijgend", "30", "<5", "0"),
            List.of("Totaal", "15.460", "1.770", "230"));

    /** As printed, except Medisch Specialistische Zorg: 1.290 (printed 290 of which 870, see above). */
    static final List<List<String>> AFGESLOTEN = List.of(
            List.of("Jeugd", "570", "110", "0"),
            List.of("Farmaceutische Producten", "2.870", "0", "0"),
            List.of("GGZ", "490", "90", "30"),
            List.of("Medische Technologie", "6.940", "<5", "0"),
            List.of("Verzorging en Verpleging", "1.180", "390", "100"),
            List.of("Eerstelijnszorg", "1.030", "290", "10"),
            List.of("Zorg voor Asielzoekers en Justitiabelen", "80", "30", "<5"),
            List.of("Gehandicaptenzorg", "540", "100", "50"),
            List.of("Medisch Specialistische Zorg", "1.290", "870", "30"),
            List.of("Netwerkzorg", "10", "0", "0"),
            List.of("Preventie", "240", "10", "0"),
            List.of("Sectoroverstijgend", "50", "<5", "0"),
            List.of("Totaal", "15.290", "1.890", "220"));

    /** Eleven sectors without Jeugd; the report leaves the suicide total blank (Toezicht prints 120). */
    static final List<List<String>> OVERLIJDEN = List.of(
            List.of("Farmaceutische Producten", "10", "0"),
            List.of("GGZ", "100", "70"),
            List.of("Medische Technologie", "90", "0"),
            List.of("Verzorging en Verpleging", "300", "10"),
            List.of("Eerstelijnszorg", "220", "10"),
            List.of("Zorg voor Asielzoekers en Justitiabelen", "40", "20"),
            List.of("Gehandicaptenzorg", "40", "10"),
            List.of("Medisch Specialistische Zorg", "320", "<5"),
            List.of("Netwerkzorg", "0", "0"),
            List.of("Preventie", "<5", "<5"),
            List.of("Sectoroverstijgend", "0", "0"),
            List.of("Totaal", "1.120", "120"));

    static final List<List<String>> SGG = List.of(
            List.of("Jeugd", "140", "40", "60", "40"),
            List.of("Farmaceutische Producten", "0", "0", "0", "0"),
            List.of("GGZ", "60", "40", "20", "<5"),
            List.of("Medische Technologie", "0", "0", "0", "0"),
            List.of("Verzorging en Verpleging", "30", "20", "10", "0"),
            List.of("Eerstelijnszorg", "20", "20", "0", "0"),
            List.of("Zorg voor Asielzoekers en Justitiabelen", "<5", "<5", "0", "<5"),
            List.of("Gehandicaptenzorg", "110", "50", "60", "<5"),
            List.of("Medisch Specialistische Zorg", "10", "10", "<5", "<5"),
            List.of("Netwerkzorg", "<5", "<5", "0", "0"),
            List.of("Preventie", "0", "0", "0", "0"),
            List.of("Sectoroverstijgend", "0", "0", "0", "0"),
            List.of("Totaal", "370", "180", "150", "50"));

    /** "Jeugdhulp 13 meldingen over suïcides en 15 over suïcidepogingen; 2 in een gesloten jeugdhulpinstelling." */
    static final List<List<String>> JEUGD_TABEL = List.of(List.of("Jeugd", "13", "15", "2"));

    /** "Overige productie-indicatoren" and "Klachten over de inspectie": 2021, 2020, 2019. */
    static final List<List<String>> PRODUCTIE = List.of(
            List.of("Ontvangen telefoongesprekken Frontoffice", "21.138", "14.181", "18.291"),
            List.of("Verwerkte e-mails Meldpunt", "47.065", "49.852", "45.748"),
            List.of("Ontvangen meldingen", "15.460", "11.700", "11.120"),
            List.of("Afgesloten meldingen", "15.280", "11.980", "11.660"),
            List.of("Geaggregeerde rapporten en overige publicaties", "867", "23", "30"),
            List.of("Uitgebrachte nieuwsberichten", "138", "240", "180"),
            List.of("Beantwoorde persvragen", "481", "508", "575"),
            List.of("Beantwoorde Kamervragen", "72", "111", "124"),
            List.of("Klachten over de inspectie", "76", "68", "93"));

    /** The counts of the three years, as the notification source would deliver them. */
    static Telling telling() {
        Telling t = new Telling();
        new MeldingTelbron(null, null).grootheden().forEach(t::kent);
        YearMonth maart = YearMonth.of(JAAR, 3);
        for (Drie d : ONTVANGEN_AANTALLEN) {
            t.tel(Grootheid.ONTVANGEN, d.sector(), maart, d.totaal());
            t.tel(Grootheid.ONTVANGEN_CALAMITEIT, d.sector(), maart, d.calamiteit());
            t.tel(Grootheid.ONTVANGEN_ONTSLAG, d.sector(), maart, d.ontslag());
        }
        for (Drie d : GESLOTEN_AANTALLEN) {
            t.tel(Grootheid.GESLOTEN, d.sector(), maart, d.totaal());
            t.tel(Grootheid.GESLOTEN_CALAMITEIT, d.sector(), maart, d.calamiteit());
            t.tel(Grootheid.GESLOTEN_ONTSLAG, d.sector(), maart, d.ontslag());
        }
        for (Drie d : OVERLEDEN_AANTALLEN) {
            t.tel(Grootheid.OVERLEDEN, d.sector(), maart, d.totaal());
            t.tel(Grootheid.SUICIDE, d.sector(), maart, d.calamiteit());
        }
        // the youth deaths: counted, printed in the youth table only
        t.tel(Grootheid.OVERLEDEN, JEUGD, maart, 20);
        t.tel(Grootheid.SUICIDE, JEUGD, maart, 13);
        t.tel(Grootheid.SUICIDEPOGING, JEUGD, maart, 15);
        t.tel(Grootheid.SUICIDE_GESLOTEN_INSTELLING, JEUGD, maart, 2);
        for (Drie d : SGG_AANTALLEN) {
            t.tel(Grootheid.SGG, d.sector(), maart, d.totaal() + d.calamiteit() + d.ontslag());
            t.tel(Grootheid.SGG_PROFESSIONAL, d.sector(), maart, d.totaal());
            t.tel(Grootheid.SGG_TUSSEN_CLIENTEN, d.sector(), maart, d.calamiteit());
            t.tel(Grootheid.SGG_OVERIG, d.sector(), maart, d.ontslag());
        }
        // a stock of open notifications at the start of each year (closed ≤ received + open)
        for (int jaar = JAAR - 2; jaar <= JAAR; jaar++) {
            for (Zorgsector sector : Zorgsector.values()) {
                t.tel(Grootheid.OPEN_BIJ_BEGIN, sector, YearMonth.of(jaar, 1), 1_000);
            }
        }
        // the comparison years: only their totals are printed (production table)
        t.tel(Grootheid.ONTVANGEN, GGZ, YearMonth.of(2020, 5), 11_703);
        t.tel(Grootheid.GESLOTEN, GGZ, YearMonth.of(2020, 5), 11_978);
        t.tel(Grootheid.ONTVANGEN, GGZ, YearMonth.of(2019, 5), 11_118);
        t.tel(Grootheid.GESLOTEN, GGZ, YearMonth.of(2019, 5), 11_655);
        return t;
    }

    static final Instant INGEVOERD = Instant.parse("2022-01-20T10:00:00Z");

    /** The production table's figures from outside Toezicht, entered and checked (and 15.280 closed in 2021). */
    static List<Handmatigcijfer> handmatig() {
        List<Handmatigcijfer> h = new ArrayList<>();
        Object[][] cijfers = {
            {"TELEFOONGESPREKKEN", 21_138L, 14_181L, 18_291L, "telefooncentrale Frontoffice"},
            {"EMAILS", 47_065L, 49_852L, 45_748L, "postsysteem Meldpunt"},
            {"PUBLICATIES", 867L, 23L, 30L, "website igj.nl"},
            {"NIEUWSBERICHTEN", 138L, 240L, 180L, "website igj.nl"},
            {"PERSVRAGEN", 481L, 508L, 575L, "registratie Communicatie"},
            {"KAMERVRAGEN", 72L, 111L, 124L, "registratie Bestuursondersteuning"},
            {"KLACHTEN_OVER_INSPECTIE", 76L, 68L, 93L, "klachtenregistratie IGJ"},
        };
        for (Object[] c : cijfers) {
            for (int i = 0; i < 3; i++) {
                h.add(cijfer((String) c[0], JAAR - i, (Long) c[1 + i], (String) c[4], ""));
            }
        }
        h.add(cijfer("GESLOTEN", 2021, 15_280, "jaarbeeld 2021, tabel Overige productie-indicatoren", "zoals gedrukt"));
        // an unchecked newer version does not count, nor does an older checked one
        h.add(new Handmatigcijfer(JAAR, "TELEFOONGESPREKKEN", 2, 99_999, "fout", "", "analist", INGEVOERD, null, null));
        return h;
    }

    private static Handmatigcijfer cijfer(String grootheid, int jaar, long waarde, String bron, String toelichting) {
        return new Handmatigcijfer(
                jaar, grootheid, 1, waarde, bron, toelichting, "analist", INGEVOERD, "analist.twee", INGEVOERD);
    }
}
