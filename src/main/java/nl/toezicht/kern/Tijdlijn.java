package nl.toezicht.kern;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.Function;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The timeline of one kind of aggregate: a table in the owning module's schema with the aggregate's id, a
 * sequence number from 0 per aggregate ({@code volgnummer}) and the entry's own columns, written by INSERT
 * only. The table refuses UPDATE, DELETE and TRUNCATE itself (the trigger function
 * {@code tijdlijn_alleen_toevoegen} of {@code V35__kern_tijdlijn.sql}); an entry leaves only with its
 * aggregate. See docs/stroom.md and decision 0033.
 *
 * <p>Appending numbers each entry after the aggregate's last one in the INSERT itself. Callers append in the
 * transaction that updated the aggregate's row with its version check, so two appends to one aggregate never
 * race (the row lock orders them; the primary key would refuse a duplicate number anyway).
 *
 * @param <R> an entry as the module's code knows it
 */
public final class Tijdlijn<R> {

    private static final Pattern NAAM = Pattern.compile("[a-z_][a-z0-9_]*(\\.[a-z_][a-z0-9_]*)?");

    private final JdbcClient jdbc;
    private final Function<R, @Nullable Object[]> waarden;
    private final RowMapper<R> lezer;
    private final int aantalKolommen;
    private final String toevoegen;
    private final String lezen;

    /**
     * @param tabel the timeline table, e.g. {@code zaken.statuswijziging}
     * @param sleutel the column holding the aggregate's id, e.g. {@code zaak}
     * @param kolommen the entry's own columns, in the order {@code waarden} gives them and {@code lezer} reads them
     * @param waarden an entry's values for {@code kolommen}; enums are stored by name, instants as timestamps
     */
    public Tijdlijn(
            JdbcClient jdbc,
            String tabel,
            String sleutel,
            List<String> kolommen,
            Function<R, @Nullable Object[]> waarden,
            RowMapper<R> lezer) {
        for (String naam : concat(tabel, sleutel, kolommen)) {
            if (!NAAM.matcher(naam).matches()) {
                throw new IllegalArgumentException("not a plain SQL name: " + naam);
            }
        }
        this.jdbc = jdbc;
        this.waarden = waarden;
        this.lezer = lezer;
        this.aantalKolommen = kolommen.size();
        String lijst = String.join(", ", kolommen);
        this.toevoegen = "insert into " + tabel + " (" + sleutel + ", volgnummer, " + lijst + ") values (?,"
                + " (select coalesce(max(volgnummer) + 1, 0) from " + tabel + " where " + sleutel + " = ?)"
                + ", ?".repeat(kolommen.size()) + ")";
        this.lezen = "select " + lijst + " from " + tabel + " where " + sleutel + " = ? order by volgnummer";
    }

    /** Appends the entries after the aggregate's last one, in this order. */
    public void voegToe(UUID aggregaat, List<R> regels) {
        for (R regel : regels) {
            @Nullable Object[] w = waarden.apply(regel);
            if (w.length != aantalKolommen) {
                throw new IllegalArgumentException("expected " + aantalKolommen + " values, got " + w.length);
            }
            List<@Nullable Object> params = new ArrayList<>(w.length + 2);
            params.add(aggregaat);
            params.add(aggregaat);
            for (Object waarde : w) {
                params.add(alsParameter(waarde));
            }
            jdbc.sql(toevoegen).params(params).update();
        }
    }

    /** The aggregate's entries, oldest first. */
    public List<R> lees(UUID aggregaat) {
        return jdbc.sql(lezen).param(aggregaat).query(lezer).list();
    }

    private static @Nullable Object alsParameter(@Nullable Object waarde) {
        if (waarde instanceof Enum<?> e) {
            return e.name();
        }
        if (waarde instanceof Instant i) {
            return Timestamp.from(i);
        }
        return waarde;
    }

    private static List<String> concat(String tabel, String sleutel, List<String> kolommen) {
        List<String> alle = new ArrayList<>(kolommen.size() + 2);
        alle.add(tabel);
        alle.add(sleutel);
        alle.addAll(kolommen);
        return alle;
    }
}
