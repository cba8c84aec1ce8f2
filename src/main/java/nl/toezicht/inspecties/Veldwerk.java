package nl.toezicht.inspecties;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import nl.toezicht.kern.NietGevonden;
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

    Veldwerk(
            Toezichtactiviteiten activiteiten,
            Kaderversies kaderversies,
            Toegangsbeleid toegang,
            JdbcClient jdbc,
            Clock clock) {
        this.activiteiten = activiteiten;
        this.kaderversies = kaderversies;
        this.toegang = toegang;
        this.jdbc = jdbc;
        this.clock = clock;
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
        Toezichtactiviteit activiteit = toegang.wijzig(
                InspectieRechten.BEVINDINGEN_VASTLEGGEN,
                Logobject.toezichtactiviteit(activiteitId),
                () -> activiteiten.vind(activiteitId),
                Toezichtactiviteit::afdeling,
                a -> List.of(Logobject.toezichtactiviteit(a.id())));
        if (sleutel == null) {
            throw Weigering.opVeld("Idempotency-Key", "bevinding.sleutel.verplicht");
        }
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
