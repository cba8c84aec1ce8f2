package nl.toezicht.historie;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * What a run found and did: lines read, records new / already there / changed (reported, not
 * overwritten) per kind, the refused lines with line number, field and a Dutch message (the first
 * {@value #MAX_GETOOND}; {@code aantalFouten} counts them all), and the reconciliation of the file's
 * counts against the database's.
 */
public record Importverslag(
        UUID run,
        String bestand,
        boolean droog,
        boolean metAfwijzingen,
        Uitkomst uitkomst,
        long regels,
        long legeRegels,
        Map<String, Long> nieuw,
        Map<String, Long> ongewijzigd,
        Map<String, Long> gewijzigd,
        long afgewezen,
        long aantalFouten,
        List<Fout> fouten,
        List<Fout> wijzigingen,
        List<Aansluitingsregel> aansluiting,
        long duurMs,
        long recordsPerSeconde,
        @Nullable String afwijzingenbestand) {

    static final int MAX_GETOOND = 1_000;

    public Importverslag {
        nieuw = Map.copyOf(nieuw);
        ongewijzigd = Map.copyOf(ongewijzigd);
        gewijzigd = Map.copyOf(gewijzigd);
        fouten = List.copyOf(fouten);
        wijzigingen = List.copyOf(wijzigingen);
        aansluiting = List.copyOf(aansluiting);
    }

    /** How the run ended. */
    public enum Uitkomst {
        /** Committed: every good record is stored (with rejects: the bad lines are in the rejects file). */
        GESLAAGD,
        /** Rolled back: bad lines and no rejects option, so nothing of the file is stored. */
        AFGEWEZEN,
        /** A dry run: everything judged and counted, nothing stored. */
        GECONTROLEERD,
        /** Stopped by a fault (database, file): nothing stored. */
        MISLUKT
    }

    /** One refused line (or, in {@code wijzigingen}, a record that differs from its earlier import). */
    public record Fout(long regel, @Nullable String id, String veld, String melding) {}

    /** One count of the reconciliation: e.g. notifications, sector, GGZ: 1,204 in the file, 1,204 stored. */
    public record Aansluitingsregel(String object, String dimensie, String waarde, long bestand, long database) {
        public boolean klopt() {
            return bestand == database;
        }
    }

    /** Whether anything of the file was stored: only a successful run commits. */
    public boolean opgeslagen() {
        return uitkomst == Uitkomst.GESLAAGD;
    }

    public boolean klopt() {
        return aansluiting.stream().allMatch(Aansluitingsregel::klopt);
    }

    public long totaalNieuw() {
        return nieuw.values().stream().mapToLong(Long::longValue).sum();
    }
}
