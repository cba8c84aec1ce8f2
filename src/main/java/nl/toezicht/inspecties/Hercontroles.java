package nl.toezicht.inspecties;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import nl.toezicht.kern.Weigering;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The re-visit (docs/inspecties.md "Follow-up", decision 0098): planned from an activity whose improvement plan
 * was accepted or is overdue, as a new activity with reason {@link Aanleiding#HERCONTROLE} for the same provider,
 * locations, framework version, department and team; the norms that had to improve there are its focus.
 * Both activities link to each other.
 */
@Service
public class Hercontroles {

    /** The link between a re-visit and the activity it checks again, with the focus norms (codes). */
    public record Hercontrole(UUID activiteit, String referentie, UUID van, String vanReferentie, List<String> normen) {
        public Hercontrole {
            normen = List.copyOf(normen);
        }
    }

    private final Planning planning;
    private final Rapportage rapportage;
    private final Verbeterplannen verbeterplannen;
    private final Toezichtactiviteiten activiteiten;
    private final JdbcClient jdbc;
    private final Clock clock;

    Hercontroles(
            Planning planning,
            Rapportage rapportage,
            Verbeterplannen verbeterplannen,
            Toezichtactiviteiten activiteiten,
            JdbcClient jdbc,
            Clock clock) {
        this.planning = planning;
        this.rapportage = rapportage;
        this.verbeterplannen = verbeterplannen;
        this.activiteiten = activiteiten;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** The re-visit planned from this activity, if any (the caller read the activity). */
    @Transactional(readOnly = true)
    public Optional<Hercontrole> vanuit(UUID activiteit) {
        return zoek("h.van = ?", activiteit);
    }

    /** What this activity re-visits, if it is a re-visit (the caller read the activity). */
    @Transactional(readOnly = true)
    public Optional<Hercontrole> van(UUID activiteit) {
        return zoek("h.activiteit = ?", activiteit);
    }

    /** Whether a re-visit may be planned from this activity now: its plan accepted or overdue, none planned yet. */
    @Transactional(readOnly = true)
    public boolean kanGepland(Toezichtactiviteit activiteit) {
        return verbeterplannen.isAfgerond(activiteit) && vanuit(activiteit.id()).isEmpty();
    }

    /**
     * Plans the re-visit of activity {@code van}: kind, announcement and dates as given, everything else taken over
     * from it. Refused while its improvement plan is neither accepted nor overdue, or when one was planned.
     */
    @Transactional
    public Toezichtactiviteit plan(
            UUID van,
            @Nullable Activiteitsoort soort,
            @Nullable Aankondiging aankondiging,
            @Nullable LocalDate begindatum,
            @Nullable LocalDate einddatum) {
        Toezichtactiviteit origineel = rapportage.wijzig(van, InspectieRechten.PLANNEN);
        if (!verbeterplannen.isAfgerond(origineel)) {
            throw new Weigering("hercontrole.verbeterplan-open", origineel.referentie());
        }
        if (vanuit(van).isPresent()) {
            throw new Weigering("hercontrole.al-gepland", origineel.referentie());
        }
        List<String> normen = rapportage.teVerbeteren(origineel).stream()
                .map(Kaderinhoud.Norm::code)
                .toList();
        Toezichtactiviteit nieuw = planning.planActiviteit(new Planverzoek(
                soort,
                aankondiging,
                origineel.afdeling(),
                Aanleiding.HERCONTROLE,
                null,
                "van " + origineel.referentie(),
                origineel.zorgaanbiederId(),
                origineel.locaties(),
                origineel.kaderversieId(),
                origineel.leider(),
                origineel.team().stream()
                        .filter(g -> !g.equals(origineel.leider()))
                        .toList(),
                begindatum,
                einddatum));
        String door = nieuw.aangemaaktDoor();
        jdbc.sql("insert into inspecties.hercontrole (activiteit, van, normen, door, op) values (?, ?, ?, ?, ?)")
                .params(nieuw.id(), van, normen.toArray(String[]::new), door, Timestamp.from(clock.instant()))
                .update();
        origineel.neemRapportstap(
                Activiteitstap.HERCONTROLE_GEPLAND,
                Activiteitstroom.Kenmerken.van(origineel.soort()),
                door,
                clock.instant(),
                nieuw.referentie());
        activiteiten.bewaar(origineel);
        return nieuw;
    }

    private Optional<Hercontrole> zoek(String waar, UUID id) {
        return jdbc.sql("select h.activiteit, a.referentie, h.van, v.referentie as van_referentie, h.normen"
                        + " from inspecties.hercontrole h join inspecties.toezichtactiviteit a on a.id = h.activiteit"
                        + " join inspecties.toezichtactiviteit v on v.id = h.van where " + waar)
                .param(id)
                .query((rs, i) -> new Hercontrole(
                        rs.getObject("activiteit", UUID.class),
                        rs.getString("referentie"),
                        rs.getObject("van", UUID.class),
                        rs.getString("van_referentie"),
                        List.of((String[]) rs.getArray("normen").getArray())))
                .optional();
    }
}
