package nl.toezicht.cijfers;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.toezicht.kern.Weigering;

/**
 * A reporting period: a whole year, a half year, a quarter or a month of one year. Figures are counted
 * per month, so every period is a run of whole months.
 *
 * @param jaar the year
 * @param code {@code jaar}, {@code halfjaar-1..2}, {@code kwartaal-1..4} or {@code maand-1..12}
 */
public record Periode(int jaar, String code) {

    private static final Pattern CODE = Pattern.compile("jaar|halfjaar-([12])|kwartaal-([1-4])|maand-(1[0-2]|[1-9])");

    public Periode {
        if (!CODE.matcher(code).matches()) {
            throw Weigering.opVeld("periode", "cijfers.periode.onbekend", code);
        }
    }

    public static Periode jaar(int jaar) {
        return new Periode(jaar, "jaar");
    }

    public int eersteMaand() {
        return grenzen()[0];
    }

    public int laatsteMaand() {
        return grenzen()[1];
    }

    /** First day of the period. */
    public LocalDate begin() {
        return LocalDate.of(jaar, eersteMaand(), 1);
    }

    /** First day after the period. */
    public LocalDate eind() {
        return YearMonth.of(jaar, laatsteMaand()).plusMonths(1).atDay(1);
    }

    public List<YearMonth> maanden() {
        List<YearMonth> maanden = new ArrayList<>();
        for (int m = eersteMaand(); m <= laatsteMaand(); m++) {
            maanden.add(YearMonth.of(jaar, m));
        }
        return maanden;
    }

    /** The same months {@code jaren} years earlier, for the side-by-side comparison. */
    public Periode eerder(int jaren) {
        return new Periode(jaar - jaren, code);
    }

    /** Every period code of a year, in the order a filter lists them. */
    public static List<String> codes() {
        List<String> codes = new ArrayList<>();
        codes.add("jaar");
        codes.add("halfjaar-1");
        codes.add("halfjaar-2");
        for (int k = 1; k <= 4; k++) {
            codes.add("kwartaal-" + k);
        }
        for (int m = 1; m <= 12; m++) {
            codes.add("maand-" + m);
        }
        return codes;
    }

    /** Dutch label without the year, e.g. "Heel jaar", "1e kwartaal", "maart". */
    public String naam() {
        return code.equals("jaar")
                ? "Heel jaar"
                : omschrijving().substring(0, omschrijving().length() - 5);
    }

    /** Dutch label, e.g. "2021", "1e kwartaal 2021", "maart 2021". */
    public String omschrijving() {
        Matcher m = CODE.matcher(code);
        m.matches();
        if (m.group(1) != null) {
            return m.group(1) + "e halfjaar " + jaar;
        }
        if (m.group(2) != null) {
            return m.group(2) + "e kwartaal " + jaar;
        }
        if (m.group(3) != null) {
            return MAANDNAMEN[Integer.parseInt(m.group(3)) - 1] + " " + jaar;
        }
        return String.valueOf(jaar);
    }

    static final String[] MAANDNAMEN = {
        "januari",
        "februari",
        "maart",
        "april",
        "mei",
        "juni",
        "juli",
        "augustus",
        "september",
        "oktober",
        "november",
        "december"
    };

    private int[] grenzen() {
        Matcher m = CODE.matcher(code);
        m.matches();
        if (m.group(1) != null) {
            int h = Integer.parseInt(m.group(1));
            return new int[] {h * 6 - 5, h * 6};
        }
        if (m.group(2) != null) {
            int k = Integer.parseInt(m.group(2));
            return new int[] {k * 3 - 2, k * 3};
        }
        if (m.group(3) != null) {
            int maand = Integer.parseInt(m.group(3));
            return new int[] {maand, maand};
        }
        return new int[] {1, 12};
    }
}
