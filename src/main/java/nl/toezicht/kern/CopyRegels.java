package nl.toezicht.kern;

import java.nio.charset.StandardCharsets;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.postgresql.copy.CopyIn;
import org.postgresql.copy.CopyManager;

/**
 * Rows for one table in PostgreSQL's COPY text format (tab between columns, {@code \N} for null), kept in
 * memory for one chunk only and then streamed in one COPY, so memory stays flat at any size. Used by the
 * modules that write in bulk (demo data, the history import; decision 0002).
 */
public final class CopyRegels {

    private final String copy;
    private final StringBuilder regels = new StringBuilder(1 << 16);
    private boolean nieuweRegel = true;
    private int aantal;

    /** @param tabelMetKolommen e.g. {@code zaken.zaak (id, referentie, ...)} */
    public CopyRegels(String tabelMetKolommen) {
        this.copy = "copy " + tabelMetKolommen + " from stdin";
    }

    public CopyRegels tekst(@Nullable String waarde) {
        scheiding();
        if (waarde == null) {
            regels.append("\\N");
            return this;
        }
        // runs without a character to escape are appended whole: most texts have none
        int run = 0;
        for (int i = 0; i < waarde.length(); i++) {
            String ontsnapt = switch (waarde.charAt(i)) {
                case '\\' -> "\\\\";
                case '\t' -> "\\t";
                case '\n' -> "\\n";
                case '\r' -> "\\r";
                default -> null;
            };
            if (ontsnapt != null) {
                regels.append(waarde, run, i).append(ontsnapt);
                run = i + 1;
            }
        }
        regels.append(waarde, run, waarde.length());
        return this;
    }

    /** A value whose text form never holds a tab, line break or backslash (ids, moments, dates). */
    private CopyRegels zonderOntsnappen(@Nullable Object waarde) {
        scheiding();
        if (waarde == null) {
            regels.append("\\N");
        } else {
            regels.append(waarde);
        }
        return this;
    }

    public CopyRegels getal(long waarde) {
        scheiding();
        regels.append(waarde);
        return this;
    }

    public CopyRegels waarOfNiet(boolean waarde) {
        scheiding();
        regels.append(waarde ? 't' : 'f');
        return this;
    }

    public CopyRegels id(@Nullable UUID waarde) {
        return zonderOntsnappen(waarde);
    }

    public CopyRegels moment(@Nullable Instant waarde) {
        return zonderOntsnappen(waarde);
    }

    public CopyRegels datum(@Nullable LocalDate waarde) {
        return zonderOntsnappen(waarde);
    }

    /** A {@code text[]} value; elements always quoted, so spaces and hyphens need no thought. */
    public CopyRegels lijst(List<String> elementen) {
        StringBuilder array = new StringBuilder("{");
        for (int i = 0; i < elementen.size(); i++) {
            if (i > 0) {
                array.append(',');
            }
            array.append('"')
                    .append(elementen.get(i).replace("\\", "\\\\").replace("\"", "\\\""))
                    .append('"');
        }
        return tekst(array.append('}').toString());
    }

    public void eindeRegel() {
        regels.append('\n');
        nieuweRegel = true;
        aantal++;
    }

    public int aantal() {
        return aantal;
    }

    public int grootte() {
        return regels.length();
    }

    /** Streams the rows gathered so far and starts empty again. */
    public long schrijf(CopyManager copyManager) throws SQLException {
        if (aantal == 0) {
            return 0;
        }
        byte[] bytes = regels.toString().getBytes(StandardCharsets.UTF_8);
        CopyIn in = copyManager.copyIn(copy);
        try {
            in.writeToCopy(bytes, 0, bytes.length);
            long geschreven = in.endCopy();
            regels.setLength(0);
            aantal = 0;
            return geschreven;
        } finally {
            if (in.isActive()) {
                in.cancelCopy();
            }
        }
    }

    private void scheiding() {
        if (!nieuweRegel) {
            regels.append('\t');
        }
        nieuweRegel = false;
    }
}
