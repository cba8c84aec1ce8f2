package nl.toezicht.handhaving;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import nl.toezicht.kern.Csvtekst;
import nl.toezicht.kern.Weigering;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.springframework.util.unit.DataSize;

/**
 * The list of deposited annual accounts as the external register delivers it (docs/handhaving.md, "Deponeringen"):
 * UTF-8 CSV, {@code ;} or {@code ,}, a header line with {@code kvk_nummer}, {@code verslagjaar} and
 * {@code datum_deponering} (ISO date), other columns ignored. Judged whole before anything is stored: the first
 * fault refuses the file on field {@code bestand}, naming its line.
 */
final class Deponeringsbestand {

    static final long MAX_GROOTTE = DataSize.ofMegabytes(5).toBytes();
    static final String KVK = "kvk_nummer";
    static final String JAAR = "verslagjaar";
    static final String DATUM = "datum_deponering";
    static final List<String> KOLOMMEN = List.of(KVK, JAAR, DATUM);
    private static final Pattern KVK_NUMMER = Pattern.compile("(?!00000000$)[0-9]{8}");

    /** One deposit: the provider's KvK number, the reporting year, the day it was deposited. */
    record Deponering(String kvkNummer, int verslagjaar, LocalDate gedeponeerdOp) {}

    private Deponeringsbestand() {}

    /** The deposits in the file (a KvK number twice for one year: the first day counts); refused whole. */
    static List<Deponering> lees(byte[] inhoud, LocalDate vandaag) {
        if (inhoud.length == 0) {
            throw Weigering.opVeld("bestand", "jaarrekening.bestand.leeg");
        }
        if (inhoud.length > MAX_GROOTTE) {
            throw Weigering.opVeld("bestand", "jaarrekening.bestand.te-groot", MAX_GROOTTE / (1024 * 1024));
        }
        String tekst = alsTekst(inhoud);
        int einde = tekst.indexOf('\n');
        String kopregel = einde < 0 ? tekst : tekst.substring(0, einde);
        char scheiding = kopregel.chars().filter(c -> c == ';').count()
                        > kopregel.chars().filter(c -> c == ',').count()
                ? ';'
                : ',';
        CSVFormat formaat = CSVFormat.DEFAULT
                .builder()
                .setDelimiter(scheiding)
                .setIgnoreEmptyLines(true)
                .setTrim(true)
                .get();
        Map<String, Deponering> gelezen = new HashMap<>();
        List<Deponering> rijen = new ArrayList<>();
        try (CSVParser parser = CSVParser.parse(tekst, formaat)) {
            var records = parser.iterator();
            if (!records.hasNext()) {
                throw Weigering.opVeld("bestand", "jaarrekening.bestand.leeg");
            }
            Map<String, Integer> kolommen = kolommen(records.next());
            while (volgende(records, parser)) {
                CSVRecord r = records.next();
                long regel = r.getRecordNumber();
                Deponering d = rij(r, regel, kolommen, vandaag);
                if (gelezen.putIfAbsent(d.verslagjaar() + ":" + d.kvkNummer(), d) == null) {
                    rijen.add(d);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (rijen.isEmpty()) {
            throw Weigering.opVeld("bestand", "jaarrekening.bestand.geen-regels");
        }
        return rijen;
    }

    private static boolean volgende(java.util.Iterator<CSVRecord> records, CSVParser parser) {
        try {
            return records.hasNext();
        } catch (UncheckedIOException | IllegalStateException e) {
            throw Weigering.opVeld("bestand", "jaarrekening.regel.onleesbaar", parser.getCurrentLineNumber() + 1);
        }
    }

    private static Map<String, Integer> kolommen(CSVRecord kop) {
        Map<String, Integer> kolommen = new HashMap<>();
        for (int i = 0; i < kop.size(); i++) {
            kolommen.putIfAbsent(kop.get(i).strip().toLowerCase(Locale.ROOT), i);
        }
        for (String verplicht : KOLOMMEN) {
            if (!kolommen.containsKey(verplicht)) {
                throw Weigering.opVeld(
                        "bestand", "jaarrekening.kolom.ontbreekt", verplicht, String.join(", ", KOLOMMEN));
            }
        }
        return kolommen;
    }

    private static Deponering rij(CSVRecord r, long regel, Map<String, Integer> kolommen, LocalDate vandaag) {
        String kvk = waarde(r, kolommen, KVK, regel);
        if (!KVK_NUMMER.matcher(kvk).matches()) {
            throw Weigering.opVeld("bestand", "jaarrekening.regel.kvk", regel + 1, kvk.length() > 20 ? "" : kvk);
        }
        int jaar;
        try {
            jaar = Integer.parseInt(waarde(r, kolommen, JAAR, regel));
        } catch (NumberFormatException e) {
            jaar = -1;
        }
        if (jaar < 1900 || jaar > vandaag.getYear()) {
            throw Weigering.opVeld("bestand", "jaarrekening.regel.jaar", regel + 1);
        }
        LocalDate op;
        try {
            op = LocalDate.parse(waarde(r, kolommen, DATUM, regel));
        } catch (DateTimeParseException e) {
            throw Weigering.opVeld("bestand", "jaarrekening.regel.datum", regel + 1);
        }
        if (op.isAfter(vandaag)) {
            throw Weigering.opVeld("bestand", "jaarrekening.regel.datum", regel + 1);
        }
        return new Deponering(kvk, jaar, op);
    }

    private static String waarde(CSVRecord r, Map<String, Integer> kolommen, String kolom, long regel) {
        int i = kolommen.get(kolom);
        if (i >= r.size() || r.get(i).isBlank()) {
            throw Weigering.opVeld("bestand", "jaarrekening.regel.leeg", regel + 1, kolom);
        }
        return r.get(i).strip();
    }

    private static String alsTekst(byte[] inhoud) {
        return Csvtekst.lees(inhoud, "jaarrekening.bestand.geen-csv", "jaarrekening.bestand.geen-csv");
    }
}
