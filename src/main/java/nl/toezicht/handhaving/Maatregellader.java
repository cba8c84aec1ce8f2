package nl.toezicht.handhaving;

import java.math.BigDecimal;
import java.sql.PreparedStatement;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import nl.toezicht.kern.Referentie;
import nl.toezicht.kern.Zorgsector;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The bulk writer of module handhaving (decision 0030): past measures with their timeline, for the demo data and
 * (later) the history import. Every history is replayed through {@link Maatregelstroom} first, so a measure
 * written here took only steps its kind allows; references are reserved from the live sequence. Past measures get
 * no clocks: their periods ran out.
 */
@Service
public class Maatregellader {

    /**
     * One past step: what was done on which day; {@code bedrag} is the amount of a payment, and for a forfeiture
     * the number of violations or time units it was forfeited for.
     */
    public record Historischestap(
            Maatregelstap stap, LocalDate op, @Nullable BigDecimal bedrag) {}

    /**
     * A past measure: its facts, money and steps in order (the first is {@code OPSTELLEN}). The dates of the
     * measure (decision, end) follow from the steps.
     */
    public record Historie(
            Maatregelsoort soort,
            Zorgsector afdeling,
            UUID zorgaanbieder,
            String omschrijving,
            Maatregel.Geld geld,
            List<Historischestap> stappen) {}

    private final JdbcTemplate jdbc;
    private final org.springframework.jdbc.core.simple.JdbcClient client;

    /** On any database (the demo data of tests writes into a fresh one). */
    public Maatregellader(javax.sql.DataSource dataSource, org.springframework.jdbc.core.simple.JdbcClient client) {
        this.jdbc = new JdbcTemplate(dataSource);
        this.client = client;
    }

    /** Writes the measures in one transaction; returns how many. Refuses a history its kind's flow does not allow. */
    @Transactional
    public int schrijf(List<Historie> historie, String door, Instant op) {
        long[] nummers = Referentie.reserveer(client, "handhaving.maatregel_nummer_seq", historie.size());
        List<Object[]> rijen = new ArrayList<>();
        List<Object[]> stappen = new ArrayList<>();
        for (int i = 0; i < historie.size(); i++) {
            Historie h = historie.get(i);
            LocalDate begin = h.stappen().get(0).op();
            Maatregel m = Maatregel.stelOp(
                    Referentie.formatteer('H', begin.getYear(), nummers[i]),
                    h.soort(),
                    h.afdeling(),
                    h.zorgaanbieder(),
                    null,
                    null,
                    new Maatregel.Inhoud(Aanleiding.SIGNAAL, null, "Wkkgz", "art. 27", h.omschrijving()),
                    h.geld(),
                    h.soort() == Maatregelsoort.BESTUURLIJKE_BOETE ? begin : null,
                    new BigDecimal("1000000000.00"),
                    door,
                    op,
                    begin);
            for (Historischestap s : h.stappen().subList(1, h.stappen().size())) {
                switch (s.stap()) {
                    case VOORNEMEN_VERZENDEN, BESLUIT_VERZENDEN, INVORDERING_VERZENDEN -> {
                        m.verzonden(s.stap(), s.op(), door, op);
                        if (s.stap() == Maatregelstap.BESLUIT_VERZENDEN
                                && h.soort() == Maatregelsoort.LAST_ONDER_DWANGSOM) {
                            m.termijnen(s.op().plusWeeks(4), null);
                        }
                    }
                    case VERBEURTE_VASTSTELLEN -> {
                        m.stelVerbeurteVast(s.bedrag() == null ? 1 : s.bedrag().intValue(), s.op(), door, op);
                        m.termijnen(null, s.op().plusYears(1));
                    }
                    case BETALING_VASTLEGGEN -> m.legBetalingVast(s.bedrag(), s.op(), door, op);
                    default -> m.neem(s.stap(), s.op(), door, op, null);
                }
            }
            rijen.add(new Object[] {m, begin});
            List<Maatregelstapregel> regels = m.nieuweStappen();
            for (int v = 0; v < regels.size(); v++) {
                Maatregelstapregel r = regels.get(v);
                LocalDate dag = v == 0 ? begin : h.stappen().get(v).op();
                stappen.add(new Object[] {m.id(), v, r, dag});
            }
        }
        jdbc.batchUpdate(Maatregelen.INVOEGEN, rijen, 500, (PreparedStatement ps, Object[] rij) -> {
            Object[] w = Maatregelen.waarden((Maatregel) rij[0]);
            for (int k = 0; k < w.length; k++) {
                ps.setObject(k + 1, w[k]);
            }
        });
        jdbc.batchUpdate(
                "insert into handhaving.maatregelstap (maatregel, volgnummer, van, naar, stap, door, op, toelichting,"
                        + " bedrag) values (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                stappen,
                1000,
                (PreparedStatement ps, Object[] s) -> {
                    Maatregelstapregel r = (Maatregelstapregel) s[2];
                    ps.setObject(1, s[0]);
                    ps.setInt(2, (Integer) s[1]);
                    ps.setString(3, r.van() == null ? null : r.van().name());
                    ps.setString(4, r.naar().name());
                    ps.setString(5, r.stap().name());
                    ps.setString(6, r.door());
                    // noon on the day the step was taken, Dutch time: the timeline shows the day
                    ps.setTimestamp(
                            7,
                            Timestamp.from(((LocalDate) s[3])
                                    .atTime(12, 0)
                                    .atZone(nl.toezicht.kern.Tijdzone.NEDERLAND)
                                    .toInstant()));
                    ps.setString(8, r.toelichting());
                    ps.setBigDecimal(9, r.bedrag());
                });
        return historie.size();
    }
}
