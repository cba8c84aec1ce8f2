package nl.toezicht.historie;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import nl.toezicht.handhaving.Aanleiding;
import nl.toezicht.handhaving.Dwangsomeenheid;
import nl.toezicht.handhaving.Maatregel;
import nl.toezicht.handhaving.Maatregellader;
import nl.toezicht.handhaving.Maatregellader.Gekeurd;
import nl.toezicht.handhaving.Maatregellader.Importmaatregel;
import nl.toezicht.handhaving.Maatregellader.Importstap;
import nl.toezicht.handhaving.Maatregelsoort;
import nl.toezicht.handhaving.Maatregelstap;
import nl.toezicht.kern.Stuurtekens;
import nl.toezicht.kern.Zorgsector;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/**
 * The record type {@code maatregel} of the exchange format (issue 15): a past enforcement measure with its steps on
 * their original days and its money as exact decimals. Read here, judged by handhaving's rules
 * ({@link Maatregellader#keur}: the kind's money, the order and kind of its steps) without the live flow, and
 * written by handhaving's bulk writer, marked as imported (decision 0030; docs/historie-import.md, "Maatregelen").
 */
final class Maatregelregels {

    private Maatregelregels() {}

    /** A step as the file gives it. */
    record Stap(
            Maatregelstap stap,
            LocalDate op,
            @Nullable BigDecimal bedrag,
            @Nullable LocalDate termijnTot,
            @Nullable String toelichting) {}

    /** A measure as the file gives it; {@code zorgaanbieder} and {@code locatie} are legacy ids. */
    record Gegevens(
            Maatregelsoort soort,
            Zorgsector afdeling,
            String zorgaanbieder,
            @Nullable String locatie,
            @Nullable String beroepsbeoefenaar,
            Aanleiding aanleiding,
            @Nullable String aanleidingKenmerk,
            String wet,
            String artikel,
            String omschrijving,
            @Nullable BigDecimal bedrag,
            @Nullable Dwangsomeenheid eenheid,
            @Nullable BigDecimal maximum,
            @Nullable LocalDate rapportdatum,
            List<Stap> stappen,
            @Nullable BigDecimal verbeurd,
            @Nullable BigDecimal gefactureerd,
            @Nullable BigDecimal betaald,
            @Nullable BigDecimal afgeschreven) {}

    /** The fields a line of this type may hold: the schema's (docs/import/historie.schema.json). */
    static Historierecord.Maatregel lees(Regelparser.Velden v) {
        String id = v.id();
        Maatregelsoort soort = v.waarde("soort", Maatregelsoort.class, true);
        Zorgsector afdeling = Regelparser.sector(v.verplicht("afdeling"), v.pad("afdeling"));
        List<JsonNode> lijst = v.lijst("stappen", true);
        if (lijst.isEmpty()) {
            throw new Regelfout(v.pad("stappen"), "historie.maatregel.stappen.verplicht");
        }
        List<Stap> stappen = new ArrayList<>();
        for (int i = 0; i < lijst.size(); i++) {
            Regelparser.Velden s = v.object(lijst.get(i), "stappen[" + i + "]");
            stappen.add(new Stap(
                    s.waarde("stap", Maatregelstap.class, true),
                    s.datum("op", true),
                    bedrag(s, "bedrag"),
                    s.datum("termijnTot", false),
                    tekst(s, "toelichting", false)));
            s.geenOnbekende();
        }
        Aanleiding aanleiding = v.waarde("aanleiding", Aanleiding.class, false);
        return new Historierecord.Maatregel(
                id,
                new Gegevens(
                        soort,
                        afdeling,
                        tekst(v, "zorgaanbieder", true),
                        tekst(v, "locatie", false),
                        tekst(v, "beroepsbeoefenaar", false),
                        aanleiding == null ? Aanleiding.SIGNAAL : aanleiding,
                        tekst(v, "aanleidingKenmerk", false),
                        tekst(v, "wet", true),
                        tekst(v, "artikel", true),
                        tekst(v, "omschrijving", true),
                        bedrag(v, "bedrag"),
                        v.waarde("eenheid", Dwangsomeenheid.class, false),
                        bedrag(v, "maximum"),
                        v.datum("rapportdatum", false),
                        stappen,
                        bedrag(v, "verbeurd"),
                        bedrag(v, "gefactureerd"),
                        bedrag(v, "betaald"),
                        bedrag(v, "afgeschreven")));
    }

    /** Text without control characters (hostile text: a terminal escape, a NUL, a bidi override). */
    @SuppressWarnings("NullAway")
    private static @Nullable String tekst(Regelparser.Velden v, String veld, boolean verplicht) {
        String tekst = v.tekst(veld, verplicht);
        if (Stuurtekens.bevat(tekst)) {
            throw new Regelfout(v.pad(veld), "historie.veld.stuurteken");
        }
        return tekst;
    }

    /**
     * An amount in euro, exact: a JSON number or a text of digits ({@code 1250.5}, {@code "1250.50"}); more than
     * two decimals or a negative amount is refused, never rounded.
     */
    private static @Nullable BigDecimal bedrag(Regelparser.Velden v, String veld) {
        JsonNode node = v.optioneel(veld);
        if (node == null) {
            return null;
        }
        BigDecimal bedrag;
        try {
            if (node.isNumber()) {
                bedrag = node.isIntegralNumber() ? new BigDecimal(node.bigIntegerValue()) : node.decimalValue();
            } else if (node.isString() && node.stringValue().strip().matches("-?[0-9]+(\\.[0-9]+)?")) {
                bedrag = new BigDecimal(node.stringValue().strip());
            } else {
                throw new Regelfout(v.pad(veld), "historie.veld.bedrag");
            }
        } catch (NumberFormatException | ArithmeticException e) {
            throw new Regelfout(v.pad(veld), "historie.veld.bedrag");
        }
        if (bedrag.signum() < 0) {
            throw new Regelfout(v.pad(veld), "historie.bedrag.negatief");
        }
        if (bedrag.stripTrailingZeros().scale() > 2) {
            throw new Regelfout(v.pad(veld), "historie.bedrag.centen");
        }
        return bedrag.setScale(Math.max(2, bedrag.scale()));
    }

    /**
     * Judges a measure whose provider (and location) the caller resolved: no step in the future, then
     * handhaving's rules; the totals the file gives must be what the steps add up to.
     */
    static Gekeurd keur(
            Maatregellader lader,
            Historierecord.Maatregel r,
            UUID zorgaanbieder,
            @Nullable UUID locatie,
            long nummer,
            LocalDate vandaag,
            java.time.Instant nu) {
        Gegevens g = r.gegevens();
        List<Importstap> stappen = new ArrayList<>(g.stappen().size());
        for (int i = 0; i < g.stappen().size(); i++) {
            Stap s = g.stappen().get(i);
            if (s.op().isAfter(vandaag)) {
                throw new Regelfout("stappen[" + i + "].op", "historie.moment.toekomst");
            }
            stappen.add(new Importstap(s.stap(), s.op(), s.bedrag(), s.termijnTot(), s.toelichting()));
        }
        if (g.rapportdatum() != null && g.soort() != Maatregelsoort.BESTUURLIJKE_BOETE) {
            throw new Regelfout("rapportdatum", "historie.maatregel.rapportdatum");
        }
        Gekeurd gekeurd = lader.keur(
                new Importmaatregel(
                        g.soort(),
                        g.afdeling(),
                        zorgaanbieder,
                        locatie,
                        g.beroepsbeoefenaar(),
                        new Maatregel.Inhoud(
                                g.aanleiding(), g.aanleidingKenmerk(), g.wet(), g.artikel(), g.omschrijving()),
                        new Maatregel.Geld(g.bedrag(), g.eenheid(), g.maximum()),
                        g.rapportdatum(),
                        stappen),
                nummer,
                Inlezer.SYSTEEM,
                nu);
        Maatregellader.Eindgeld geld = gekeurd.geld();
        klopt("verbeurd", g.verbeurd(), geld.verbeurd());
        klopt("gefactureerd", g.gefactureerd(), geld.gefactureerd());
        klopt("betaald", g.betaald(), geld.betaald());
        klopt("afgeschreven", g.afgeschreven(), geld.afgeschreven());
        return gekeurd;
    }

    private static void klopt(String veld, @Nullable BigDecimal gegeven, BigDecimal uitStappen) {
        if (gegeven != null && gegeven.compareTo(uitStappen) != 0) {
            throw new Regelfout(veld, "historie.maatregel.geld", gegeven.toPlainString(), uitStappen.toPlainString());
        }
    }

    /** The year a measure is counted in by the reconciliation: of its decision, or of its preparation. */
    static int jaar(Historierecord.Maatregel r) {
        for (Stap s : r.gegevens().stappen()) {
            if (s.stap() == Maatregelstap.BESLUIT_VERZENDEN) {
                return s.op().getYear();
            }
        }
        return r.gegevens().stappen().get(0).op().getYear();
    }

    /**
     * The export: every measure after the cases, its provider and location by their Toezicht ids, its steps with
     * their days and amounts, its money as decimals.
     */
    static final String EXPORT = "select json_strip_nulls(json_build_object('type', 'maatregel', 'id', m.id::text,"
            + " 'soort', m.soort, 'afdeling', m.afdeling, 'zorgaanbieder', m.zorgaanbieder_id::text,"
            + " 'locatie', m.locatie_id::text, 'beroepsbeoefenaar', m.beroepsbeoefenaar, 'aanleiding', m.aanleiding,"
            + " 'aanleidingKenmerk', m.aanleiding_kenmerk, 'wet', m.wet, 'artikel', m.artikel,"
            + " 'omschrijving', m.omschrijving, 'bedrag', m.bedrag::text, 'eenheid', m.dwangsom_eenheid,"
            + " 'maximum', m.maximum::text, 'rapportdatum', m.rapportdatum,"
            + " 'stappen', (select json_agg(json_strip_nulls(json_build_object('stap', s.stap, 'op', s.dag,"
            + " 'bedrag', case when s.stap in ('VERBEURTE_VASTSTELLEN', 'BETALING_VASTLEGGEN', 'AFSCHRIJVEN')"
            + " then s.bedrag::text end,"
            + " 'termijnTot', case when s.stap = 'BESLUIT_VERZENDEN' then m.termijn_tot end,"
            + " 'toelichting', s.toelichting)) order by s.volgnummer)"
            + " from handhaving.maatregelstap_uitwisseling s where s.maatregel = m.id),"
            + " 'verbeurd', m.verbeurd::text, 'gefactureerd', m.gefactureerd::text, 'betaald', m.betaald::text,"
            + " 'afgeschreven', m.afgeschreven::text))::text"
            + " from handhaving.maatregel_uitwisseling m order by m.aangemaakt_op, m.id";
}
