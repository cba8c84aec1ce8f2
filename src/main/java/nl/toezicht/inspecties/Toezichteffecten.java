package nl.toezicht.inspecties;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import nl.toezicht.kern.Weigering;
import nl.toezicht.toegang.Toegangsbeleid;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * "Toezicht met effect" (docs/inspecties.md "Effect"): at the start of an activity (planned or under way) its team
 * records what it should achieve; once the fieldwork is done, whether it did — achieved, partly, not — with an
 * explanation. Counted in the figures by {@link Productiecijfers} in the month it was judged.
 */
@Service
public class Toezichteffecten {

    /** While the activity has not been carried out yet, the intended effect can be recorded or changed. */
    static final Set<Activiteitstatus> BIJ_DE_START =
            EnumSet.of(Activiteitstatus.GEPLAND, Activiteitstatus.IN_UITVOERING);

    static final int MAX_TEKST = 4_000;

    /**
     * The effect of one activity.
     *
     * @param uitkomst null until judged
     */
    public record Effect(
            UUID activiteit,
            String beoogd,
            String beoogdDoor,
            Instant beoogdOp,
            @Nullable Effectuitkomst uitkomst,
            @Nullable String toelichting,
            @Nullable String beoordeeldDoor,
            @Nullable Instant beoordeeldOp) {}

    private final Rapportage rapportage;
    private final Toegangsbeleid toegang;
    private final JdbcClient jdbc;
    private final Clock clock;

    Toezichteffecten(Rapportage rapportage, Toegangsbeleid toegang, JdbcClient jdbc, Clock clock) {
        this.rapportage = rapportage;
        this.toegang = toegang;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** The team of the activity records its effect. */
    private String eisTeam(Toezichtactiviteit activiteit) {
        String door = toegang.ik().gebruikersnaam();
        if (!activiteit.team().contains(door)) {
            throw new Weigering("effect.niet-in-team", activiteit.referentie());
        }
        return door;
    }

    /** The effect of an activity the user has read through {@link Planning#activiteit}, if recorded. */
    @Transactional(readOnly = true)
    public Optional<Effect> effect(UUID activiteit) {
        return jdbc.sql("select * from inspecties.toezichteffect where activiteit = ?")
                .param(activiteit)
                .query((rs, i) -> new Effect(
                        rs.getObject("activiteit", UUID.class),
                        rs.getString("beoogd"),
                        rs.getString("beoogd_door"),
                        rs.getTimestamp("beoogd_op").toInstant(),
                        rs.getString("uitkomst") == null ? null : Effectuitkomst.valueOf(rs.getString("uitkomst")),
                        rs.getString("toelichting"),
                        rs.getString("beoordeeld_door"),
                        rs.getTimestamp("beoordeeld_op") == null
                                ? null
                                : rs.getTimestamp("beoordeeld_op").toInstant()))
                .optional();
    }

    /** Whether the activity is at its start (the intended effect may be recorded). */
    public static boolean isBijDeStart(Toezichtactiviteit activiteit) {
        return BIJ_DE_START.contains(activiteit.status());
    }

    /** Whether the activity was carried out (its effect may be judged). */
    public static boolean isUitgevoerd(Toezichtactiviteit activiteit) {
        return !BIJ_DE_START.contains(activiteit.status()) && activiteit.status() != Activiteitstatus.GEANNULEERD;
    }

    /** The team records (or corrects) what the activity should achieve, at its start. */
    @Transactional
    public Effect beoog(UUID id, @Nullable String beoogd) {
        Toezichtactiviteit activiteit = rapportage.wijzig(id, InspectieRechten.PLANNEN);
        String door = eisTeam(activiteit);
        if (!isBijDeStart(activiteit)) {
            throw new Weigering("effect.beoogd.te-laat", activiteit.referentie());
        }
        String tekst = verplicht(beoogd, "beoogd");
        jdbc.sql(
                        "insert into inspecties.toezichteffect (activiteit, beoogd, beoogd_door, beoogd_op) values (?, ?, ?, ?)"
                                + " on conflict (activiteit) do update set beoogd = excluded.beoogd,"
                                + " beoogd_door = excluded.beoogd_door, beoogd_op = excluded.beoogd_op,"
                                + " version = inspecties.toezichteffect.version + 1")
                .params(id, tekst, door, Timestamp.from(clock.instant()))
                .update();
        return effect(id).orElseThrow();
    }

    /**
     * The team judges, once the activity was carried out, whether it achieved the intended effect; the
     * explanation is required. Refused before the fieldwork is done and without an intended effect.
     */
    @Transactional
    public Effect beoordeel(UUID id, @Nullable Effectuitkomst uitkomst, @Nullable String toelichting) {
        Toezichtactiviteit activiteit = rapportage.wijzig(id, InspectieRechten.PLANNEN);
        String door = eisTeam(activiteit);
        if (!isUitgevoerd(activiteit)) {
            throw new Weigering("effect.uitkomst.te-vroeg", activiteit.referentie());
        }
        if (effect(id).isEmpty()) {
            throw Weigering.opVeld("uitkomst", "effect.uitkomst.geen-beoogd", activiteit.referentie());
        }
        if (uitkomst == null) {
            throw Weigering.opVeld("uitkomst", "effect.uitkomst.kies");
        }
        String uitleg = verplicht(toelichting, "toelichting");
        jdbc.sql("update inspecties.toezichteffect set uitkomst = ?, toelichting = ?, beoordeeld_door = ?,"
                        + " beoordeeld_op = ?, version = version + 1 where activiteit = ?")
                .params(uitkomst.name(), uitleg, door, Timestamp.from(clock.instant()), id)
                .update();
        return effect(id).orElseThrow();
    }

    private static String verplicht(@Nullable String tekst, String veld) {
        if (tekst == null || tekst.isBlank()) {
            throw Weigering.opVeld(veld, "kader.veld.verplicht");
        }
        String schoon = tekst.strip();
        if (schoon.length() > MAX_TEKST) {
            throw Weigering.opVeld(veld, "kader.veld.te-lang", MAX_TEKST);
        }
        return schoon;
    }
}
