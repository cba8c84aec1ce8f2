package nl.toezicht.cijfers;

import static nl.toezicht.kern.Zorgsector.EERSTELIJNSZORG;
import static nl.toezicht.kern.Zorgsector.FARMACEUTISCHE_PRODUCTEN;
import static nl.toezicht.kern.Zorgsector.GEHANDICAPTENZORG;
import static nl.toezicht.kern.Zorgsector.GGZ;
import static nl.toezicht.kern.Zorgsector.MEDISCHE_TECHNOLOGIE;
import static nl.toezicht.kern.Zorgsector.MEDISCH_SPECIALISTISCHE_ZORG;
import static nl.toezicht.kern.Zorgsector.NETWERKZORG;
import static nl.toezicht.kern.Zorgsector.PREVENTIE;
import static nl.toezicht.kern.Zorgsector.SECTOROVERSTIJGEND;
import static nl.toezicht.kern.Zorgsector.VERZORGING_EN_VERPLEGING;
import static nl.toezicht.kern.Zorgsector.ZORG_VOOR_ASIELZOEKERS_EN_JUSTITIABELEN;

import java.time.YearMonth;
import java.util.List;
import nl.toezicht.kern.Zorgsector;
import org.jspecify.annotations.Nullable;

/**
 * The fixed data set of the golden tests: one year of notifications whose published tables are known to
 * the digit, with the edge cases 0 (Jeugd), 1–4 (Farmaceutische Producten 1, GGZ 4), 5 (Medische
 * Technologie), 14, 15, 25 and half up at x5 (1.005 → 1.010, 45 → 50), a lone small cell that needs
 * secondary suppression under the rule set that has it, and a column whose rounded cells do not add up to the rounded total. The same set
 * is counted from a {@link Telling} (unit test) and inserted as rows (integration test).
 */
final class Gouden {

    /** Identical notifications: sector, kind, channel, flags, month received, how many, month closed (0: open). */
    record Groep(
            Zorgsector sector,
            String soort,
            String kanaal,
            boolean overleden,
            boolean suicide,
            @Nullable String sgg,
            int maand,
            int aantal,
            int geslotenInMaand) {

        static Groep van(Zorgsector sector, String soort, int aantal) {
            return new Groep(sector, soort, "WEBFORMULIER", false, false, null, 3, aantal, 0);
        }
    }

    static final List<Groep> GROEPEN = List.of(
            Groep.van(FARMACEUTISCHE_PRODUCTEN, "OVERIG", 1),
            Groep.van(GGZ, "CALAMITEIT", 3),
            Groep.van(GGZ, "OVERIG", 1),
            Groep.van(MEDISCHE_TECHNOLOGIE, "INCIDENT_MEDISCH_HULPMIDDEL", 5),
            Groep.van(VERZORGING_EN_VERPLEGING, "CALAMITEIT", 8),
            Groep.van(VERZORGING_EN_VERPLEGING, "ONTSLAG_WEGENS_DISFUNCTIONEREN", 5),
            Groep.van(VERZORGING_EN_VERPLEGING, "OVERIG", 1),
            Groep.van(EERSTELIJNSZORG, "CALAMITEIT", 7),
            Groep.van(EERSTELIJNSZORG, "ONTSLAG_WEGENS_DISFUNCTIONEREN", 5),
            Groep.van(EERSTELIJNSZORG, "OVERIG", 3),
            Groep.van(ZORG_VOOR_ASIELZOEKERS_EN_JUSTITIABELEN, "ONTSLAG_WEGENS_DISFUNCTIONEREN", 5),
            Groep.van(ZORG_VOOR_ASIELZOEKERS_EN_JUSTITIABELEN, "OVERIG", 20),
            Groep.van(GEHANDICAPTENZORG, "OVERIG", 16),
            new Groep(
                    GEHANDICAPTENZORG,
                    "GEWELD_IN_ZORGRELATIE",
                    "TELEFOON",
                    false,
                    false,
                    "PROFESSIONAL_BETROKKEN",
                    5,
                    6,
                    0),
            new Groep(GEHANDICAPTENZORG, "GEWELD_IN_ZORGRELATIE", "EMAIL", false, false, "TUSSEN_CLIENTEN", 6, 2, 0),
            Groep.van(MEDISCH_SPECIALISTISCHE_ZORG, "CALAMITEIT", 500),
            Groep.van(MEDISCH_SPECIALISTISCHE_ZORG, "OVERIG", 505),
            Groep.van(NETWERKZORG, "OVERIG", 44),
            Groep.van(PREVENTIE, "OVERIG", 45),
            new Groep(SECTOROVERSTIJGEND, "CALAMITEIT", "WEBFORMULIER", true, true, null, 7, 12, 11),
            new Groep(SECTOROVERSTIJGEND, "CALAMITEIT", "WEBFORMULIER", true, false, null, 7, 18, 11),
            new Groep(SECTOROVERSTIJGEND, "OVERIG", "WEBFORMULIER", false, false, null, 8, 70, 0));

    /** Published table "Ontvangen meldingen": per row the texts of Ontvangen, calamiteit, ontslag (one year). */
    static final List<List<String>> ONTVANGEN = List.of(
            List.of("Jeugd", "0", "0", "0"),
            List.of("Farmaceutische Producten", "<5", "0", "0"),
            List.of("GGZ", "<5", "<5", "0"),
            List.of("Medische Technologie", "10", "0", "0"),
            List.of("Verzorging en Verpleging", "10", "10", "10"),
            List.of("Eerstelijnszorg", "20", "10", "10"),
            List.of("Zorg voor Asielzoekers en Justitiabelen", "30", "0", "10"),
            List.of("Gehandicaptenzorg", "20", "0", "0"),
            List.of("Medisch Specialistische Zorg", "1.010", "500", "0"),
            List.of("Netwerkzorg", "40", "0", "0"),
            List.of("Preventie", "50", "0", "0"),
            List.of("Sectoroverstijgend", "100", "30", "0"),
            List.of("Totaal", "1.280", "550", "20"));

    /** Published SGG rows of Gehandicaptenzorg and the total: total, professional, between clients, other. */
    static final List<String> SGG_GEHANDICAPTENZORG = List.of("10", "10", "<5", "0");

    static final List<String> SGG_TOTAAL = List.of("10", "10", "<5", "0");

    /** The same rows under rule set {@link Regelset#AFGEROND_MET_ONDERDRUKKING}: a lone small cell protected. */
    static final List<String> SGG_GEHANDICAPTENZORG_ONDERDRUKT = List.of("10", "x", "<5", "0");

    static final List<String> SGG_TOTAAL_ONDERDRUKT = List.of("10", "x", "<5", "0");

    /** The counts of the set for one year, as the notification source would deliver them. */
    static Telling telling(int jaar) {
        Telling t = new Telling();
        new MeldingTelbron(null, null).grootheden().forEach(t::kent);
        for (Groep g : GROEPEN) {
            YearMonth m = YearMonth.of(jaar, g.maand());
            long n = g.aantal();
            t.tel(Grootheid.ONTVANGEN, g.sector(), m, n);
            t.tel(Grootheid.ONTVANGEN_CALAMITEIT, g.sector(), m, g.soort().equals("CALAMITEIT") ? n : 0);
            t.tel(
                    Grootheid.ONTVANGEN_ONTSLAG,
                    g.sector(),
                    m,
                    g.soort().equals("ONTSLAG_WEGENS_DISFUNCTIONEREN") ? n : 0);
            t.tel(Grootheid.OVERLEDEN, g.sector(), m, g.overleden() ? n : 0);
            t.tel(Grootheid.SUICIDE, g.sector(), m, g.suicide() ? n : 0);
            t.tel(Grootheid.SGG, g.sector(), m, g.sgg() != null ? n : 0);
            t.tel(Grootheid.SGG_PROFESSIONAL, g.sector(), m, "PROFESSIONAL_BETROKKEN".equals(g.sgg()) ? n : 0);
            t.tel(Grootheid.SGG_TUSSEN_CLIENTEN, g.sector(), m, "TUSSEN_CLIENTEN".equals(g.sgg()) ? n : 0);
            t.tel(Grootheid.PER_TELEFOON, g.sector(), m, g.kanaal().equals("TELEFOON") ? n : 0);
            t.tel(Grootheid.PER_EMAIL, g.sector(), m, g.kanaal().equals("EMAIL") ? n : 0);
            if (g.geslotenInMaand() > 0) {
                YearMonth d = YearMonth.of(jaar, g.geslotenInMaand());
                t.tel(Grootheid.GESLOTEN, g.sector(), d, n);
                t.tel(Grootheid.GESLOTEN_CALAMITEIT, g.sector(), d, g.soort().equals("CALAMITEIT") ? n : 0);
            }
        }
        return t;
    }
}
