package nl.toezicht.inspecties;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import nl.toezicht.kern.Bestandskeuring;
import nl.toezicht.kern.Bestandsopslag;
import nl.toezicht.kern.NietGevonden;
import nl.toezicht.kern.Upload;
import nl.toezicht.kern.Weigering;
import nl.toezicht.logboek.Logobject;
import nl.toezicht.toegang.Toegangsbeleid;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The fieldwork: findings per norm, saved as the inspector goes (docs/inspecties.md). Every save carries a
 * key made by the client; a save with a key already used changes nothing and answers the finding as it is,
 * so a retry after a dropped connection is safe and nothing is stored twice.
 */
@Service
public class Veldwerk {

    private final Toezichtactiviteiten activiteiten;
    private final Kaderversies kaderversies;
    private final Toegangsbeleid toegang;
    private final JdbcClient jdbc;
    private final Clock clock;
    private final Bestandsopslag opslag;

    Veldwerk(
            Toezichtactiviteiten activiteiten,
            Kaderversies kaderversies,
            Toegangsbeleid toegang,
            JdbcClient jdbc,
            Clock clock,
            Bestandsopslag opslag) {
        this.activiteiten = activiteiten;
        this.kaderversies = kaderversies;
        this.toegang = toegang;
        this.jdbc = jdbc;
        this.clock = clock;
        this.opslag = opslag;
    }

    /** At most this many photos and documents per norm. */
    public static final int MAX_BIJLAGEN_PER_NORM = 10;

    /** A photo or document kept with the finding of a norm. */
    public record Bijlage(
            UUID id,
            String normCode,
            String bestandsnaam,
            String mediatype,
            long grootte,
            String sha256,
            String door,
            Instant op) {}

    /** What an upload answers: the attachment, and whether this call repeated an earlier upload. */
    public record Bijgevoegd(Bijlage bijlage, boolean herhaald) {}

    /**
     * Keeps a photo or document with the finding of a norm, judged as intake's attachments are ({@link
     * Bestandskeuring}). Refused (nothing stored) as {@link #bewaar} is, and for a file intake would refuse; a
     * key already used answers the attachment it stored then.
     */
    @Transactional
    public Bijgevoegd bijlage(UUID activiteitId, @Nullable UUID sleutel, String normCode, @Nullable Upload upload) {
        Toezichtactiviteit activiteit = teVeranderen(activiteitId, sleutel);
        Optional<Bijgevoegd> eerder = eerdereBijlage(sleutel, activiteitId, normCode);
        if (eerder.isPresent()) {
            return eerder.get();
        }
        String door = toegang.ik().gebruikersnaam();
        activiteit.eisVeldwerk(door);
        Kaderversie kader = kaderversies
                .vind(Objects.requireNonNull(activiteit.kaderversieId()))
                .orElseThrow(() -> new NietGevonden("object.kaderversie", activiteit.kaderversieId()));
        if (!kader.inhoud().normen().containsKey(normCode)) {
            throw Weigering.opVeld("normCode", "bevinding.norm.onbekend", normCode, kader.naam());
        }
        int aantal = jdbc.sql("select count(*) from inspecties.bevindingbijlage where activiteit = ? and norm_code = ?")
                .params(activiteitId, normCode)
                .query(Integer.class)
                .single();
        if (aantal >= MAX_BIJLAGEN_PER_NORM) {
            throw Weigering.opVeld("bestand", "bevinding.bijlagen.te-veel", MAX_BIJLAGEN_PER_NORM);
        }
        if (upload == null) {
            throw Weigering.opVeld("bestand", "bevinding.bijlage.leeg");
        }
        Bestandskeuring.Gekeurd g = Bestandskeuring.keur(upload, "bestand", "bevinding.bijlage");
        Instant nu = clock.instant();
        String opslagsleutel = opslag.bewaar(g.upload(), g.sha256());
        opslag.verwijderBijRollback(opslagsleutel);
        UUID id = UUID.randomUUID();
        int nieuw = jdbc.sql(
                        "insert into inspecties.bevindingbijlage (id, activiteit, norm_code, sleutel, bestandsnaam,"
                                + " mediatype, grootte, sha256, opslag_sleutel, door, op) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"
                                + " on conflict (sleutel) do nothing")
                .params(
                        id,
                        activiteitId,
                        normCode,
                        sleutel,
                        Bestandskeuring.bestandsnaam(upload.bestandsnaam(), "bijlage"),
                        g.mediatype(),
                        g.grootte(),
                        g.sha256(),
                        opslagsleutel,
                        door,
                        Timestamp.from(nu))
                .update();
        if (nieuw == 0) {
            // the same upload, retried while the first was still on its way: keep what the first stored
            opslag.verwijder(opslagsleutel);
            return eerdereBijlage(sleutel, activiteitId, normCode).orElseThrow();
        }
        return new Bijgevoegd(
                bijlagen(activiteitId).stream()
                        .filter(b -> b.id().equals(id))
                        .findFirst()
                        .orElseThrow(),
                false);
    }

    /** The activity whose findings are changed (right, need-to-know, logged), and a save's key required. */
    private Toezichtactiviteit teVeranderen(UUID activiteitId, @Nullable UUID sleutel) {
        Toezichtactiviteit activiteit = toegang.wijzig(
                InspectieRechten.BEVINDINGEN_VASTLEGGEN,
                Logobject.toezichtactiviteit(activiteitId),
                () -> activiteiten.vind(activiteitId),
                Toezichtactiviteit::afdeling,
                a -> List.of(Logobject.toezichtactiviteit(a.id())));
        if (sleutel == null) {
            throw Weigering.opVeld("Idempotency-Key", "bevinding.sleutel.verplicht");
        }
        return activiteit;
    }

    private Optional<Bijgevoegd> eerdereBijlage(UUID sleutel, UUID activiteit, String normCode) {
        Optional<UUID[]> rij = jdbc.sql("select id, activiteit from inspecties.bevindingbijlage where sleutel = ?")
                .param(sleutel)
                .query((rs, i) -> new UUID[] {rs.getObject("id", UUID.class), rs.getObject("activiteit", UUID.class)})
                .optional();
        if (rij.isEmpty()) {
            return Optional.empty();
        }
        Bijlage bijlage = bijlagen(rij.get()[1]).stream()
                .filter(b -> b.id().equals(rij.get()[0]))
                .findFirst()
                .orElseThrow();
        if (!rij.get()[1].equals(activiteit) || !bijlage.normCode().equals(normCode)) {
            throw Weigering.opVeld("Idempotency-Key", "bevinding.sleutel.hergebruikt");
        }
        return Optional.of(new Bijgevoegd(bijlage, true));
    }

    /** The photos and documents of an activity the user has read through {@link Planning#activiteit}. */
    @Transactional(readOnly = true)
    public List<Bijlage> bijlagen(Toezichtactiviteit activiteit) {
        return bijlagen(activiteit.id());
    }

    private List<Bijlage> bijlagen(UUID activiteit) {
        return jdbc.sql("select * from inspecties.bevindingbijlage where activiteit = ? order by norm_code, op, id")
                .param(activiteit)
                .query((rs, i) -> new Bijlage(
                        rs.getObject("id", UUID.class),
                        rs.getString("norm_code"),
                        rs.getString("bestandsnaam"),
                        rs.getString("mediatype"),
                        rs.getLong("grootte"),
                        rs.getString("sha256"),
                        rs.getString("door"),
                        rs.getTimestamp("op").toInstant()))
                .list();
    }

    /** The bytes of an attachment of an activity the user has read; 404 for another activity's. */
    @Transactional(readOnly = true)
    public java.io.InputStream open(Toezichtactiviteit activiteit, UUID bijlage) throws java.io.IOException {
        String sleutel = jdbc.sql(
                        "select opslag_sleutel from inspecties.bevindingbijlage where id = ? and activiteit = ?")
                .params(bijlage, activiteit.id())
                .query(String.class)
                .optional()
                .orElseThrow(() -> new NietGevonden("object.bijlage", bijlage));
        return opslag.open(sleutel);
    }

    /** What a save answers: the finding now, and whether this call was a repeat of an earlier save. */
    public record Opgeslagen(Bevinding bevinding, boolean herhaald) {}

    /**
     * Saves the finding of one norm. Refused (nothing stored) outside the fieldwork, by someone outside the
     * team, for a norm or score the framework version does not have, or without a key.
     */
    @Transactional
    public Opgeslagen bewaar(
            UUID activiteitId, @Nullable UUID sleutel, String normCode, @Nullable String score, String onderbouwing) {
        Toezichtactiviteit activiteit = teVeranderen(activiteitId, sleutel);
        String door = toegang.ik().gebruikersnaam();
        Instant nu = clock.instant();
        int nieuw = jdbc.sql("insert into inspecties.bevinding_opslag (sleutel, activiteit, norm_code, door, op)"
                        + " values (?, ?, ?, ?, ?) on conflict (sleutel) do nothing")
                .params(sleutel, activiteitId, normCode, door, Timestamp.from(nu))
                .update();
        if (nieuw == 0) {
            boolean zelfde = jdbc.sql("select count(*) from inspecties.bevinding_opslag where sleutel = ?"
                                    + " and activiteit = ? and norm_code = ?")
                            .params(sleutel, activiteitId, normCode)
                            .query(Integer.class)
                            .single()
                    == 1;
            if (!zelfde) {
                throw Weigering.opVeld("Idempotency-Key", "bevinding.sleutel.hergebruikt");
            }
            return new Opgeslagen(vind(activiteitId, normCode).orElseThrow(), true);
        }
        activiteit.eisVeldwerk(door);
        Kaderversie kader = kaderversies
                .vind(Objects.requireNonNull(activiteit.kaderversieId()))
                .orElseThrow(() -> new NietGevonden("object.kaderversie", activiteit.kaderversieId()));
        String tekst = onderbouwing.strip();
        String schaal = score == null || score.isBlank() ? null : score.strip();
        Bevinding.controleer(kader, normCode, schaal, tekst);
        jdbc.sql("insert into inspecties.bevinding (activiteit, norm_code, score, onderbouwing, opgeslagen_op,"
                        + " opgeslagen_door) values (?, ?, ?, ?, ?, ?) on conflict (activiteit, norm_code) do update"
                        + " set score = excluded.score, onderbouwing = excluded.onderbouwing,"
                        + " opgeslagen_op = excluded.opgeslagen_op, opgeslagen_door = excluded.opgeslagen_door,"
                        + " aantal_opslagen = inspecties.bevinding.aantal_opslagen + 1")
                .params(activiteitId, normCode, schaal, tekst, Timestamp.from(nu), door)
                .update();
        return new Opgeslagen(vind(activiteitId, normCode).orElseThrow(), false);
    }

    /** The findings of an activity the user has read through {@link Planning#activiteit}, by norm. */
    @Transactional(readOnly = true)
    public List<Bevinding> bevindingen(Toezichtactiviteit activiteit) {
        return jdbc.sql("select * from inspecties.bevinding where activiteit = ? order by norm_code")
                .param(activiteit.id())
                .query(Veldwerk::lees)
                .list();
    }

    private Optional<Bevinding> vind(UUID activiteit, String normCode) {
        return jdbc.sql("select * from inspecties.bevinding where activiteit = ? and norm_code = ?")
                .params(activiteit, normCode)
                .query(Veldwerk::lees)
                .optional();
    }

    private static Bevinding lees(java.sql.ResultSet rs, int rij) throws java.sql.SQLException {
        return new Bevinding(
                rs.getObject("activiteit", UUID.class),
                rs.getString("norm_code"),
                rs.getString("score"),
                rs.getString("onderbouwing"),
                rs.getTimestamp("opgeslagen_op").toInstant(),
                rs.getString("opgeslagen_door"),
                rs.getInt("aantal_opslagen"));
    }
}
