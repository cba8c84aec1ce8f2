package nl.toezicht.register;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import nl.toezicht.kern.Weigering;
import nl.toezicht.kern.Zorgsector;
import nl.toezicht.register.ZorgaanbiederGegevens.LocatieGegevens;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.jspecify.annotations.Nullable;
import org.springframework.util.unit.DataSize;

/**
 * Reads and judges an import file (see docs/register-import.md): one row per location, the provider's
 * columns repeated. Every row is judged before anything is stored, and every error is reported with its
 * line and column, so that the sender can fix the whole file at once.
 */
final class CsvBestand {

    static final long MAX_GROOTTE = DataSize.ofMegabytes(10).toBytes();

    static final String KVK = "kvk_nummer";
    static final String NAAM = "naam";
    static final String AGB = "agb_code";
    static final String SECTOREN = "sectoren";
    static final String LOCATIE_NAAM = "locatie_naam";
    static final String ADRES = "adres";
    static final String POSTCODE = "postcode";
    static final String PLAATS = "plaats";
    static final String GEMEENTE = "gemeente";

    static final List<String> KOLOMMEN =
            List.of(KVK, NAAM, AGB, SECTOREN, LOCATIE_NAAM, ADRES, POSTCODE, PLAATS, GEMEENTE);
    static final Set<String> VERPLICHTE_KOLOMMEN = Set.of(KVK, NAAM, SECTOREN, ADRES, POSTCODE, PLAATS, GEMEENTE);

    /** One accepted row: the provider as the row describes it, with this row's one location. */
    record Rij(long regel, ZorgaanbiederGegevens zorgaanbieder) {
        LocatieGegevens locatie() {
            return zorgaanbieder.locaties().get(0);
        }
    }

    private final List<ImportFout> fouten = new ArrayList<>();
    private boolean afgekapt;

    private CsvBestand() {}

    /** The rows of the file, or {@link ImportGeweigerd} with all errors; a file that is no CSV text is refused. */
    static List<Rij> lees(byte[] inhoud) {
        return new CsvBestand().leesAlles(inhoud);
    }

    private List<Rij> leesAlles(byte[] inhoud) {
        if (inhoud.length == 0) {
            throw Weigering.opVeld("bestand", "register.import.bestand.leeg");
        }
        if (inhoud.length > MAX_GROOTTE) {
            throw Weigering.opVeld("bestand", "register.import.bestand.te-groot", MAX_GROOTTE / (1024 * 1024));
        }
        String tekst = alsTekst(inhoud);
        char scheiding = scheidingsteken(tekst);
        CSVFormat formaat = CSVFormat.DEFAULT
                .builder()
                .setDelimiter(scheiding)
                .setIgnoreEmptyLines(true)
                .setTrim(true)
                .get();
        RegelTeller regels = new RegelTeller(tekst);
        List<Rij> rijen = new ArrayList<>();
        try (CSVParser parser = CSVParser.parse(tekst, formaat)) {
            Iterator<CSVRecord> records = parser.iterator();
            if (!records.hasNext()) {
                throw Weigering.opVeld("bestand", "register.import.bestand.leeg");
            }
            CSVRecord kop = records.next();
            Map<String, Integer> kolommen = kolommen(kop, regels.regelVan(kop));
            if (!fouten.isEmpty()) {
                throw new ImportGeweigerd(fouten, false);
            }
            while (volgende(records, parser)) {
                CSVRecord record = records.next();
                long regel = regels.regelVan(record);
                if (record.size() != kop.size()) {
                    fout(regel, "", "register.import.regel.aantal-kolommen", record.size(), kop.size());
                    continue;
                }
                Rij rij = rij(record, regel, kolommen);
                if (rij != null) {
                    rijen.add(rij);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (rijen.isEmpty() && fouten.isEmpty()) {
            throw Weigering.opVeld("bestand", "register.import.bestand.geen-regels");
        }
        samenhang(rijen);
        if (!fouten.isEmpty()) {
            throw new ImportGeweigerd(fouten, afgekapt);
        }
        return rijen;
    }

    /** A quote that is never closed ends the reading; it is reported at the line where the parser stopped. */
    private boolean volgende(Iterator<CSVRecord> records, CSVParser parser) {
        try {
            return records.hasNext();
        } catch (UncheckedIOException | IllegalStateException e) {
            fout(parser.getCurrentLineNumber() + 1, "", "register.import.regel.onleesbaar");
            throw new ImportGeweigerd(fouten, afgekapt);
        }
    }

    /** UTF-8 text only: a spreadsheet, a PDF or an image saved as .csv is refused by its content. */
    private static String alsTekst(byte[] inhoud) {
        return nl.toezicht.kern.Csvtekst.lees(
                inhoud, "register.import.bestand.geen-csv", "register.import.bestand.geen-utf8");
    }

    /** Excel writes {@code ;} in Dutch settings and {@code ,} elsewhere: the header line tells which. */
    private static char scheidingsteken(String tekst) {
        int einde = tekst.indexOf('\n');
        String kop = einde < 0 ? tekst : tekst.substring(0, einde);
        long puntkomma = kop.chars().filter(c -> c == ';').count();
        long komma = kop.chars().filter(c -> c == ',').count();
        return puntkomma > komma ? ';' : ',';
    }

    private Map<String, Integer> kolommen(CSVRecord kop, long regel) {
        Map<String, Integer> kolommen = new HashMap<>();
        for (int i = 0; i < kop.size(); i++) {
            String naam = kop.get(i).strip().toLowerCase(Locale.ROOT);
            if (!KOLOMMEN.contains(naam)) {
                fout(regel, naam, "register.import.kolom.onbekend", String.join(", ", KOLOMMEN));
            } else if (kolommen.putIfAbsent(naam, i) != null) {
                fout(regel, naam, "register.import.kolom.dubbel");
            }
        }
        for (String verplicht : KOLOMMEN) {
            if (VERPLICHTE_KOLOMMEN.contains(verplicht) && !kolommen.containsKey(verplicht)) {
                fout(regel, verplicht, "register.import.kolom.ontbreekt");
            }
        }
        return kolommen;
    }

    private @Nullable Rij rij(CSVRecord record, long regel, Map<String, Integer> kolommen) {
        int foutenVooraf = fouten.size();
        String kvk = verplicht(record, kolommen, KVK, regel, 8);
        if (kvk != null && !KvkNummer.isGeldig(kvk)) {
            fout(regel, KVK, "zorgaanbieder.kvk.ongeldig");
        }
        String naam = verplicht(record, kolommen, NAAM, regel, Zorgaanbieder.MAX_NAAM);
        String agb = optioneel(record, kolommen, AGB, regel, 8);
        if (agb != null && !agb.matches("[0-9]{8}")) {
            fout(regel, AGB, "zorgaanbieder.agb.ongeldig");
        }
        Set<Zorgsector> sectoren = sectoren(verplicht(record, kolommen, SECTOREN, regel, 1000), regel);
        String locatieNaam = optioneel(record, kolommen, LOCATIE_NAAM, regel, Locatie.MAX_TEKST);
        String adres = verplicht(record, kolommen, ADRES, regel, Locatie.MAX_TEKST);
        String postcode = verplicht(record, kolommen, POSTCODE, regel, 10);
        if (postcode != null && !Postcode.isGeldig(postcode)) {
            fout(regel, POSTCODE, "zorgaanbieder.postcode.ongeldig");
        }
        String plaats = verplicht(record, kolommen, PLAATS, regel, Locatie.MAX_PLAATS);
        String gemeente = verplicht(record, kolommen, GEMEENTE, regel, Locatie.MAX_PLAATS);
        if (fouten.size() > foutenVooraf || afgekapt) {
            return null;
        }
        return new Rij(
                regel,
                new ZorgaanbiederGegevens(
                        naam,
                        kvk,
                        agb,
                        sectoren,
                        List.of(new LocatieGegevens(null, locatieNaam, adres, postcode, plaats, gemeente))));
    }

    private Set<Zorgsector> sectoren(@Nullable String tekst, long regel) {
        Set<Zorgsector> sectoren = EnumSet.noneOf(Zorgsector.class);
        if (tekst == null) {
            return sectoren;
        }
        boolean onbekend = false;
        for (String deel : tekst.split("\\|")) {
            String code = deel.strip().toUpperCase(Locale.ROOT).replaceAll("[^A-Z]+", "_");
            if (code.isEmpty()) {
                continue;
            }
            try {
                sectoren.add(Zorgsector.valueOf(code));
            } catch (IllegalArgumentException e) {
                fout(regel, SECTOREN, "register.import.sector.onbekend", deel.strip());
                onbekend = true;
            }
        }
        if (sectoren.isEmpty() && !onbekend) {
            fout(regel, SECTOREN, "zorgaanbieder.sectoren.verplicht");
        }
        return sectoren;
    }

    /** Rows of one KvK number describe one provider: its name, AGB code and sectors must agree. */
    private void samenhang(List<Rij> rijen) {
        Map<String, Rij> eerste = new LinkedHashMap<>();
        Map<String, Long> locaties = new HashMap<>();
        for (Rij rij : rijen) {
            ZorgaanbiederGegevens z = rij.zorgaanbieder();
            Rij vorige = eerste.putIfAbsent(z.kvkNummer(), rij);
            if (vorige != null) {
                ZorgaanbiederGegevens v = vorige.zorgaanbieder();
                if (!v.naam().equals(z.naam())) {
                    fout(rij.regel(), NAAM, "register.import.regel.wijkt-af", String.valueOf(vorige.regel()));
                }
                if (!String.valueOf(v.agbCode()).equals(String.valueOf(z.agbCode()))) {
                    fout(rij.regel(), AGB, "register.import.regel.wijkt-af", String.valueOf(vorige.regel()));
                }
                if (!v.sectoren().equals(z.sectoren())) {
                    fout(rij.regel(), SECTOREN, "register.import.regel.wijkt-af", String.valueOf(vorige.regel()));
                }
            }
            LocatieGegevens l = rij.locatie();
            String sleutel = z.kvkNummer() + "|" + Postcode.van(l.postcode()).waarde() + "|"
                    + l.adres().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
            Long dubbel = locaties.putIfAbsent(sleutel, rij.regel());
            if (dubbel != null) {
                fout(rij.regel(), ADRES, "register.import.locatie.dubbel", String.valueOf(dubbel));
            }
        }
    }

    private @Nullable String verplicht(
            CSVRecord record, Map<String, Integer> kolommen, String kolom, long regel, int max) {
        String waarde = optioneel(record, kolommen, kolom, regel, max);
        if (waarde == null) {
            fout(regel, kolom, "zorgaanbieder.veld.verplicht");
        }
        return waarde;
    }

    private @Nullable String optioneel(
            CSVRecord record, Map<String, Integer> kolommen, String kolom, long regel, int max) {
        Integer index = kolommen.get(kolom);
        if (index == null) {
            return null;
        }
        String waarde = record.get(index).strip();
        if (waarde.isEmpty()) {
            return null;
        }
        if (waarde.length() > max) {
            fout(regel, kolom, "zorgaanbieder.veld.te-lang", max);
        }
        return waarde;
    }

    private void fout(long regel, String kolom, String sleutel, Object... argumenten) {
        if (fouten.size() >= ImportGeweigerd.MAX_FOUTEN) {
            afgekapt = true;
            return;
        }
        fouten.add(ImportFout.op(regel, kolom, sleutel, argumenten));
    }

    /** Line numbers as an editor shows them, also when a quoted field spans lines. */
    private static final class RegelTeller {
        private final int[] regelbegin;

        RegelTeller(String tekst) {
            List<Integer> begin = new ArrayList<>();
            begin.add(0);
            for (int i = 0; i < tekst.length(); i++) {
                if (tekst.charAt(i) == '\n') {
                    begin.add(i + 1);
                }
            }
            regelbegin = begin.stream().mapToInt(Integer::intValue).toArray();
        }

        long regelVan(CSVRecord record) {
            int positie = Arrays.binarySearch(regelbegin, (int) record.getCharacterPosition());
            return positie >= 0 ? positie + 1 : -positie - 1;
        }
    }
}
