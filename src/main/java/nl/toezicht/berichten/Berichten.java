package nl.toezicht.berichten;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import nl.toezicht.kern.NietGevonden;
import nl.toezicht.kern.Pagina;
import nl.toezicht.logboek.Handeling;
import nl.toezicht.logboek.Toegangslog;
import nl.toezicht.toegang.Medewerkers;
import nl.toezicht.toegang.Toegangsbeleid;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The alerts (docs/berichten.md): {@link #meld} stores one for its recipient, once per key, and in the same
 * transaction queues its e-mail when the recipient wants alerts by e-mail and has an address; the rest reads
 * and marks the logged-in person's own alerts. Nobody reads another's alerts, the administrator neither.
 */
@Service
public class Berichten {

    static final int PAGINAGROOTTE = 25;

    private final JdbcClient jdbc;
    private final Medewerkers medewerkers;
    private final Toegangsbeleid beleid;
    private final Toegangslog log;
    private final Mailopmaak opmaak;
    private final Clock clock;

    Berichten(
            JdbcClient jdbc,
            Medewerkers medewerkers,
            Toegangsbeleid beleid,
            Toegangslog log,
            Mailopmaak opmaak,
            Clock clock) {
        this.jdbc = jdbc;
        this.medewerkers = medewerkers;
        this.beleid = beleid;
        this.log = log;
        this.opmaak = opmaak;
        this.clock = clock;
    }

    /**
     * Stores the alert unless its recipient already has one with its key (a redelivered event, a second run of
     * a job); queues its e-mail in the same transaction. Returns whether it was new.
     */
    @Transactional
    public boolean meld(Melding melding) {
        UUID id = UUID.randomUUID();
        OffsetDateTime nu = OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC);
        int nieuw = jdbc.sql("""
                        insert into berichten.bericht (id, ontvanger, soort, sleutel, kenmerk, pad, datum, aangemaakt_op)
                        values (?, ?, ?, ?, ?, ?, ?, ?) on conflict (ontvanger, sleutel) do nothing""")
                .params(
                        id,
                        melding.ontvanger(),
                        melding.soort().name(),
                        melding.sleutel(),
                        melding.kenmerk(),
                        melding.pad(),
                        melding.datum(),
                        nu)
                .update();
        if (nieuw == 0) {
            return false;
        }
        if (perEmail(melding.ontvanger())) {
            medewerkers.emailadres(melding.ontvanger()).ifPresent(aan -> {
                Mailopmaak.Mail mail = opmaak.mail(melding);
                jdbc.sql("""
                                insert into berichten.mail (id, bericht, aan, onderwerp, tekst, status, volgende_poging,
                                    aangemaakt_op)
                                values (?, ?, ?, ?, ?, 'WACHTEND', ?, ?) on conflict (bericht) do nothing""")
                        .params(UUID.randomUUID(), id, aan, mail.onderwerp(), mail.tekst(), nu, nu)
                        .update();
            });
        }
        return true;
    }

    /** The logged-in person's alerts, newest first, one page (from 1). */
    @Transactional(readOnly = true)
    public Pagina<Bericht> mijn(int pagina) {
        String ik = eisLezen();
        int nummer = Math.max(1, pagina);
        List<Bericht> items = jdbc.sql("""
                        select id, soort, kenmerk, pad, datum, aangemaakt_op, gelezen_op from berichten.bericht
                        where ontvanger = ? order by aangemaakt_op desc, id limit ? offset ?""")
                .params(ik, PAGINAGROOTTE, (long) (nummer - 1) * PAGINAGROOTTE)
                .query(Berichten::bericht)
                .list();
        long totaal = jdbc.sql("select count(*) from berichten.bericht where ontvanger = ?")
                .param(ik)
                .query(Long.class)
                .single();
        // the list names case references: logged as a search of one's own alerts
        log.toegestaan(Handeling.ZOEKEN);
        return Pagina.genummerd(items, nummer, PAGINAGROOTTE, totaal);
    }

    /** How many of the logged-in person's alerts are unread (the bell in the header); 0 without the right. */
    @Transactional(readOnly = true)
    public long ongelezen() {
        if (!beleid.heeft(BerichtRechten.LEZEN)) {
            return 0;
        }
        return jdbc.sql("select count(*) from berichten.bericht where ontvanger = ? and gelezen_op is null")
                .param(beleid.ik().gebruikersnaam())
                .query(Long.class)
                .single();
    }

    /**
     * Marks one of one's own alerts read and returns it (its page is where the reader goes next); another's
     * alert is not found.
     */
    @Transactional
    public Bericht markeerGelezen(UUID id) {
        String ik = eisLezen();
        jdbc.sql("update berichten.bericht set gelezen_op = ? where id = ? and ontvanger = ? and gelezen_op is null")
                .params(Timestamp.from(clock.instant()), id, ik)
                .update();
        return jdbc.sql("""
                        select id, soort, kenmerk, pad, datum, aangemaakt_op, gelezen_op from berichten.bericht
                        where id = ? and ontvanger = ?""")
                .params(id, ik)
                .query(Berichten::bericht)
                .optional()
                .orElseThrow(() -> new NietGevonden("object.bericht", id));
    }

    /** Marks all of one's alerts read; returns how many were unread. */
    @Transactional
    public int markeerAllesGelezen() {
        return jdbc.sql("update berichten.bericht set gelezen_op = ? where ontvanger = ? and gelezen_op is null")
                .params(Timestamp.from(clock.instant()), eisLezen())
                .update();
    }

    /** Whether the logged-in person's alerts also come by e-mail (the default), and to which address. */
    @Transactional(readOnly = true)
    public Voorkeur voorkeur() {
        String ik = eisLezen();
        return new Voorkeur(perEmail(ik), medewerkers.emailadres(ik).orElse(null));
    }

    /** In the application only ({@code false}) or also by e-mail. */
    @Transactional
    public void zetPerEmail(boolean perEmail) {
        jdbc.sql("""
                        insert into berichten.voorkeur (gebruikersnaam, per_email) values (?, ?)
                        on conflict (gebruikersnaam) do update set per_email = excluded.per_email""").params(eisLezen(), perEmail).update();
    }

    /** One's preference and the address the administrator recorded (null: none, so no e-mail). */
    public record Voorkeur(boolean perEmail, @Nullable String emailadres) {}

    private boolean perEmail(String gebruikersnaam) {
        Optional<Boolean> keuze = jdbc.sql("select per_email from berichten.voorkeur where gebruikersnaam = ?")
                .param(gebruikersnaam)
                .query(Boolean.class)
                .optional();
        return keuze.orElse(true);
    }

    private String eisLezen() {
        beleid.eis(BerichtRechten.LEZEN);
        return beleid.ik().gebruikersnaam();
    }

    private static Bericht bericht(ResultSet rs, int rij) throws SQLException {
        Timestamp gelezen = rs.getTimestamp("gelezen_op");
        return new Bericht(
                rs.getObject("id", UUID.class),
                Berichtsoort.valueOf(rs.getString("soort")),
                rs.getString("kenmerk"),
                rs.getString("pad"),
                rs.getObject("datum", LocalDate.class),
                rs.getTimestamp("aangemaakt_op").toInstant(),
                gelezen == null ? null : gelezen.toInstant());
    }
}
