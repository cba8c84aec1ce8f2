package nl.toezicht.handhaving;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import nl.toezicht.kern.Referentie;
import nl.toezicht.kern.Tijdzone;
import nl.toezicht.kern.Weigering;
import nl.toezicht.logboek.Handeling;
import nl.toezicht.logboek.Logobject;
import nl.toezicht.logboek.Toegangslog;
import nl.toezicht.toegang.Medewerker;
import nl.toezicht.toegang.Toegangsbeleid;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The bulk process for annual accounts not deposited (docs/handhaving.md): the deposits come in as a CSV of the
 * external register; for a reporting year the providers of the register that existed by its end and deposited
 * nothing get, phase by phase, an intention, an order under penalty (a merged letter each: the kind's template with
 * the provider's data), and after the grace period the forfeiture with a collection decision. A deposit arriving
 * later withdraws the intention or ends the order as complied.
 *
 * <p>A phase runs in the background in chunks of {@link #PORTIE}, each chunk one transaction, with its progress in
 * {@code handhaving.jaarrekeningronde}. It does nothing twice: a phase selects only the measures in the state before
 * it, and a provider has at most one measure per year ({@code handhaving.jaarrekeninglast}'s primary key, which the
 * code looks at before it writes). A dry run says what would happen and changes nothing.
 */
@Service
public class Jaarrekeningen {

    private static final Logger LOG = LoggerFactory.getLogger(Jaarrekeningen.class);
    static final int PORTIE = 100;
    /** A run not heard of for this long died with its instance: another may start. */
    static final long STIL_MINUTEN = 10;

    /** The phases of the process, in order. */
    public enum Fase {
        VOORNEMENS,
        LASTEN,
        INVORDERING
    }

    /** What a (dry) run would do: how many, and the first few providers by name (a flash attribute: serializable). */
    public record Voorbeeld(int verslagjaar, Fase fase, int aantal, List<String> eersten)
            implements java.io.Serializable {}

    /** What loading a deposit file did. */
    public record Laadverslag(int gelezen, int nieuw, int ingetrokken, int nageleefd) {}

    /** A run and how far it is. */
    public record Ronde(
            UUID id,
            int verslagjaar,
            Fase fase,
            String status,
            int totaal,
            int verwerkt,
            int brieven,
            String gestartDoor,
            Instant gestartOp,
            @Nullable Instant klaarOp,
            @Nullable String fout) {
        public int procent() {
            return totaal == 0 ? 100 : verwerkt * 100 / totaal;
        }

        public boolean isBezig() {
            return "BEZIG".equals(status);
        }

        /** Letters per second over the run so far. */
        public long brievenPerSeconde(Instant nu) {
            long ms = java.time.Duration.between(gestartOp, klaarOp == null ? nu : klaarOp)
                    .toMillis();
            return ms <= 0 ? 0 : brieven * 1000L / ms;
        }
    }

    /** The state of a reporting year: deposits, measures per state, the runs. */
    public record Overzicht(
            int verslagjaar,
            int verplicht,
            int gedeponeerd,
            int ontbrekend,
            java.util.Map<String, Integer> maatregelen,
            List<Ronde> rondes) {}

    private final Handhaving handhaving;
    private final Maatregelen maatregelen;
    private final Mandaten mandaten;
    private final Toegangsbeleid toegang;
    private final Toegangslog log;
    private final JdbcClient jdbc;
    private final TransactionTemplate transacties;
    private final HandhavingProperties instellingen;
    private final Clock clock;
    private final ExecutorService achtergrond = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "jaarrekeningen");
        t.setDaemon(true);
        return t;
    });

    Jaarrekeningen(
            Handhaving handhaving,
            Maatregelen maatregelen,
            Mandaten mandaten,
            Toegangsbeleid toegang,
            Toegangslog log,
            JdbcClient jdbc,
            TransactionTemplate transacties,
            HandhavingProperties instellingen,
            Clock clock) {
        this.handhaving = handhaving;
        this.maatregelen = maatregelen;
        this.mandaten = mandaten;
        this.toegang = toegang;
        this.log = log;
        this.jdbc = jdbc;
        this.transacties = transacties;
        this.instellingen = instellingen;
        this.clock = clock;
    }

    // ---- deposits ----

    /**
     * Loads a deposit file: every deposit not known yet is stored; the providers who deposited for a year in which
     * they have a measure of this process see their intention withdrawn or their order ended as complied. Refused
     * whole (problem in Dutch on {@code bestand}, nothing stored) when the file is bad.
     */
    public Laadverslag laad(byte[] bestand) {
        toegang.eis(HandhavingRechten.OPSTELLEN, Handeling.IMPORTEREN);
        List<Deponeringsbestand.Deponering> rijen = Deponeringsbestand.lees(bestand, handhaving.vandaag());
        Instant nu = clock.instant();
        Integer nieuw = transacties.execute(t -> {
            int n = 0;
            for (int i = 0; i < rijen.size(); i += 1000) {
                List<Deponeringsbestand.Deponering> deel = rijen.subList(i, Math.min(rijen.size(), i + 1000));
                n += jdbc.sql("insert into handhaving.deponering (verslagjaar, kvk_nummer, gedeponeerd_op, geladen_op)"
                                + " select * from unnest(?::int[], ?::text[], ?::date[], ?::timestamptz[])"
                                + " on conflict do nothing")
                        .params(
                                deel.stream()
                                        .map(Deponeringsbestand.Deponering::verslagjaar)
                                        .toArray(Integer[]::new),
                                deel.stream()
                                        .map(Deponeringsbestand.Deponering::kvkNummer)
                                        .toArray(String[]::new),
                                deel.stream()
                                        .map(d -> java.sql.Date.valueOf(d.gedeponeerdOp()))
                                        .toArray(java.sql.Date[]::new),
                                deel.stream().map(d -> Timestamp.from(nu)).toArray(Timestamp[]::new))
                        .update();
            }
            return n;
        });
        log.toegestaan(Handeling.IMPORTEREN, Logobject.van("DEPONERINGEN", rijen.size() + " regels"));
        int[] beeindigd = beeindigGedeponeerd();
        return new Laadverslag(rijen.size(), nieuw == null ? 0 : nieuw, beeindigd[0], beeindigd[1]);
    }

    /** Ends, chunk by chunk, the measures of providers whose deposit has come in: {withdrawn, complied}. */
    private int[] beeindigGedeponeerd() {
        int ingetrokken = 0;
        int nageleefd = 0;
        List<UUID> ids = jdbc.sql("select j.maatregel from handhaving.jaarrekeninglast j"
                        + " join handhaving.maatregel m on m.id = j.maatregel"
                        + " join register.zorgaanbieder_uitwisseling z on z.id = j.zorgaanbieder_id"
                        + " join handhaving.deponering d on d.verslagjaar = j.verslagjaar and d.kvk_nummer = z.kvk_nummer"
                        + " where m.status in ('VOORNEMEN', 'OPGELEGD') order by j.maatregel")
                .query(UUID.class)
                .list();
        for (int i = 0; i < ids.size(); i += PORTIE) {
            List<UUID> deel = ids.subList(i, Math.min(ids.size(), i + PORTIE));
            int[] uit = transacties.execute(t -> {
                int[] telling = new int[2];
                for (UUID id : deel) {
                    Maatregel m = maatregelen.vind(id).orElseThrow();
                    if (m.status() == Maatregelstatus.VOORNEMEN) {
                        handhaving.neemIntern(m, Maatregelstap.INTREKKEN, "Jaarverantwoording gedeponeerd");
                        telling[0]++;
                    } else if (m.status() == Maatregelstatus.OPGELEGD) {
                        handhaving.neemIntern(m, Maatregelstap.NALEVING_VASTSTELLEN, "Jaarverantwoording gedeponeerd");
                        telling[1]++;
                    }
                }
                log.toegestaan(
                        Handeling.WIJZIGEN,
                        deel.stream().map(Logobject::maatregel).toArray(Logobject[]::new));
                return telling;
            });
            ingetrokken += uit[0];
            nageleefd += uit[1];
        }
        return new int[] {ingetrokken, nageleefd};
    }

    // ---- the phases ----

    /** What the phase would do for the year now: nothing is changed. */
    public Voorbeeld droog(int verslagjaar, Fase fase) {
        toegang.eis(HandhavingRechten.OPSTELLEN, Handeling.ZOEKEN);
        List<UUID> doel = doelen(verslagjaar, fase);
        List<String> eersten = doel.isEmpty()
                ? List.of()
                : jdbc.sql(
                                fase == Fase.VOORNEMENS
                                        ? "select naam from register.zorgaanbieder_uitwisseling where id = any(?)"
                                                + " order by naam limit 10"
                                        : "select z.naam from handhaving.maatregel m join register.zorgaanbieder_uitwisseling z"
                                                + " on z.id = m.zorgaanbieder_id where m.id = any(?) order by z.naam limit 10")
                        .param(doel.toArray(UUID[]::new))
                        .query(String.class)
                        .list();
        return new Voorbeeld(verslagjaar, fase, doel.size(), eersten);
    }

    /**
     * Starts the phase for the year in the background; refused when a run for that year is going on, or when the
     * user may not sign the letters (right and mandate for an order under penalty of the configured maximum).
     */
    public Ronde start(int verslagjaar, Fase fase) {
        jaar(verslagjaar);
        toegang.eis(HandhavingRechten.OPSTELLEN, Handeling.AANMAKEN);
        toegang.eis(HandhavingRechten.ONDERTEKENEN);
        Medewerker ik = toegang.ik();
        HandhavingProperties.Jaarrekening j = instellingen.bulk();
        toegang.eisAfdeling(j.afdeling());
        mandaten.eis(ik.rol(), Maatregelsoort.LAST_ONDER_DWANGSOM, j.maximum());
        List<UUID> doel = doelen(verslagjaar, fase);
        UUID id = UUID.randomUUID();
        Instant nu = clock.instant();
        transacties.executeWithoutResult(t -> {
            jdbc.sql("update handhaving.jaarrekeningronde set status = 'ONDERBROKEN', klaar_op = ?"
                            + " where verslagjaar = ? and status = 'BEZIG' and bijgewerkt_op < ?")
                    .params(Timestamp.from(nu), verslagjaar, Timestamp.from(nu.minus(STIL_MINUTEN, ChronoUnit.MINUTES)))
                    .update();
            try {
                jdbc.sql("insert into handhaving.jaarrekeningronde (id, verslagjaar, fase, status, totaal,"
                                + " gestart_door, gestart_op, bijgewerkt_op) values (?, ?, ?, 'BEZIG', ?, ?, ?, ?)")
                        .params(
                                id,
                                verslagjaar,
                                fase.name(),
                                doel.size(),
                                ik.gebruikersnaam(),
                                Timestamp.from(nu),
                                Timestamp.from(nu))
                        .update();
            } catch (DuplicateKeyException e) {
                throw new Weigering("jaarrekening.ronde.bezig", verslagjaar);
            }
        });
        log.toegestaan(Handeling.AANMAKEN, Logobject.van("JAARREKENINGRONDE", id.toString()));
        SecurityContext context = SecurityContextHolder.getContext();
        achtergrond.execute(() -> {
            SecurityContextHolder.setContext(context);
            try {
                voerUit(id, verslagjaar, fase, doel, ik);
            } finally {
                SecurityContextHolder.clearContext();
            }
        });
        return ronde(id);
    }

    /** Runs the phase now, in this thread (the background job and the benchmark). */
    void voerUit(UUID ronde, int verslagjaar, Fase fase, List<UUID> doel, Medewerker ik) {
        try {
            for (int i = 0; i < doel.size(); i += PORTIE) {
                List<UUID> deel = doel.subList(i, Math.min(doel.size(), i + PORTIE));
                transacties.executeWithoutResult(t -> {
                    List<Logobject> geraakt = new ArrayList<>();
                    int brieven = 0;
                    for (UUID d : deel) {
                        UUID maatregel = stap(verslagjaar, fase, d, ik);
                        if (maatregel != null) {
                            geraakt.add(Logobject.maatregel(maatregel));
                            brieven++;
                        }
                    }
                    if (!geraakt.isEmpty()) {
                        log.toegestaan(
                                fase == Fase.VOORNEMENS ? Handeling.AANMAKEN : Handeling.WIJZIGEN,
                                geraakt.toArray(Logobject[]::new));
                    }
                    jdbc.sql("update handhaving.jaarrekeningronde set verwerkt = verwerkt + ?, brieven = brieven + ?,"
                                    + " bijgewerkt_op = ? where id = ?")
                            .params(deel.size(), brieven, Timestamp.from(clock.instant()), ronde)
                            .update();
                });
            }
            jdbc.sql("update handhaving.jaarrekeningronde set status = 'KLAAR', klaar_op = ? where id = ?")
                    .params(Timestamp.from(clock.instant()), ronde)
                    .update();
        } catch (RuntimeException e) {
            LOG.warn("Jaarrekeningronde {} mislukt: {}", ronde, e.getClass().getSimpleName());
            jdbc.sql("update handhaving.jaarrekeningronde set status = 'MISLUKT', klaar_op = ?, fout = ? where id = ?")
                    .params(Timestamp.from(clock.instant()), e.getClass().getSimpleName(), ronde)
                    .update();
        }
    }

    /**
     * One provider (intentions) or measure (later phases) through the phase, if it is still where the phase finds
     * it; returns the measure that got a letter, or null when nothing was left to do (a re-run, a deposit).
     */
    private @Nullable UUID stap(int verslagjaar, Fase fase, UUID doel, Medewerker ik) {
        HandhavingProperties.Jaarrekening j = instellingen.bulk();
        LocalDate vandaag = handhaving.vandaag();
        return switch (fase) {
            case VOORNEMENS -> {
                Maatregel m = Maatregel.stelOp(
                        Referentie.formatteer(
                                'H',
                                vandaag.getYear(),
                                Referentie.reserveer(jdbc, "handhaving.maatregel_nummer_seq", 1)[0]),
                        Maatregelsoort.LAST_ONDER_DWANGSOM,
                        j.afdeling(),
                        doel,
                        null,
                        null,
                        new Maatregel.Inhoud(
                                Aanleiding.SIGNAAL,
                                null,
                                j.wet(),
                                j.artikel(),
                                "U heeft de jaarverantwoording over " + verslagjaar
                                        + " niet op tijd openbaar gemaakt en gedeponeerd."
                                        + "\n\nDeponeer de jaarverantwoording binnen de begunstigingstermijn; doet u"
                                        + " dat niet, dan verbeurt u een dwangsom per week dat de overtreding"
                                        + " voortduurt."),
                        new Maatregel.Geld(j.bedrag(), Dwangsomeenheid.PER_WEEK, j.maximum()),
                        null,
                        instellingen.maximum(),
                        ik.gebruikersnaam(),
                        clock.instant(),
                        vandaag);
                // one measure per provider and year: skipped when there is one (a re-run); should another run
                // write one meanwhile, the primary key refuses this chunk whole
                boolean al = jdbc.sql("select exists (select 1 from handhaving.jaarrekeninglast where verslagjaar = ?"
                                + " and zorgaanbieder_id = ?)")
                        .params(verslagjaar, doel)
                        .query(Boolean.class)
                        .single();
                if (al) {
                    yield null;
                }
                maatregelen.voegToe(m);
                jdbc.sql("insert into handhaving.jaarrekeninglast (verslagjaar, zorgaanbieder_id, maatregel)"
                                + " values (?, ?, ?)")
                        .params(verslagjaar, doel, m.id())
                        .update();
                handhaving.verstuur(m, Maatregelstap.VOORNEMEN_VERZENDEN, Handhaving.PORTAAL, null, ik);
                yield m.id();
            }
            case LASTEN -> {
                Maatregel m = maatregelen.vind(doel).orElseThrow();
                if (m.status() != Maatregelstatus.VOORNEMEN) {
                    yield null;
                }
                handhaving.verstuur(m, Maatregelstap.BESLUIT_VERZENDEN, Handhaving.PORTAAL, j.begunstigingWeken(), ik);
                yield m.id();
            }
            case INVORDERING -> {
                Maatregel m = maatregelen.vind(doel).orElseThrow();
                if (m.status() != Maatregelstatus.OPGELEGD
                        || m.termijnTot() == null
                        || !vandaag.isAfter(m.termijnTot())) {
                    yield null;
                }
                long dagen = ChronoUnit.DAYS.between(m.termijnTot(), vandaag);
                int weken = (int) Math.max(1, Math.min(100_000, (dagen + 6) / 7));
                handhaving.verbeurIntern(m, weken);
                handhaving.verstuur(m, Maatregelstap.INVORDERING_VERZENDEN, Handhaving.PORTAAL, null, ik);
                yield m.id();
            }
        };
    }

    /**
     * What the phase would take on now: the providers without deposit and without measure for the year (that
     * existed by the year's end); the intentions whose view period is over; the orders whose grace period is over.
     */
    List<UUID> doelen(int verslagjaar, Fase fase) {
        jaar(verslagjaar);
        LocalDate vandaag = handhaving.vandaag();
        return switch (fase) {
            case VOORNEMENS ->
                jdbc.sql("select z.id from register.zorgaanbieder_uitwisseling z where z.aangemaakt_op < ?"
                                + " and not exists (select 1 from handhaving.deponering d where d.verslagjaar = ?"
                                + " and d.kvk_nummer = z.kvk_nummer)"
                                + " and not exists (select 1 from handhaving.jaarrekeninglast j where j.verslagjaar = ?"
                                + " and j.zorgaanbieder_id = z.id) order by z.id")
                        .params(
                                Timestamp.from(LocalDate.of(verslagjaar + 1, 1, 1)
                                        .atStartOfDay(Tijdzone.NEDERLAND)
                                        .toInstant()),
                                verslagjaar,
                                verslagjaar)
                        .query(UUID.class)
                        .list();
            case LASTEN ->
                // not who deposited meanwhile (a deposit loaded while the intentions ran found no measure to end)
                jdbc.sql("select m.id from handhaving.jaarrekeninglast j join handhaving.maatregel m"
                                + " on m.id = j.maatregel join register.zorgaanbieder_uitwisseling z"
                                + " on z.id = j.zorgaanbieder_id where j.verslagjaar = ? and m.status = 'VOORNEMEN'"
                                + " and m.voornemen_op <= ? and not exists (select 1 from handhaving.deponering d"
                                + " where d.verslagjaar = j.verslagjaar and d.kvk_nummer = z.kvk_nummer)"
                                + " order by m.id")
                        .params(verslagjaar, java.sql.Date.valueOf(vandaag.minusWeeks(2)))
                        .query(UUID.class)
                        .list();
            case INVORDERING ->
                jdbc.sql(
                                "select m.id from handhaving.jaarrekeninglast j join handhaving.maatregel m on m.id = j.maatregel"
                                        + " where j.verslagjaar = ? and m.status = 'OPGELEGD' and m.termijn_tot < ? order by m.id")
                        .params(verslagjaar, java.sql.Date.valueOf(vandaag))
                        .query(UUID.class)
                        .list();
        };
    }

    // ---- reading ----

    public Ronde ronde(UUID id) {
        toegang.eis(HandhavingRechten.INZIEN);
        return jdbc.sql("select * from handhaving.jaarrekeningronde where id = ?")
                .param(id)
                .query(Jaarrekeningen::ronde)
                .optional()
                .orElseThrow(() -> new nl.toezicht.kern.NietGevonden("object.jaarrekeningronde", id.toString()));
    }

    public Overzicht overzicht(int verslagjaar) {
        jaar(verslagjaar);
        toegang.eis(HandhavingRechten.INZIEN, Handeling.ZOEKEN);
        Timestamp einde = Timestamp.from(LocalDate.of(verslagjaar + 1, 1, 1)
                .atStartOfDay(Tijdzone.NEDERLAND)
                .toInstant());
        int verplicht = jdbc.sql("select count(*) from register.zorgaanbieder_uitwisseling where aangemaakt_op < ?")
                .param(einde)
                .query(Integer.class)
                .single();
        int gedeponeerd = jdbc.sql("select count(*) from register.zorgaanbieder_uitwisseling z where aangemaakt_op < ?"
                        + " and exists (select 1 from handhaving.deponering d where d.verslagjaar = ?"
                        + " and d.kvk_nummer = z.kvk_nummer)")
                .params(einde, verslagjaar)
                .query(Integer.class)
                .single();
        java.util.Map<String, Integer> perStatus = new java.util.LinkedHashMap<>();
        jdbc.sql("select m.status, count(*) from handhaving.jaarrekeninglast j join handhaving.maatregel m"
                        + " on m.id = j.maatregel where j.verslagjaar = ? group by m.status order by m.status")
                .param(verslagjaar)
                .query((rs, i) -> perStatus.put(rs.getString(1), rs.getInt(2)))
                .list();
        List<Ronde> rondes = jdbc.sql(
                        "select * from handhaving.jaarrekeningronde where verslagjaar = ? order by gestart_op desc limit 10")
                .param(verslagjaar)
                .query(Jaarrekeningen::ronde)
                .list();
        return new Overzicht(verslagjaar, verplicht, gedeponeerd, verplicht - gedeponeerd, perStatus, rondes);
    }

    private static Ronde ronde(java.sql.ResultSet rs, int i) throws java.sql.SQLException {
        Timestamp klaar = rs.getTimestamp("klaar_op");
        return new Ronde(
                rs.getObject("id", UUID.class),
                rs.getInt("verslagjaar"),
                Fase.valueOf(rs.getString("fase")),
                rs.getString("status"),
                rs.getInt("totaal"),
                rs.getInt("verwerkt"),
                rs.getInt("brieven"),
                rs.getString("gestart_door"),
                rs.getTimestamp("gestart_op").toInstant(),
                klaar == null ? null : klaar.toInstant(),
                rs.getString("fout"));
    }

    /** The last reporting year that is over: the page's default. */
    public int vorigJaar() {
        return handhaving.vandaag().getYear() - 1;
    }

    private void jaar(int verslagjaar) {
        if (verslagjaar < 1900 || verslagjaar >= handhaving.vandaag().getYear()) {
            throw Weigering.opVeld(
                    "verslagjaar",
                    "jaarrekening.verslagjaar.ongeldig",
                    handhaving.vandaag().getYear() - 1);
        }
    }
}
