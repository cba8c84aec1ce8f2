package nl.toezicht.cijfers;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import nl.toezicht.kern.Pdfdruk;

/**
 * The figures as a chapter of a published annual report (issue 12, item 5), rendered from XHTML by
 * openhtmltopdf with Liberation Sans embedded: a title and a table of contents with page numbers; per table
 * a numbered caption, a header that fits (a table by sector groups its years under the measure, so no header
 * is wider than its column; a table by year has the years as its columns), the rows with their published
 * texts aligned on the right, the total row under a rule, and the footnotes numbered in row order with their
 * numbers at the rows they concern; the disclosure rules once, at the end of the chapter; page numbers at
 * the foot of every page. It only lays out what the set holds: each cell's published text as it is.
 */
final class Jaarverslaghoofdstuk {

    private final Cijferset set;
    private final Optional<Vaststelling.Versie> versie;

    Jaarverslaghoofdstuk(Cijferset set, Optional<Vaststelling.Versie> versie) {
        this.set = set;
        this.versie = versie;
    }

    byte[] maak() {
        return Pdfdruk.pdf(html(), null);
    }

    private static final String STIJL = """
            @page { size: A4 landscape; margin: 18mm 20mm 20mm 20mm;
              @bottom-left { content: "%s"; font-family: 'Liberation Sans'; font-size: 8pt; color: #555; }
              @bottom-right { content: "Pagina " counter(page) " van " counter(pages);
                font-family: 'Liberation Sans'; font-size: 8pt; color: #555; } }
            body { font-family: 'Liberation Sans'; font-size: 9pt; color: #111; line-height: 1.3; }
            h1 { font-size: 22pt; margin: 0 0 4pt 0; color: #154273; }
            .kop { font-size: 8pt; color: #555; margin: 0 0 14pt 0; }
            h2 { font-size: 13pt; margin: 0 0 6pt 0; color: #154273; }
            .inhoud { width: 60%%; border-collapse: collapse; margin-bottom: 10pt; }
            .inhoud td { padding: 2pt 0; }
            .inhoud td.nr { width: 18pt; }
            .inhoud td.blz { text-align: right; width: 40pt; }
            .inhoud a { color: #111; text-decoration: none; }
            .inhoud a.blz::after { content: target-counter(attr(href), page); }
            section.tabel { page-break-inside: avoid; margin-top: 18pt; }
            section.tabel.eerste { page-break-before: always; margin-top: 0; }
            table.cijfers { border-collapse: separate; border-spacing: 0; table-layout: fixed; width: 100%%;
              -fs-table-paginate: paginate; }
            table.cijfers.smal { width: 82%%; }
            table.cijfers th, table.cijfers td { padding: 2.5pt 5pt; vertical-align: bottom; }
            table.cijfers thead th { font-weight: 700; text-align: right; font-size: 8.5pt; }
            table.cijfers thead th.label { text-align: left; }
            table.cijfers thead th.maat { text-align: center; border-bottom: 0.75pt solid #888;
              border-left: 6pt solid #fff; }
            table.cijfers thead tr.laatste th { border-bottom: 1pt solid #154273; padding-bottom: 3pt; }
            table.cijfers tbody tr:first-child td, table.cijfers tbody tr:first-child th { padding-top: 4pt; }
            table.cijfers tbody th { text-align: left; font-weight: 400; }
            table.cijfers td { text-align: right; white-space: nowrap; }
            table.cijfers tr.totaal th, table.cijfers tr.totaal td { font-weight: 700; border-top: 1pt solid #154273; }
            table.cijfers tbody tr { page-break-inside: avoid; }
            sup { font-size: 6.5pt; vertical-align: super; line-height: 0; }
            ol.noten { font-size: 8pt; margin: 6pt 0 0 0; padding-left: 14pt; color: #333; }
            .toelichting { page-break-inside: avoid; margin-top: 22pt; }
            .toelichting p { max-width: 180mm; }
            """;

    String html() {
        StringBuilder h = new StringBuilder(16_000);
        String titel = "Cijfers " + set.periodeOmschrijving();
        h.append("<!DOCTYPE html><html lang=\"nl\"><head><meta charset=\"UTF-8\"/><title>")
                .append(x(titel))
                .append("</title><meta name=\"author\" content=\"Toezicht\"/><style>")
                .append(STIJL.formatted(x(titel).replace("\"", "")))
                .append("</style></head><body>");
        h.append("<h1>").append(x(titel)).append("</h1>");
        h.append("<p class=\"kop\">").append(x(ondertitel())).append("</p>");
        h.append("<h2>Inhoud</h2><table class=\"inhoud\">");
        List<Tabel> tabellen = set.tabellen();
        for (int i = 0; i < tabellen.size(); i++) {
            Tabel t = tabellen.get(i);
            h.append("<tr><td class=\"nr\">")
                    .append(i + 1)
                    .append("</td><td><a href=\"#t-")
                    .append(x(t.id()))
                    .append("\">")
                    .append(x(t.titel()))
                    .append("</a></td><td class=\"blz\"><a class=\"blz\" href=\"#t-")
                    .append(x(t.id()))
                    .append("\"></a></td></tr>");
        }
        h.append("<tr><td class=\"nr\"></td><td><a href=\"#toelichting\">Toelichting: openbaarmaking</a></td>")
                .append("<td class=\"blz\"><a class=\"blz\" href=\"#toelichting\"></a></td></tr>");
        h.append("</table>");
        for (int i = 0; i < tabellen.size(); i++) {
            tabel(h, i + 1, tabellen.get(i));
        }
        // the rules once for the chapter; a table under other rules (unrounded counts of public decisions)
        // is named with its own
        Map<String, List<Integer>> regels = new LinkedHashMap<>();
        for (int i = 0; i < tabellen.size(); i++) {
            regels.computeIfAbsent(tabellen.get(i).regels(), r -> new ArrayList<>())
                    .add(i + 1);
        }
        String meest = regels.entrySet().stream()
                .max(Comparator.comparingInt(e -> e.getValue().size()))
                .map(Map.Entry::getKey)
                .orElse("");
        h.append("<section class=\"toelichting\" id=\"toelichting\"><h2>Toelichting: openbaarmaking</h2>");
        regels.forEach((r, nummers) -> {
            h.append("<p>");
            if (!r.equals(meest)) {
                h.append(nummers.size() == 1 ? "Tabel " : "Tabellen ")
                        .append(String.join(
                                ", ", nummers.stream().map(String::valueOf).toList()))
                        .append(": ");
            }
            h.append(x(r)).append("</p>");
        });
        h.append("</section></body></html>");
        return h.toString();
    }

    /** Approved or provisional, the version, the data cut-off (a Dutch date) and the rules version. */
    private String ondertitel() {
        String peil = java.time.format.DateTimeFormatter.ofPattern(
                        "d MMMM yyyy, HH:mm", java.util.Locale.forLanguageTag("nl-NL"))
                .withZone(nl.toezicht.kern.Tijdzone.NEDERLAND)
                .format(set.peilmoment());
        return versie.map(v -> "Vastgesteld, versie " + v.versie() + " (controlegetal "
                                + v.checksum().substring(0, 12) + "…)")
                        .orElse("Voorlopig: niet vastgesteld")
                + " · gegevens tot " + peil + " · regels versie " + set.regelsVersie();
    }

    private void tabel(StringBuilder h, int nummer, Tabel t) {
        h.append("<section class=\"tabel")
                .append(nummer == 1 ? " eerste" : "")
                .append("\" id=\"t-")
                .append(x(t.id()))
                .append("\">");
        h.append("<h2>Tabel ")
                .append(nummer)
                .append(". ")
                .append(x(t.titel()))
                .append(" – ")
                .append(x(set.periodeOmschrijving()))
                .append("</h2>");
        List<String> noten = voetnotenInRijvolgorde(t);
        boolean perJaar = Tabeldefinitie.Indeling.JAREN.name().equals(t.indeling());
        List<Kop> maten = perJaar ? List.of() : maten(t);
        int kolommen = t.kolomkoppen().size();
        boolean smal = kolommen <= 4;
        // fixed widths: the label a quarter (more for a narrow table), the figures sharing the rest equally
        double label = smal ? 58 : 26;
        h.append(smal ? "<table class=\"cijfers smal\">" : "<table class=\"cijfers\">");
        h.append("<colgroup><col style=\"width: ").append(label).append("%\"/>");
        for (int k = 0; k < kolommen; k++) {
            h.append("<col style=\"width: ")
                    .append(String.format(java.util.Locale.ROOT, "%.3f", (100 - label) / kolommen))
                    .append("%\"/>");
        }
        h.append("</colgroup><thead>");
        boolean gegroepeerd = maten.stream().anyMatch(m -> m.breedte() > 1);
        if (gegroepeerd) {
            h.append("<tr><th class=\"label\" rowspan=\"2\"></th>");
            for (Kop m : maten) {
                h.append("<th class=\"maat\" colspan=\"")
                        .append(m.breedte())
                        .append("\">")
                        .append(x(m.tekst()))
                        .append("</th>");
            }
            h.append("</tr><tr class=\"laatste\">");
            for (int k = 0; k < t.kolomkoppen().size(); k++) {
                h.append("<th>")
                        .append(jaar(t, k))
                        .append(kolomnoten(t, noten, k))
                        .append("</th>");
            }
        } else {
            h.append("<tr class=\"laatste\"><th class=\"label\"></th>");
            for (int k = 0; k < t.kolomkoppen().size(); k++) {
                h.append("<th>")
                        .append(x(t.kolomkoppen().get(k)))
                        .append(kolomnoten(t, noten, k))
                        .append("</th>");
            }
        }
        h.append("</tr></thead><tbody>");
        for (Rij rij : t.rijen()) {
            h.append(rij.totaal() ? "<tr class=\"totaal\">" : "<tr>");
            h.append("<th>").append(x(rij.label()));
            List<Integer> verwijzingen = new ArrayList<>();
            for (int n = 0; n < noten.size(); n++) {
                if (rijVan(t, noten.get(n)) == t.rijen().indexOf(rij)) {
                    verwijzingen.add(n + 1);
                }
            }
            if (!verwijzingen.isEmpty()) {
                h.append("<sup>")
                        .append(String.join(
                                ",", verwijzingen.stream().map(String::valueOf).toList()))
                        .append("</sup>");
            }
            h.append("</th>");
            for (Cel cel : rij.cellen()) {
                // a manual figure is marked as such in every output (issue 12 item 4)
                h.append("<td>")
                        .append(x(
                                cel.markering() == Cel.Markering.HANDMATIG
                                        ? cel.tekst() + " " + Handmatigcijfer.MARKERING
                                        : cel.tekst()))
                        .append("</td>");
            }
            h.append("</tr>");
        }
        h.append("</tbody></table>");
        if (!noten.isEmpty()) {
            h.append("<ol class=\"noten\">");
            noten.forEach(n -> h.append("<li>").append(x(n)).append("</li>"));
            h.append("</ol>");
        }
        h.append("</section>");
    }

    /** The numbers of the footnotes that name a column ("de kolom ‘Ontvangen 2021’"), as a superscript. */
    private static String kolomnoten(Tabel t, List<String> noten, int kolom) {
        List<String> nummers = new ArrayList<>();
        for (int n = 0; n < noten.size(); n++) {
            if (rijVan(t, noten.get(n)) < 0
                    && noten.get(n).contains("‘" + t.kolomkoppen().get(kolom) + "’")) {
                nummers.add(String.valueOf(n + 1));
            }
        }
        return nummers.isEmpty() ? "" : "<sup>" + String.join(",", nummers) + "</sup>";
    }

    /** A measure over its years (its adjacent columns). */
    record Kop(String tekst, int breedte) {}

    /** The measures of a table by sector, each over its adjacent year columns, named without the year. */
    static List<Kop> maten(Tabel t) {
        List<Kop> maten = new ArrayList<>();
        if (t.rijen().isEmpty()) {
            return maten;
        }
        List<Cel> eerste = t.rijen().get(0).cellen();
        int i = 0;
        while (i < eerste.size()) {
            String grootheid = eerste.get(i).grootheid();
            int j = i;
            while (j < eerste.size() && eerste.get(j).grootheid().equals(grootheid)) {
                j++;
            }
            maten.add(new Kop(zonderJaar(t.kolomkoppen().get(i), eerste.get(i).jaar()), j - i));
            i = j;
        }
        return maten;
    }

    private static String zonderJaar(String kop, int jaar) {
        String staart = " " + jaar;
        return kop.endsWith(staart) ? kop.substring(0, kop.length() - staart.length()) : kop;
    }

    private static String jaar(Tabel t, int kolom) {
        return String.valueOf(t.rijen().get(0).cellen().get(kolom).jaar());
    }

    /**
     * The footnotes in the order of the rows they name (a reader meets them top to bottom); notes about a
     * column or the whole table after them, in their own order.
     */
    static List<String> voetnotenInRijvolgorde(Tabel t) {
        List<String> noten = new ArrayList<>(t.voetnoten());
        noten.sort(Comparator.comparingInt(n -> {
            int r = rijVan(t, n);
            return r < 0 ? Integer.MAX_VALUE : r;
        }));
        return noten;
    }

    /** The row a footnote names ("rij GGZ", or a measure's label in a table by year), or -1. */
    static int rijVan(Tabel t, String noot) {
        int beste = -1;
        int lengte = 0;
        for (int r = 0; r < t.rijen().size(); r++) {
            String label = t.rijen().get(r).label();
            boolean genoemd = noot.contains("rij " + label)
                    || noot.contains("rij '" + label + "'")
                    || (Tabeldefinitie.Indeling.JAREN.name().equals(t.indeling()) && noot.contains(label));
            // the longest label that matches ("Meldingen per e-mail" over "Meldingen")
            if (genoemd && label.length() > lengte) {
                beste = r;
                lengte = label.length();
            }
        }
        return beste;
    }

    /** Text for XHTML. */
    private static String x(String tekst) {
        return tekst.replace("&", "&amp;")
                .replace("<", "&lt;")
                .replace(">", "&gt;")
                .replace("\"", "&quot;");
    }
}
