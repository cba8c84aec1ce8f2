package nl.toezicht.toegang;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import nl.toezicht.kern.Weigering;
import nl.toezicht.logboek.Handeling;
import nl.toezicht.logboek.Logobject;
import nl.toezicht.logboek.Toegangslog;
import nl.toezicht.logboek.Toegangslogboek;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The privacy officer's review of break-the-glass accesses: for each DOORBREKEN entry of the access log a
 * verdict, justified or not (then with what was done about it), recorded once, with who judged and when.
 */
@Service
public class Doorbrekingsbeoordelingen {

    public static final int TOELICHTING_MAXIMUM = 2000;

    public enum Oordeel {
        GERECHTVAARDIGD,
        NIET_GERECHTVAARDIGD
    }

    public record Beoordeling(
            long logregel, Oordeel oordeel, @Nullable String toelichting, String beoordelaar, Instant beoordeeldOp) {}

    private final JdbcClient jdbc;
    private final Toegangsbeleid beleid;
    private final Toegangslogboek logboek;
    private final Toegangslog toegangslog;
    private final Clock clock;

    Doorbrekingsbeoordelingen(
            JdbcClient jdbc, Toegangsbeleid beleid, Toegangslogboek logboek, Toegangslog toegangslog, Clock clock) {
        this.jdbc = jdbc;
        this.beleid = beleid;
        this.logboek = logboek;
        this.toegangslog = toegangslog;
        this.clock = clock;
    }

    /**
     * Records the verdict on one break-the-glass entry. Refused (422) without a verdict, without an
     * explanation for an unjustified access, for an entry that is no break-the-glass, or a second time.
     */
    @Transactional
    public Beoordeling beoordeel(long logregel, @Nullable String oordeel, @Nullable String toelichting) {
        Logobject regel = Logobject.van("TOEGANGSLOG", Long.toString(logregel));
        beleid.eis(ToegangRechten.TOEGANGSLOG_LEZEN, Handeling.WIJZIGEN, regel);
        Oordeel gekozen;
        try {
            gekozen = Oordeel.valueOf(oordeel == null ? "" : oordeel.strip());
        } catch (IllegalArgumentException e) {
            throw Weigering.opVeld("oordeel", "privacy.beoordeling.oordeel-verplicht");
        }
        String tekst = toelichting == null || toelichting.isBlank() ? null : toelichting.strip();
        if (gekozen == Oordeel.NIET_GERECHTVAARDIGD && tekst == null) {
            throw Weigering.opVeld("toelichting", "privacy.beoordeling.toelichting-verplicht");
        }
        if (tekst != null && tekst.length() > TOELICHTING_MAXIMUM) {
            throw Weigering.opVeld("toelichting", "privacy.beoordeling.toelichting-te-lang", TOELICHTING_MAXIMUM);
        }
        if (!logboek.isDoorbreking(logregel)) {
            throw Weigering.opVeld("oordeel", "privacy.beoordeling.geen-doorbreking");
        }
        Instant nu = clock.instant();
        String ik = beleid.ik().gebruikersnaam();
        int opgeslagen = jdbc.sql("insert into toegang.doorbreking_beoordeling (logregel, oordeel, toelichting, "
                        + "beoordelaar, beoordeeld_op) values (?, ?, ?, ?, ?) on conflict do nothing")
                .params(logregel, gekozen.name(), tekst, ik, Timestamp.from(nu))
                .update();
        if (opgeslagen == 0) {
            throw Weigering.opVeld("oordeel", "privacy.beoordeling.al-beoordeeld");
        }
        toegangslog.toegestaan(Handeling.WIJZIGEN, regel);
        return new Beoordeling(logregel, gekozen, tekst, ik, nu);
    }

    /** The verdicts recorded on these entries, by sequence number. */
    @Transactional(readOnly = true)
    public Map<Long, Beoordeling> van(Collection<Long> logregels) {
        Map<Long, Beoordeling> uit = new HashMap<>();
        if (logregels.isEmpty()) {
            return uit;
        }
        jdbc.sql(
                        "select logregel, oordeel, toelichting, beoordelaar, beoordeeld_op from toegang.doorbreking_beoordeling "
                                + "where logregel = any(?)")
                .param(logregels.toArray(Long[]::new))
                .query(rs -> {
                    long nr = rs.getLong("logregel");
                    uit.put(
                            nr,
                            new Beoordeling(
                                    nr,
                                    Oordeel.valueOf(rs.getString("oordeel")),
                                    rs.getString("toelichting"),
                                    rs.getString("beoordelaar"),
                                    rs.getTimestamp("beoordeeld_op").toInstant()));
                });
        return uit;
    }
}
