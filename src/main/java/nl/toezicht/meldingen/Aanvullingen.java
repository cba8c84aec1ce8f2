package nl.toezicht.meldingen;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;
import nl.toezicht.kern.Bestandskeuring;
import nl.toezicht.kern.Bestandsopslag;
import nl.toezicht.kern.NietGevonden;
import nl.toezicht.kern.Stuurtekens;
import nl.toezicht.kern.Upload;
import nl.toezicht.kern.Weigering;
import nl.toezicht.logboek.Handeling;
import nl.toezicht.logboek.Logobject;
import nl.toezicht.logboek.Toegangslog;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The reporter adds information later, through the private status link (issue 13 item 10): a text,
 * attachments (the same inspection as intake's), or both. Each addition is one entry of the notification's
 * timeline ({@code meldingen.aanvulling}, append-only) and its files become the notification's attachments,
 * stored durably before the answer; {@link MeldingAangevuld} tells who handles it. The form's key makes a
 * retry (a double click, a reload after a lost answer) find the first addition instead of storing twice. A
 * handled notification ({@link Meldingstatus#AFGEHANDELD}) takes nothing more.
 */
@Service
public class Aanvullingen {

    public static final int MAX_TEKST = 5000;
    public static final int MAX_BIJLAGEN = 5;

    private static final Pattern SLEUTEL = Pattern.compile("[A-Za-z0-9_-]{16,100}");

    private final JdbcClient jdbc;
    private final MeldingRepository meldingen;
    private final Bestandsopslag opslag;
    private final Toegangslog toegangslog;
    private final ApplicationEventPublisher events;
    private final TransactionTemplate transactie;
    private final Clock clock;

    Aanvullingen(
            JdbcClient jdbc,
            MeldingRepository meldingen,
            Bestandsopslag opslag,
            Toegangslog toegangslog,
            ApplicationEventPublisher events,
            PlatformTransactionManager transacties,
            Clock clock) {
        this.jdbc = jdbc;
        this.meldingen = meldingen;
        this.opslag = opslag;
        this.toegangslog = toegangslog;
        this.events = events;
        this.transactie = new TransactionTemplate(transacties);
        this.clock = clock;
    }

    /** What the reporter's form needs: the notification's reference, whether it still takes additions, and its additions so far. */
    public record Stand(String referentie, boolean afgehandeld, List<Aanvulling> aanvullingen) {}

    /** The answer to an addition, also to a retry of it. */
    public record Ontvangen(String referentie, int volgnummer, Instant ontvangenOp) {}

    /**
     * For the reporter's page behind the status link; logged as the anonymous reporter reading their
     * notification, an unknown link as a refused attempt.
     *
     * @throws NietGevonden for an unknown link
     */
    @Transactional(readOnly = true)
    public Stand stand(String token) {
        Gevonden melding = vind(token, Handeling.INZIEN);
        toegangslog.toegestaan(Handeling.INZIEN, melding.object());
        return new Stand(melding.referentie(), melding.status() == Meldingstatus.AFGEHANDELD, lees(melding.id()));
    }

    /** The additions of a notification, oldest first, for who handles it (the caller checked need-to-know). */
    @Transactional(readOnly = true)
    public List<Aanvulling> lees(MeldingId melding) {
        return jdbc.sql("select volgnummer, tekst, bijlagen, ontvangen_op from meldingen.aanvulling"
                        + " where melding = :melding order by volgnummer")
                .param("melding", melding.waarde())
                .query((rs, i) -> new Aanvulling(
                        rs.getInt("volgnummer"),
                        rs.getString("tekst"),
                        rs.getInt("bijlagen"),
                        rs.getTimestamp("ontvangen_op").toInstant()))
                .list();
    }

    /**
     * Adds the reporter's text and files to the notification behind the link. The same key again answers as
     * the first time and stores nothing.
     *
     * @throws NietGevonden for an unknown link
     * @throws Weigering on {@code tekst} (empty with no file, too long, control characters), {@code bijlagen}
     *     (too many) or {@code bijlagen[i]} (the file's inspection), on {@code sleutel}, or without a field
     *     when the notification has been handled
     */
    public Ontvangen voegToe(String token, @Nullable String tekst, List<? extends Upload> bijlagen, String sleutel) {
        Gevonden melding = vind(token, Handeling.WIJZIGEN);
        if (sleutel == null || !SLEUTEL.matcher(sleutel).matches()) {
            throw Weigering.opVeld("sleutel", "melding.aanvulling.sleutel");
        }
        Optional<Ontvangen> eerder = eerder(melding, sleutel);
        if (eerder.isPresent()) {
            return eerder.get();
        }
        if (melding.status() == Meldingstatus.AFGEHANDELD) {
            toegangslog.geweigerd(Handeling.WIJZIGEN, melding.object());
            throw new Weigering("melding.aanvulling.afgehandeld", melding.referentie());
        }
        String schoon = tekst == null || tekst.isBlank() ? null : tekst.strip();
        if (schoon == null && bijlagen.isEmpty()) {
            throw Weigering.opVeld("tekst", "melding.aanvulling.leeg");
        }
        if (schoon != null && schoon.length() > MAX_TEKST) {
            throw Weigering.opVeld("tekst", "melding.aanvulling.te-lang", MAX_TEKST);
        }
        if (schoon != null && Stuurtekens.bevat(schoon)) {
            throw Weigering.opVeld("tekst", "melding.aanvulling.ongeldig");
        }
        if (bijlagen.size() > MAX_BIJLAGEN) {
            throw Weigering.opVeld("bijlagen", "melding.aanvulling.te-veel-bijlagen", MAX_BIJLAGEN);
        }
        List<Bestandskeuring.Gekeurd> gekeurd = new ArrayList<>();
        for (int i = 0; i < bijlagen.size(); i++) {
            gekeurd.add(Bestandskeuring.keur(bijlagen.get(i), "bijlagen[" + i + "]", "bijlage"));
        }
        try {
            Opgeslagen opgeslagen = java.util.Objects.requireNonNull(
                    transactie.execute(status -> bewaar(melding, schoon, gekeurd, sleutel)));
            List<Logobject> objecten = new ArrayList<>();
            objecten.add(melding.object());
            opgeslagen.bijlagen().forEach(b -> objecten.add(Logobject.bijlage(b, melding.pseudoniem())));
            toegangslog.toegestaan(Handeling.WIJZIGEN, objecten.toArray(Logobject[]::new));
            return opgeslagen.ontvangen();
        } catch (DuplicateKeyException e) {
            // a concurrent retry under the same key won; ours rolled back with its files: answer as that one
            return eerder(melding, sleutel).orElseThrow(() -> e);
        }
    }

    private record Opgeslagen(Ontvangen ontvangen, List<UUID> bijlagen) {}

    private Opgeslagen bewaar(
            Gevonden gevonden, @Nullable String tekst, List<Bestandskeuring.Gekeurd> bijlagen, String sleutel) {
        // one addition at a time per notification: numbered one after the other, the status read under lock
        jdbc.sql("select 1 from meldingen.melding where id = :id for update")
                .param("id", gevonden.id().waarde())
                .query(Integer.class)
                .single();
        Melding melding = meldingen
                .findById(gevonden.id().waarde())
                .orElseThrow(
                        () -> new NietGevonden("object.melding", gevonden.id().waarde()));
        if (melding.status() == Meldingstatus.AFGEHANDELD) {
            throw new Weigering("melding.aanvulling.afgehandeld", gevonden.referentie());
        }
        Instant nu = Instant.now(clock);
        int volgnummer = jdbc.sql(
                        "select coalesce(max(volgnummer), 0) + 1 from meldingen.aanvulling where melding = :m")
                .param("m", gevonden.id().waarde())
                .query(Integer.class)
                .single();
        jdbc.sql("insert into meldingen.aanvulling (melding, volgnummer, tekst, bijlagen, ontvangen_op, sleutel)"
                        + " values (:m, :v, :tekst, :bijlagen, :op, :sleutel)")
                .param("m", gevonden.id().waarde())
                .param("v", volgnummer)
                .param("tekst", tekst)
                .param("bijlagen", bijlagen.size())
                .param("op", Timestamp.from(nu))
                .param("sleutel", sleutel)
                .update();
        List<UUID> ids = new ArrayList<>();
        for (Bestandskeuring.Gekeurd b : bijlagen) {
            // durably stored (and checked against its SHA-256) before the row commits; removed on rollback
            String opslagSleutel = opslag.bewaar(b.upload(), b.sha256());
            UUID id = UUID.randomUUID();
            melding.voegToe(new Bijlage(
                    id,
                    Bestandskeuring.bestandsnaam(b.upload().bestandsnaam(), "bijlage"),
                    b.mediatype(),
                    b.grootte(),
                    b.sha256(),
                    opslagSleutel,
                    nu,
                    volgnummer));
            ids.add(id);
        }
        if (!ids.isEmpty()) {
            meldingen.save(melding);
        }
        events.publishEvent(
                new MeldingAangevuld(gevonden.id(), gevonden.referentie(), volgnummer, bijlagen.size(), nu));
        return new Opgeslagen(new Ontvangen(gevonden.referentie(), volgnummer, nu), ids);
    }

    private Optional<Ontvangen> eerder(Gevonden melding, String sleutel) {
        return jdbc.sql("select volgnummer, ontvangen_op from meldingen.aanvulling"
                        + " where melding = :m and sleutel = :sleutel")
                .param("m", melding.id().waarde())
                .param("sleutel", sleutel)
                .query((rs, i) -> new Ontvangen(
                        melding.referentie(),
                        rs.getInt("volgnummer"),
                        rs.getTimestamp("ontvangen_op").toInstant()))
                .optional();
    }

    private record Gevonden(
            MeldingId id,
            String referentie,
            Meldingstatus status,
            @Nullable String pseudoniem) {
        Logobject object() {
            return Logobject.melding(id.waarde(), pseudoniem);
        }
    }

    private Gevonden vind(@Nullable String token, Handeling handeling) {
        Optional<Gevonden> gevonden = token == null || token.length() > 100
                ? Optional.empty()
                : jdbc.sql("select id, referentie, status, patient_pseudoniem from meldingen.melding"
                                + " where status_token_hash = :hash")
                        .param("hash", MeldingIntake.hash(token))
                        .query((rs, i) -> new Gevonden(
                                new MeldingId(rs.getObject("id", UUID.class)),
                                rs.getString("referentie"),
                                Meldingstatus.valueOf(rs.getString("status")),
                                rs.getString("patient_pseudoniem")))
                        .optional();
        if (gevonden.isEmpty()) {
            // logged without the link: it is the reporter's secret
            toegangslog.geweigerd(handeling);
            throw new NietGevonden("object.melding", "status");
        }
        return gevonden.get();
    }
}
