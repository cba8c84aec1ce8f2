package nl.toezicht.cijfers.web;

import java.util.List;
import java.util.Locale;
import java.util.function.LongFunction;
import org.springframework.web.util.HtmlUtils;

/**
 * Charts drawn on the server as SVG: no script, no inline style (the CSP forbids both); colours and
 * fonts come from classes in {@code /assets/css/toezicht.css}. Each chart has a title and a text
 * alternative, and every bar and point a tooltip with its figure.
 */
final class Grafieken {

    record Staaf(String label, long waarde, String tekst) {}

    record Lijn(String naam, List<Long> waarden) {}

    /**
     * The months along the x axis, in the reader's language, and how a number is written.
     *
     * @param kort labels under the axis ("mrt")
     * @param lang names in tooltips ("maart 2021")
     */
    record As(List<String> kort, List<String> lang, LongFunction<String> getal) {}

    private Grafieken() {}

    /** Horizontal bars, one per sector. */
    static String staven(String titel, List<Staaf> staven) {
        int breedte = 720;
        int labelbreedte = 260;
        int hoogte = 22;
        int h = staven.size() * hoogte + 20;
        long max = Math.max(1, staven.stream().mapToLong(Staaf::waarde).max().orElse(1));
        StringBuilder svg = begin(breedte, h, titel);
        for (int i = 0; i < staven.size(); i++) {
            Staaf s = staven.get(i);
            int y = i * hoogte + 4;
            double w = (breedte - labelbreedte - 70) * (double) s.waarde() / max;
            svg.append("<text class=\"grafiek-label\" x=\"")
                    .append(labelbreedte - 8)
                    .append("\" y=\"")
                    .append(y + 14)
                    .append("\" text-anchor=\"end\">")
                    .append(esc(s.label()))
                    .append("</text>");
            svg.append("<rect class=\"staaf\" x=\"")
                    .append(labelbreedte)
                    .append("\" y=\"")
                    .append(y)
                    .append("\" width=\"")
                    .append(getal(w))
                    .append("\" height=\"")
                    .append(hoogte - 6)
                    .append("\"><title>")
                    .append(esc(s.label() + ": " + s.tekst()))
                    .append("</title></rect>");
            svg.append("<text class=\"grafiek-waarde\" x=\"")
                    .append(getal(labelbreedte + w + 6))
                    .append("\" y=\"")
                    .append(y + 14)
                    .append("\">")
                    .append(esc(s.tekst()))
                    .append("</text>");
        }
        return svg.append("</svg>").toString();
    }

    /** Lines over the months, with a legend and a y axis in round steps with light grid lines. */
    static String lijnen(String titel, As as, List<Lijn> lijnen, int breedte, int hoogte) {
        List<String> maanden = as.kort();
        int links = 50;
        int onder = 40;
        int boven = 10;
        int rechts = 10;
        int legenda = lijnen.size() > 1 ? 20 * lijnen.size() : 0;
        int totaal = hoogte + legenda;
        long max = Math.max(
                1,
                lijnen.stream()
                        .flatMap(l -> l.waarden().stream())
                        .mapToLong(Long::longValue)
                        .max()
                        .orElse(1));
        double dx = maanden.size() > 1 ? (double) (breedte - links - rechts) / (maanden.size() - 1) : 0;
        long stap = stap(max);
        long top = (max + stap - 1) / stap * stap;
        double schaal = (double) (hoogte - onder - boven) / top;
        StringBuilder svg = begin(breedte, totaal, titel);
        int basis = hoogte - onder;
        svg.append("<line class=\"as\" x1=\"")
                .append(links)
                .append("\" y1=\"")
                .append(basis)
                .append("\" x2=\"")
                .append(breedte - rechts)
                .append("\" y2=\"")
                .append(basis)
                .append("\"/>");
        svg.append("<line class=\"as\" x1=\"")
                .append(links)
                .append("\" y1=\"")
                .append(boven)
                .append("\" x2=\"")
                .append(links)
                .append("\" y2=\"")
                .append(basis)
                .append("\"/>");
        for (long waarde = 0; waarde <= top; waarde += stap) {
            double y = basis - waarde * schaal;
            if (waarde > 0) {
                svg.append("<line class=\"raster\" x1=\"")
                        .append(links)
                        .append("\" y1=\"")
                        .append(getal(y))
                        .append("\" x2=\"")
                        .append(breedte - rechts)
                        .append("\" y2=\"")
                        .append(getal(y))
                        .append("\"/>");
            }
            svg.append("<text class=\"grafiek-as-tekst as-waarde\" x=\"")
                    .append(links - 4)
                    .append("\" y=\"")
                    .append(getal(y + 4))
                    .append("\" text-anchor=\"end\">")
                    .append(esc(as.getal().apply(waarde)))
                    .append("</text>");
        }
        for (int m = 0; m < maanden.size(); m++) {
            svg.append("<text class=\"grafiek-as-tekst\" x=\"")
                    .append(getal(links + m * dx))
                    .append("\" y=\"")
                    .append(basis + 16)
                    .append("\" text-anchor=\"middle\">")
                    .append(esc(maanden.get(m)))
                    .append("</text>");
        }
        for (int l = 0; l < lijnen.size(); l++) {
            Lijn lijn = lijnen.get(l);
            StringBuilder punten = new StringBuilder();
            StringBuilder stippen = new StringBuilder();
            for (int m = 0; m < lijn.waarden().size(); m++) {
                double x = links + m * dx;
                double y = basis - lijn.waarden().get(m) * schaal;
                punten.append(getal(x)).append(',').append(getal(y)).append(' ');
                stippen.append("<circle class=\"punt lijn-")
                        .append(l % 6)
                        .append("\" cx=\"")
                        .append(getal(x))
                        .append("\" cy=\"")
                        .append(getal(y))
                        .append("\" r=\"3\"><title>")
                        .append(esc(lijn.naam() + ", " + as.lang().get(m) + ": "
                                + as.getal().apply(lijn.waarden().get(m))))
                        .append("</title></circle>");
            }
            svg.append("<polyline class=\"lijn lijn-")
                    .append(l % 6)
                    .append("\" points=\"")
                    .append(punten.toString().trim())
                    .append("\"/>")
                    .append(stippen);
            if (legenda > 0) {
                int y = hoogte + l * 20 + 4;
                svg.append("<rect class=\"legenda lijn-")
                        .append(l % 6)
                        .append("\" x=\"")
                        .append(links)
                        .append("\" y=\"")
                        .append(y)
                        .append("\" width=\"14\" height=\"4\"/>");
                svg.append("<text class=\"grafiek-label\" x=\"")
                        .append(links + 20)
                        .append("\" y=\"")
                        .append(y + 6)
                        .append("\">")
                        .append(esc(lijn.naam()))
                        .append("</text>");
            }
        }
        return svg.append("</svg>").toString();
    }

    private static StringBuilder begin(int breedte, int hoogte, String titel) {
        return new StringBuilder(
                        "<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"grafiek\" role=\"img\" viewBox=\"0 0 ")
                .append(breedte)
                .append(' ')
                .append(hoogte)
                .append("\" aria-label=\"")
                .append(esc(titel))
                .append("\"><title>")
                .append(esc(titel))
                .append("</title>");
    }

    /** A round step for about four grid lines: 1, 2 or 5 times a power of ten. */
    static long stap(long max) {
        double ruw = Math.max(1, max / 4.0);
        double macht = Math.pow(10, Math.floor(Math.log10(ruw)));
        double deel = ruw / macht;
        double factor = deel <= 1 ? 1 : deel <= 2 ? 2 : deel <= 5 ? 5 : 10;
        return Math.max(1, Math.round(factor * macht));
    }

    private static String getal(double d) {
        return String.format(Locale.ROOT, "%.1f", d);
    }

    private static String esc(String tekst) {
        return HtmlUtils.htmlEscape(tekst, "UTF-8");
    }
}
