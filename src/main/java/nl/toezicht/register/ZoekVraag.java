package nl.toezicht.register;

import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * A search in the register. {@code zoek} is what intake staff type in the one search box: eight digits are
 * a KvK number, anything else is matched (typo-tolerant) against names and places. {@code kvk} and
 * {@code plaats} narrow further. Pages count from 1.
 */
public record ZoekVraag(
        @Nullable String zoek,
        @Nullable String kvk,
        @Nullable String plaats,
        int pagina,
        int grootte) {

    public static final int MAX_GROOTTE = 100;

    public ZoekVraag {
        zoek = schoon(zoek);
        kvk = schoon(kvk);
        plaats = schoon(plaats);
        if (zoek != null && KvkNummer.isGeldig(zoek) && kvk == null) {
            kvk = zoek;
            zoek = null;
        }
        pagina = Math.max(1, pagina);
        grootte = Math.min(MAX_GROOTTE, Math.max(1, grootte));
    }

    public static ZoekVraag op(@Nullable String term, int limit) {
        return new ZoekVraag(term, null, null, 1, limit);
    }

    public boolean isLeeg() {
        return zoek == null && kvk == null && plaats == null;
    }

    private static @Nullable String schoon(@Nullable String tekst) {
        if (tekst == null || tekst.isBlank()) {
            return null;
        }
        String kort = tekst.strip().replaceAll("\\s+", " ");
        // a search term is a few words; longer input only costs the database time
        return (kort.length() > 200 ? kort.substring(0, 200) : kort).toLowerCase(Locale.ROOT);
    }
}
