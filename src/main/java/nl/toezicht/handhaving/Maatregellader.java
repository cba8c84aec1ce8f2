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
import nl.toezicht.kern.Weigering;
import nl.toezicht.kern.Zorgsector;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The bulk writer of module handhaving (decision 0030): past measures with their timeline, for the demo data and
 * the history import (module historie). Every history is replayed through the measure's own rules and
 * {@link Maatregelstroom} in memory, so a measure written here took only steps its kind allows, in that order, with
 * money its kind allows; it is never taken through the live flow (no letters, no mandate, no clocks: their periods
 * ran out). References are reserved from the live sequence.
 */
@Service
public class Maatregellader {

    private static final String SEQUENCE = "handhaving.maatregel_nummer_seq";

    /**
     * One past step of the demo data: what was done on which day; {@code bedrag} is the amount of a payment, and
     * for a forfeiture the number of violations or time units it was forfeited for.
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

    /**
     * A step of a measure of the history import: {@code bedrag} as in {@link Historischestap} (a forfeiture's
     * sum), {@code termijnTot} the end of the compliance or grace period a decision set.
     */
    public record Importstap(
            Maatregelstap stap,
            LocalDate op,
            @Nullable BigDecimal bedrag,
            @Nullable LocalDate termijnTot,
            @Nullable String toelichting) {}

    /** A measure of the history import, as the system it comes from kept it. */
    public record Importmaatregel(
            Maatregelsoort soort,
            Zorgsector afdeling,
            UUID zorgaanbieder,
            @Nullable UUID locatie,
            @Nullable String beroepsbeoefenaar,
            Maatregel.Inhoud inhoud,
            Maatregel.Geld geld,
            @Nullable LocalDate rapportdatum,
            List<Importstap> stappen) {}

    /** The money a measure ended with after its steps. */
    public record Eindgeld(BigDecimal verbeurd, BigDecimal gefactureerd, BigDecimal betaald, BigDecimal afgeschreven) {}

    /** A measure of the import judged by the rules and ready to be written (by {@link #schrijfImport}). */
    public static final class Gekeurd {
        private final Maatregel maatregel;
        private final List<LocalDate> dagen;

        private Gekeurd(Maatregel maatregel, List<LocalDate> dagen) {
            this.maatregel = maatregel;
            this.dagen = dagen;
        }

        public UUID id() {
            return maatregel.id();
        }

        public Maatregelstatus status() {
            return maatregel.status();
        }

        /** The day the decision was made known (the figures count by it), if it was. */
        public @Nullable LocalDate besluitOp() {
            return maatregel.besluitOp();
        }

        public Eindgeld geld() {
            return new Eindgeld(
                    maatregel.verbeurd(), maatregel.gefactureerd(), maatregel.betaald(), maatregel.afgeschreven());
        }
    }

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
        long[] nummers = reserveer(historie.size());
        List<Gekeurd> gekeurd = new ArrayList<>();
        for (int i = 0; i < historie.size(); i++) {
            Historie h = historie.get(i);
            List<Importstap> stappen = new ArrayList<>();
            for (Historischestap s : h.stappen()) {
                LocalDate termijn =
                        s.stap() == Maatregelstap.BESLUIT_VERZENDEN && h.soort() == Maatregelsoort.LAST_ONDER_DWANGSOM
                                ? s.op().plusWeeks(4)
                                : null;
                // the demo gives a forfeiture as a number of units: amount × number, at most the maximum
                BigDecimal bedrag = s.stap() == Maatregelstap.VERBEURTE_VASTSTELLEN
                        ? h.geld()
                                .bedrag()
                                .multiply(s.bedrag() == null ? BigDecimal.ONE : s.bedrag())
                                .min(h.geld().maximum())
                        : s.bedrag();
                stappen.add(new Importstap(s.stap(), s.op(), bedrag, termijn, null));
            }
            LocalDate begin = h.stappen().get(0).op();
            gekeurd.add(herspeel(
                    new Importmaatregel(
                            h.soort(),
                            h.afdeling(),
                            h.zorgaanbieder(),
                            null,
                            null,
                            new Maatregel.Inhoud(Aanleiding.SIGNAAL, null, "Wkkgz", "art. 27", h.omschrijving()),
                            h.geld(),
                            h.soort() == Maatregelsoort.BESTUURLIJKE_BOETE ? begin : null,
                            stappen),
                    nummers[i],
                    door,
                    op,
                    false));
        }
        bewaar(gekeurd);
        return historie.size();
    }

    /** Numbers for {@link #keur}, taken from the live sequence (a live measure never gets one of them). */
    public long[] reserveer(int aantal) {
        return Referentie.reserveer(client, SEQUENCE, aantal);
    }

    /**
     * Judges a measure of the history import by the rules of a live one (its money, texts, the order and kind of
     * its steps, each on its own day) without taking it through the live flow; refuses with a {@link Weigering} on
     * the field, {@code stappen[i].…} for a step. Nothing is written.
     */
    public Gekeurd keur(Importmaatregel maatregel, long nummer, String door, Instant op) {
        return herspeel(maatregel, nummer, door, op, true);
    }

    private static Gekeurd herspeel(Importmaatregel h, long nummer, String door, Instant op, boolean metVeldnamen) {
        if (h.stappen().isEmpty() || h.stappen().get(0).stap() != Maatregelstap.OPSTELLEN) {
            throw Weigering.opVeld("stappen[0].stap", "maatregel.import.eerst-opstellen");
        }
        LocalDate begin = h.stappen().get(0).op();
        Maatregel m = Maatregel.stelOp(
                Referentie.formatteer('H', begin.getYear(), nummer),
                h.soort(),
                h.afdeling(),
                h.zorgaanbieder(),
                h.locatie(),
                h.beroepsbeoefenaar(),
                h.inhoud(),
                h.geld(),
                h.rapportdatum(),
                // a past fine keeps the amount it was given (decision 0094): no policy maximum of today applies
                new BigDecimal("1000000000.00"),
                door,
                op,
                begin);
        List<LocalDate> dagen = new ArrayList<>();
        dagen.add(begin);
        for (int i = 1; i < h.stappen().size(); i++) {
            Importstap s = h.stappen().get(i);
            if (s.op().isBefore(dagen.get(dagen.size() - 1))) {
                throw Weigering.opVeld("stappen[" + i + "].op", "maatregel.import.volgorde");
            }
            try {
                neem(m, h.soort(), s, door, op);
            } catch (Weigering w) {
                if (!metVeldnamen) {
                    throw w;
                }
                String veld = w.veld() == null ? "stap" : w.veld();
                throw Weigering.opVeld("stappen[" + i + "]." + veld, w.berichtSleutel(), w.argumenten());
            }
            dagen.add(s.op());
        }
        return new Gekeurd(m, dagen);
    }

    private static void neem(Maatregel m, Maatregelsoort soort, Importstap s, String door, Instant op) {
        switch (s.stap()) {
            case OPSTELLEN -> throw Weigering.opVeld("stap", "maatregel.import.eerst-opstellen");
            case VOORNEMEN_VERZENDEN, BESLUIT_VERZENDEN, INVORDERING_VERZENDEN -> {
                m.verzonden(s.stap(), s.op(), door, op);
                if (s.stap() == Maatregelstap.BESLUIT_VERZENDEN) {
                    if (s.termijnTot() == null && soort == Maatregelsoort.LAST_ONDER_DWANGSOM) {
                        throw Weigering.opVeld("termijnTot", "maatregel.import.termijn-verplicht");
                    }
                    if (s.termijnTot() != null && s.termijnTot().isBefore(s.op())) {
                        throw Weigering.opVeld("termijnTot", "maatregel.import.termijn-voor-besluit");
                    }
                    m.termijnen(s.termijnTot(), null);
                }
            }
            case VERBEURTE_VASTSTELLEN -> {
                m.stelVerbeurdeSomVast(s.bedrag(), s.op(), door, op);
                m.termijnen(null, s.op().plusYears(1));
            }
            case BETALING_VASTLEGGEN -> m.legBetalingVast(s.bedrag(), s.op(), door, op);
            case AFSCHRIJVEN -> m.schrijfAf(s.bedrag(), s.op(), door, op, s.toelichting());
            case BEZWAAR_ONTVANGEN -> m.ontvangBezwaar(s.op(), s.op(), door, op);
            default -> m.neem(s.stap(), s.op(), door, op, s.toelichting());
        }
    }

    /** Writes measures judged by {@link #keur}, marked as imported, in the caller's transaction. */
    @Transactional
    public void schrijfImport(List<Gekeurd> gekeurd) {
        bewaar(gekeurd);
        if (!gekeurd.isEmpty()) {
            client.sql("update handhaving.maatregel set geimporteerd = true where id = any(?)")
                    .param(gekeurd.stream().map(Gekeurd::id).toArray(UUID[]::new))
                    .update();
        }
    }

    private void bewaar(List<Gekeurd> gekeurd) {
        List<Object[]> stappen = new ArrayList<>();
        for (Gekeurd g : gekeurd) {
            List<Maatregelstapregel> regels = g.maatregel.nieuweStappen();
            for (int v = 0; v < regels.size(); v++) {
                stappen.add(new Object[] {g.id(), v, regels.get(v), g.dagen.get(v)});
            }
        }
        jdbc.batchUpdate(Maatregelen.INVOEGEN, gekeurd, 500, (PreparedStatement ps, Gekeurd g) -> {
            Object[] w = Maatregelen.waarden(g.maatregel);
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
    }
}
