package nl.toezicht.kern;

import java.util.Arrays;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The public reference of a notification or a case, as a reporter or an inspector quotes it: a letter, the
 * year and a number from the owner's sequence, at least six digits ({@code M-2026-000123},
 * {@code Z-2026-004711}). One format for every path that makes one: live intake, the case opener, the bulk
 * writers of the history import and the demo data (decision 0030).
 */
public final class Referentie {

    private Referentie() {}

    /** {@code letter-jaar-nummer}, the number zero-padded to six digits (longer numbers are kept whole). */
    public static String formatteer(char letter, int jaar, long nummer) {
        if (nummer < 0) {
            throw new IllegalArgumentException("a reference number is not negative: " + nummer);
        }
        String getal = Long.toString(nummer);
        StringBuilder s =
                new StringBuilder(16).append(letter).append('-').append(jaar).append('-');
        for (int i = getal.length(); i < 6; i++) {
            s.append('0');
        }
        return s.append(getal).toString();
    }

    /** The next reference of a live notification or case: one number from {@code sequence}. */
    public static String volgende(JdbcClient jdbc, String sequence, char letter, int jaar) {
        long nummer = jdbc.sql("select nextval(cast(? as regclass))")
                .param(sequence)
                .query(Long.class)
                .single();
        return formatteer(letter, jaar, nummer);
    }

    /**
     * Takes {@code aantal} numbers from {@code sequence} in one statement, ascending. Safe beside anyone
     * else taking numbers at the same time (live intake): every number comes from {@code nextval}, so none
     * is handed out twice; the numbers need not be consecutive. (Taking one number and moving the sequence
     * past a block with {@code setval} was not safe: a number taken in between fell inside the block.)
     */
    public static long[] reserveer(JdbcClient jdbc, String sequence, int aantal) {
        if (aantal <= 0) {
            return new long[0];
        }
        long[] nummers = jdbc
                .sql("select nextval(cast(? as regclass)) from generate_series(1, ?)")
                .params(sequence, aantal)
                .query(Long.class)
                .list()
                .stream()
                .mapToLong(Long::longValue)
                .toArray();
        Arrays.sort(nummers);
        return nummers;
    }
}
