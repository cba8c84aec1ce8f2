package nl.toezicht.cijfers.web;

import java.text.NumberFormat;
import java.time.Month;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.toezicht.cijfers.Cel;
import nl.toezicht.cijfers.Cijferset;
import nl.toezicht.cijfers.Handmatigcijfer;
import nl.toezicht.cijfers.Openbaarmakingsregels;
import nl.toezicht.cijfers.Regelset;
import nl.toezicht.cijfers.Rij;
import nl.toezicht.cijfers.Tabel;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;

/**
 * A set of figures as the page shows it, in the reader's language (issue 11, defect 18). The stored set is
 * Dutch and frozen once approved, so the words are looked up here by what they stand for (a table's id, a
 * measure's code, a sector) with the stored Dutch as the default, and numbers are written in the reader's
 * format, unrounded counts included. Tables by sector get two header rows: the measure, then the years.
 */
final class Cijferweergave {

    /** A header over {@code breedte} columns. */
    record Kop(String tekst, int breedte) {}

    /**
     * @param ongeafrond the unrounded count, for analysts, in the same format as the published text
     */
    record Celweergave(
            String tekst, boolean verborgen, @Nullable String ongeafrond) {}

    record Rijweergave(String label, boolean totaal, List<Celweergave> cellen) {}

    /**
     * @param maten the measures over their years (tables by sector), or empty (tables by year)
     * @param kolommen the header of every column: a year, or a period in a table by year
     */
    record Tabelweergave(
            String id,
            String titel,
            List<Kop> maten,
            List<String> kolommen,
            List<Rijweergave> rijen,
            List<String> voetnoten,
            String regels) {

        public boolean tweeNiveaus() {
            return !maten.isEmpty();
        }
    }

    private static final Pattern TELT_NIET_OP = Pattern.compile(
            "De afgeronde cijfers van (.+) tellen niet op tot het afgeronde totaal: het totaal is afgerond uit de"
                    + " niet-afgeronde aantallen\\.");
    private static final Pattern KOLOM = Pattern.compile("kolom '(.+)'");
    private static final Pattern RIJ = Pattern.compile("rij (.+) \\('(.+)'\\)");

    private final MessageSource berichten;
    private final Locale taal;
    private final boolean nederlands;
    private final NumberFormat getallen;
    private final Openbaarmakingsregels regels;

    Cijferweergave(MessageSource berichten, Locale taal, Openbaarmakingsregels regels) {
        this.berichten = berichten;
        this.regels = regels;
        this.nederlands = !taal.getLanguage().equals("en");
        this.taal = nederlands ? Locale.forLanguageTag("nl-NL") : Locale.ENGLISH;
        this.getallen = NumberFormat.getIntegerInstance(this.taal);
    }

    String tekst(String sleutel, String standaard, Object... argumenten) {
        return berichten.getMessage(sleutel, argumenten, standaard, taal);
    }

    String getal(long waarde) {
        return getallen.format(waarde);
    }

    /** The name of a period without its year: "Heel jaar", "1e kwartaal", "maart". */
    String periodenaam(String code) {
        String[] delen = code.split("-");
        return switch (delen[0]) {
            case "halfjaar" -> tekst("cijfers.periode.halfjaar.n", delen[1] + "e halfjaar", delen[1]);
            case "kwartaal" -> tekst("cijfers.periode.kwartaal.n", delen[1] + "e kwartaal", delen[1]);
            case "maand" -> Month.of(Integer.parseInt(delen[1])).getDisplayName(TextStyle.FULL_STANDALONE, taal);
            default -> tekst("cijfers.periode.jaar", "Heel jaar");
        };
    }

    /** A period with its year: "2021", "1e kwartaal 2021", "maart 2021". */
    String periode(int jaar, String code) {
        return code.equals("jaar") ? String.valueOf(jaar) : periodenaam(code) + " " + jaar;
    }

    /** A month of a series ({@code 2021-03}), short for an axis or in full for a tooltip. */
    String maand(String jaarMaand, boolean kort) {
        Month maand = Month.of(Integer.parseInt(jaarMaand.substring(5, 7)));
        if (!kort) {
            return maand.getDisplayName(TextStyle.FULL_STANDALONE, taal) + " " + jaarMaand.substring(0, 4);
        }
        return maand.getDisplayName(TextStyle.SHORT_STANDALONE, taal).replace(".", "");
    }

    String sector(String sleutel, String standaard) {
        return Cel.TOTAAL.equals(sleutel)
                ? tekst("cijfers.totaal", "Totaal")
                : tekst("zorgsector." + sleutel, standaard);
    }

    /** A measure's header in a table, e.g. "Waarvan calamiteit". */
    String maat(String tabel, String grootheid, String standaard) {
        return tekst("cijfers.kop." + tabel + "." + grootheid, standaard);
    }

    /** The published text of a cell in the reader's format ("1.230" or "1,230", "n.b." or "n/a"). */
    String celtekst(Cel cel) {
        if (cel.markering() == Cel.Markering.NIET_IN_TOEZICHT) {
            return tekst("cijfers.cel.niet-in-toezicht", cel.tekst());
        }
        if (cel.markering() == Cel.Markering.HANDMATIG) {
            // a manual figure: marked, its source in the footnotes
            return (nederlands ? cel.tekst() : getal(cel.gepubliceerdGetal())) + " " + Handmatigcijfer.MARKERING;
        }
        if (cel.markering() == Cel.Markering.GETAL && !nederlands) {
            return getal(Long.parseLong(cel.tekst().replace(".", "")));
        }
        return cel.tekst();
    }

    List<Tabelweergave> tabellen(Cijferset set, boolean ongeafrond) {
        return set.tabellen().stream().map(t -> tabel(t, set, ongeafrond)).toList();
    }

    private Tabelweergave tabel(Tabel t, Cijferset set, boolean ongeafrond) {
        boolean perJaar = "JAREN".equals(t.indeling());
        List<Kop> maten = new ArrayList<>();
        List<String> kolommen = new ArrayList<>();
        if (perJaar) {
            set.jaren().forEach(j -> kolommen.add(periode(j, set.periode())));
        } else if (!t.rijen().isEmpty()) {
            List<Cel> eerste = t.rijen().get(0).cellen();
            int i = 0;
            while (i < eerste.size()) {
                String grootheid = eerste.get(i).grootheid();
                int j = i;
                while (j < eerste.size() && eerste.get(j).grootheid().equals(grootheid)) {
                    kolommen.add(String.valueOf(eerste.get(j).jaar()));
                    j++;
                }
                maten.add(new Kop(
                        maat(t.id(), grootheid, zonderJaar(t.kolomkoppen().get(i), eerste.get(i))), j - i));
                i = j;
            }
        }
        List<Rijweergave> rijen = t.rijen().stream()
                .map(r -> new Rijweergave(
                        rijlabel(t, r),
                        r.totaal(),
                        r.cellen().stream()
                                .map(c -> new Celweergave(
                                        celtekst(c),
                                        c.markering() == Cel.Markering.KLEIN
                                                || c.markering() == Cel.Markering.ONDERDRUKT,
                                        ongeafrond && c.waarde() != null ? getal(c.waarde()) : null))
                                .toList()))
                .toList();
        return new Tabelweergave(
                t.id(),
                tekst("cijfers.tabel." + t.id(), t.titel()),
                maten,
                kolommen,
                rijen,
                voetnoten(t),
                regels(t, set));
    }

    private String rijlabel(Tabel t, Rij r) {
        return "JAREN".equals(t.indeling()) ? maat(t.id(), r.sleutel(), r.label()) : sector(r.sleutel(), r.label());
    }

    /** The Dutch header of a measure without the year it carries in a comparing table ("Ontvangen 2021"). */
    private static String zonderJaar(String kop, Cel cel) {
        String jaar = " " + cel.jaar();
        return kop.endsWith(jaar) ? kop.substring(0, kop.length() - jaar.length()) : kop;
    }

    /** A column header of the stored table in the reader's words ("Ontvangen 2021" → "Received 2021"). */
    private String kolomkop(Tabel t, String kop) {
        int k = t.kolomkoppen().indexOf(kop);
        if (k < 0 || t.rijen().isEmpty() || k >= t.rijen().get(0).cellen().size()) {
            return kop;
        }
        Cel cel = t.rijen().get(0).cellen().get(k);
        String maat = maat(t.id(), cel.grootheid(), zonderJaar(kop, cel));
        return kop.endsWith(" " + cel.jaar()) ? maat + " " + cel.jaar() : maat;
    }

    /**
     * The footnotes in the reader's words, naming rows by their label (sets approved before issue 11 say
     * "rij 1"): a sum that does not add up after rounding, a figure not held in Toezicht, an explanation.
     */
    private List<String> voetnoten(Tabel t) {
        List<String> voetnoten = new ArrayList<>();
        int toelichting = 0;
        for (String voetnoot : t.voetnoten()) {
            Matcher som = TELT_NIET_OP.matcher(voetnoot);
            if (som.matches()) {
                voetnoten.add(tekst("cijfers.voetnoot.telt-niet-op", voetnoot, groep(t, som.group(1))));
                continue;
            }
            Rij nietInToezicht = t.rijen().stream()
                    .filter(r -> voetnoot.startsWith(r.label() + ": "))
                    .findFirst()
                    .orElse(null);
            if (nietInToezicht != null) {
                String reden = voetnoot.substring(nietInToezicht.label().length() + 2);
                voetnoten.add(rijlabel(t, nietInToezicht) + ": "
                        + tekst("cijfers.niet-in-toezicht." + nietInToezicht.sleutel(), reden));
                continue;
            }
            voetnoten.add(tekst("cijfers.toelichting." + t.id() + "." + toelichting++, voetnoot));
        }
        return voetnoten;
    }

    private String groep(Tabel t, String naam) {
        Matcher kolom = KOLOM.matcher(naam);
        if (kolom.matches()) {
            return tekst("cijfers.voetnoot.kolom", naam, kolomkop(t, kolom.group(1)));
        }
        Matcher rij = RIJ.matcher(naam);
        if (rij.matches()) {
            String label = rij.group(1);
            Rij gevonden = label.matches("\\d+")
                            && Integer.parseInt(label) <= t.rijen().size()
                    ? t.rijen().get(Integer.parseInt(label) - 1)
                    : t.rijen().stream()
                            .filter(r -> r.label().equals(label))
                            .findFirst()
                            .orElse(null);
            String rijnaam = gevonden == null ? label : rijlabel(t, gevonden);
            return tekst("cijfers.voetnoot.rij", naam, rijnaam, kolomkop(t, rij.group(2)));
        }
        return naam;
    }

    /** The period of a set, named the way the tables do. */
    String periodeOmschrijving(Cijferset set) {
        return periode(set.jaar(), set.periode());
    }

    /**
     * The disclosure rules in words: the stored Dutch, or in another language from the rules in force when the
     * set was made under them (a set under older rules keeps its Dutch text).
     */
    private String regels(Tabel t, Cijferset set) {
        Openbaarmakingsregels regels = Regelset.van(t.regelset())
                .map(Regelset::regels)
                .orElse(set.regelsVersie().equals(this.regels.versie()) ? this.regels : null);
        if (nederlands || regels == null) {
            return t.regels();
        }
        StringBuilder tekst = new StringBuilder();
        if (regels.afronding() > 1) {
            tekst.append(tekst("cijfers.regels.afronding", "", regels.afronding()))
                    .append(' ');
        }
        if (regels.drempel() > 1) {
            tekst.append(tekst("cijfers.regels.drempel", "", regels.drempel() - 1, regels.drempel()))
                    .append(' ');
        }
        if (regels.secundaireOnderdrukking()) {
            tekst.append(tekst("cijfers.regels.onderdrukt", "", Openbaarmakingsregels.ONDERDRUKT))
                    .append(' ');
        }
        tekst.append(tekst("cijfers.regels.niet-in-toezicht", "")).append(' ');
        return tekst.append(tekst("cijfers.regels.versie", "", regels.versie())).toString();
    }
}
