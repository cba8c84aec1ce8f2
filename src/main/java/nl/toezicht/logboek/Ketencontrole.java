package nl.toezicht.logboek;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Verifies the access log's hash chain from the first entry to the last: the sequence numbers run without
 * a gap from 1, each entry names its predecessor's hash, and each entry's hash is the SHA-256 of its own
 * fields. Streams the log in sequence order with a cursor (constant memory, any length) and stops at the
 * first broken link.
 *
 * <p>What a chain cannot show by itself: entries cut off at the end. Compare {@link Uitslag#laatsteHash()}
 * with a head noted earlier outside the database (docs/toegangslog.md).
 */
@Service
public class Ketencontrole {

    /** The command-line argument that runs the verification instead of the application. */
    public static final String COMMANDO = "verifieer-toegangslog";

    private static final int OPHALEN_PER_KEER = 2_000;

    public enum Breuk {
        /** An entry's hash is not the hash of its fields: a field was changed. */
        HASH,
        /** An entry does not name its predecessor's hash: the predecessor was changed or replaced. */
        VORIGE_HASH,
        /** A sequence number is missing: an entry was removed (or renumbered). */
        GAT
    }

    /**
     * @param gecontroleerd entries checked (up to and including the broken one)
     * @param breukBij the sequence number of the first broken link (for a gap: the first missing number)
     * @param breuk what is wrong there, or null when the chain is whole
     */
    public record Uitslag(
            long gecontroleerd,
            long laatsteVolgnummer,
            String laatsteHash,
            @Nullable Long breukBij,
            @Nullable Breuk breuk,
            @Nullable String toelichting) {

        public boolean isHeel() {
            return breuk == null;
        }
    }

    private final JdbcTemplate jdbc;
    private final TransactionTemplate leesTransactie;

    Ketencontrole(JdbcTemplate jdbc, PlatformTransactionManager transacties) {
        this.jdbc = jdbc;
        this.leesTransactie = new TransactionTemplate(transacties);
        // a cursor needs a transaction; repeatable read sees one consistent log while appends go on
        this.leesTransactie.setReadOnly(true);
        this.leesTransactie.setIsolationLevel(TransactionDefinition.ISOLATION_REPEATABLE_READ);
        this.leesTransactie.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    public Uitslag controleer() {
        return leesTransactie.execute(status -> {
            Loper loper = new Loper();
            try {
                jdbc.query(
                        con -> {
                            var ps = con.prepareStatement(
                                    "select volgnummer, id, handeling, tijdstip, toegestaan, gebruiker, gebruiker_naam, "
                                            + "rol, afdelingen, namens, doel, ip, user_agent, request_id, objecten, "
                                            + "vorige_hash, hash from logboek.toegangslog order by volgnummer");
                            ps.setFetchSize(OPHALEN_PER_KEER);
                            return ps;
                        },
                        loper);
            } catch (Gestopt gestopt) {
                // the first broken link is found: the rest is not read
            }
            return loper.uitslag();
        });
    }

    private static final class Gestopt extends RuntimeException {
        Gestopt() {
            super(null, null, false, false);
        }
    }

    /** Walks the rows; stops reading at the first break. */
    private static final class Loper implements RowCallbackHandler {
        private long verwacht = 1;
        private long gecontroleerd;
        private String vorigeHash = Logregel.BEGIN;
        private @Nullable Long breukBij;
        private @Nullable Breuk breuk;
        private @Nullable String toelichting;

        @Override
        public void processRow(ResultSet rs) throws SQLException {
            long volgnummer = rs.getLong("volgnummer");
            if (volgnummer != verwacht) {
                breek(verwacht, Breuk.GAT, "volgnummer " + verwacht + " ontbreekt (volgende is " + volgnummer + ")");
            }
            gecontroleerd++;
            String vorige = rs.getString("vorige_hash");
            String hash = rs.getString("hash");
            if (!vorigeHash.equals(vorige)) {
                breek(
                        volgnummer,
                        Breuk.VORIGE_HASH,
                        "vorige_hash verwijst niet naar de hash van volgnummer " + (volgnummer - 1));
            }
            if (!regel(rs).hash(vorige, volgnummer).equals(hash)) {
                breek(volgnummer, Breuk.HASH, "de hash past niet bij de velden van deze regel");
            }
            vorigeHash = hash;
            verwacht = volgnummer + 1;
        }

        private void breek(long bij, Breuk soort, String uitleg) {
            breukBij = bij;
            breuk = soort;
            toelichting = uitleg;
            throw new Gestopt();
        }

        Uitslag uitslag() {
            return new Uitslag(gecontroleerd, verwacht - 1, vorigeHash, breukBij, breuk, toelichting);
        }

        private static Logregel regel(ResultSet rs) throws SQLException {
            String[] afdelingen = (String[]) rs.getArray("afdelingen").getArray();
            return new Logregel(
                    rs.getObject("id", UUID.class),
                    rs.getString("handeling"),
                    rs.getTimestamp("tijdstip").toInstant(),
                    rs.getBoolean("toegestaan"),
                    rs.getString("gebruiker"),
                    rs.getString("gebruiker_naam"),
                    rs.getString("rol"),
                    String.join(",", Arrays.asList(afdelingen)),
                    rs.getString("namens"),
                    rs.getString("doel"),
                    rs.getString("ip"),
                    rs.getString("user_agent"),
                    rs.getString("request_id"),
                    rs.getString("objecten"));
        }
    }
}
