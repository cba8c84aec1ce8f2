package nl.toezicht.inspecties;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import nl.toezicht.kern.Bestandskeuring;
import nl.toezicht.kern.Bestandsopslag;
import nl.toezicht.kern.NietGevonden;
import nl.toezicht.kern.Upload;
import nl.toezicht.kern.Weigering;
import nl.toezicht.logboek.Handeling;
import nl.toezicht.logboek.Logobject;
import nl.toezicht.termijnen.Handelende;
import nl.toezicht.termijnen.KlokId;
import nl.toezicht.termijnen.KlokStand;
import nl.toezicht.termijnen.Klokken;
import nl.toezicht.termijnen.Lengte;
import nl.toezicht.termijnen.Objectverwijzing;
import nl.toezicht.termijnen.Startpunt;
import nl.toezicht.termijnen.Verantwoordelijke;
import nl.toezicht.toegang.Toegangsbeleid;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The improvement plan (docs/inspecties.md "Follow-up", decision 0098): after a final report whose findings say
 * what must improve, the team asks the provider for a plan under a clock of kind {@code VERBETERPLAN} (six weeks
 * by default, or the weeks the team gives); the provider answers in the portal with text and documents (judged by
 * their bytes as intake's are; a retried post with the same key stores nothing twice); the team accepts it, or
 * does not with a reason, and then the provider gets a next round with a new term. Each step is in the
 * activity's timeline and the access log.
 */
@Service
public class Verbeterplannen {

    static final String KLOKSOORT = "VERBETERPLAN";
    static final int MAX_WEKEN = 26;

    public enum Oordeel {
        AANVAARD,
        NIET_AANVAARD;

        public String berichtSleutel() {
            return "verbeterplan.oordeel." + name();
        }
    }

    /** One round: asked with a deadline, perhaps answered, perhaps judged. */
    public record Verbeterplan(
            UUID id,
            UUID activiteit,
            int ronde,
            String gevraagdDoor,
            Instant gevraagdOp,
            UUID klokId,
            LocalDate uiterlijk,
            @Nullable String tekst,
            @Nullable String ingediendDoor,
            @Nullable Instant ingediendOp,
            List<Rapport.Bijlage> bijlagen,
            @Nullable Oordeel oordeel,
            @Nullable String oordeelReden,
            @Nullable String beoordeeldDoor,
            @Nullable Instant beoordeeldOp) {

        public Verbeterplan {
            bijlagen = List.copyOf(bijlagen);
        }

        public boolean isIngediend() {
            return ingediendOp != null;
        }

        /** Not answered and its deadline is past (the clock counts it overdue too). */
        public boolean isTeLaat(LocalDate vandaag) {
            return !isIngediend() && vandaag.isAfter(uiterlijk);
        }
    }

    private final Rapportage rapportage;
    private final Toezichtactiviteiten activiteiten;
    private final Toegangsbeleid toegang;
    private final Klokken klokken;
    private final Bestandsopslag opslag;
    private final JdbcClient jdbc;
    private final Clock clock;

    Verbeterplannen(
            Rapportage rapportage,
            Toezichtactiviteiten activiteiten,
            Toegangsbeleid toegang,
            Klokken klokken,
            Bestandsopslag opslag,
            JdbcClient jdbc,
            Clock clock) {
        this.rapportage = rapportage;
        this.activiteiten = activiteiten;
        this.toegang = toegang;
        this.klokken = klokken;
        this.opslag = opslag;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** The rounds of an activity the user has read through {@link Planning#activiteit}, oldest first. */
    @Transactional(readOnly = true)
    public List<Verbeterplan> rondes(Toezichtactiviteit activiteit) {
        return rondes(activiteit.id());
    }

    /** Whether the plan was accepted, or its (last) term ran out unanswered: a re-visit may be planned from it. */
    @Transactional(readOnly = true)
    public boolean isAfgerond(Toezichtactiviteit activiteit) {
        List<Verbeterplan> rondes = rondes(activiteit.id());
        if (rondes.isEmpty()) {
            return false;
        }
        Verbeterplan laatste = rondes.get(rondes.size() - 1);
        return laatste.oordeel() == Oordeel.AANVAARD || laatste.isTeLaat(rapportage.vandaag());
    }

    /**
     * The team asks the provider for an improvement plan: only of a final report that names norms to improve,
     * once. {@code weken} empty: the kind's length (six weeks by default); else 1 to {@value #MAX_WEKEN} weeks.
     */
    @Transactional
    public Verbeterplan vraag(UUID id, @Nullable String weken) {
        return vraag(id, weken, null);
    }

    /**
     * As {@link #vraag(UUID, String)}, or with a deadline date ({@code uiterlijk}, the API's choice): after today and
     * at most {@value #MAX_WEKEN} weeks ahead, counted as calendar days on the clock (which moves it off a day off as
     * the kind says). Not both.
     */
    @Transactional
    public Verbeterplan vraag(UUID id, @Nullable String weken, @Nullable LocalDate uiterlijk) {
        Toezichtactiviteit activiteit = rapportage.wijzig(id, InspectieRechten.RAPPORTEREN);
        String door = rapportage.eisTeam(activiteit);
        if (activiteit.status() != Activiteitstatus.RAPPORT_DEFINITIEF
                && activiteit.status() != Activiteitstatus.GEPUBLICEERD) {
            throw new Weigering("verbeterplan.niet-definitief", activiteit.referentie());
        }
        if (rapportage.teVerbeteren(activiteit).isEmpty()) {
            throw new Weigering("verbeterplan.niets-te-verbeteren", activiteit.referentie());
        }
        if (!rondes(id).isEmpty()) {
            throw new Weigering("verbeterplan.al-gevraagd", activiteit.referentie());
        }
        Lengte lengte = lengte(weken, uiterlijk);
        return nieuweRonde(activiteit, 1, door, lengte, Activiteitstap.VERBETERPLAN_VRAGEN);
    }

    /**
     * The team judges the submitted plan: {@code AANVAARD}, or {@code NIET_AANVAARD} with a reason (then the
     * provider gets a next round under a new clock of the kind's length).
     */
    @Transactional
    public Verbeterplan beoordeel(UUID id, @Nullable String oordeel, @Nullable String reden) {
        Toezichtactiviteit activiteit = rapportage.wijzig(id, InspectieRechten.RAPPORTEREN);
        String door = rapportage.eisTeam(activiteit);
        Verbeterplan open = openRonde(id)
                .filter(Verbeterplan::isIngediend)
                .orElseThrow(() -> new Weigering("verbeterplan.niet-ingediend", activiteit.referentie()));
        Oordeel o;
        try {
            o = Oordeel.valueOf(oordeel == null ? "" : oordeel);
        } catch (IllegalArgumentException e) {
            throw Weigering.opVeld("oordeel", "verbeterplan.oordeel.kies");
        }
        String schoon = reden == null || reden.isBlank() ? null : rapportage.tekst(reden, "plan-reden");
        if (o == Oordeel.NIET_AANVAARD && schoon == null) {
            throw Weigering.opVeld("plan-reden", "verbeterplan.reden-verplicht");
        }
        Instant nu = clock.instant();
        activiteit.neemRapportstap(
                Activiteitstap.VERBETERPLAN_BEOORDELEN,
                Activiteitstroom.Kenmerken.van(activiteit.soort()),
                door,
                nu,
                (o == Oordeel.AANVAARD ? "Aanvaard" : "Niet aanvaard") + " (ronde " + open.ronde() + ")"
                        + (schoon == null ? "" : ": " + schoon));
        activiteiten.bewaar(activiteit);
        jdbc.sql("update inspecties.verbeterplan set oordeel = ?, oordeel_reden = ?, beoordeeld_door = ?,"
                        + " beoordeeld_op = ?, version = version + 1 where id = ?")
                .params(o.name(), schoon, door, Timestamp.from(nu), open.id())
                .update();
        if (o == Oordeel.NIET_AANVAARD) {
            nieuweRonde(activiteit, open.ronde() + 1, door, null, null);
        }
        return vind(open.id());
    }

    // --- the provider's side (portal) ---

    /** The rounds of a report sent to one of the user's providers; another's does not exist (404, logged). */
    @Transactional(readOnly = true)
    public List<Verbeterplan> voorZorgaanbieder(UUID id) {
        return inzage(id).rondes();
    }

    /** What the provider reads of its plan: the activity, its rounds and the norms to improve. */
    public record Inzage(
            Toezichtactiviteit activiteit, List<Verbeterplan> rondes, List<Kaderinhoud.Norm> teVerbeteren) {
        public Inzage {
            rondes = List.copyOf(rondes);
            teVerbeteren = List.copyOf(teVerbeteren);
        }
    }

    /** {@link #voorZorgaanbieder} with the activity and the norms to improve (none while no plan was asked). */
    @Transactional(readOnly = true)
    public Inzage inzage(UUID id) {
        Toezichtactiviteit activiteit = toegang.lees(
                InspectieRechten.VERBETERPLAN_INDIENEN,
                Logobject.toezichtactiviteit(id),
                () -> rapportage.eigenVerzonden(id),
                a -> List.of(Logobject.toezichtactiviteit(a.id())));
        List<Verbeterplan> rondes = rondes(activiteit.id());
        return new Inzage(activiteit, rondes, rondes.isEmpty() ? List.of() : rapportage.teVerbeteren(activiteit));
    }

    /** What a post of the plan did: stored now, or answered as stored before with the same key. */
    public record Ingediend(Verbeterplan plan, boolean herhaald) {}

    /**
     * The provider sends its plan for the open round: text and up to {@value Rapportage#MAX_BIJLAGEN} documents,
     * each judged by its bytes. The form's {@code sleutel} makes it idempotent: a post with a key already used
     * changes nothing and answers the plan as stored. The clock stops; a late plan is taken too (the clock was
     * overdue).
     */
    @Transactional
    public Ingediend dienIn(UUID id, @Nullable String sleutel, @Nullable String tekst, List<Upload> bijlagen) {
        Toezichtactiviteit activiteit = toegang.handel(
                Handeling.WIJZIGEN,
                InspectieRechten.VERBETERPLAN_INDIENEN,
                List.of(Logobject.toezichtactiviteit(id)),
                () -> rapportage.eigenVerzonden(id),
                null,
                a -> List.of(Logobject.toezichtactiviteit(a.id())));
        if (sleutel == null || sleutel.isBlank() || sleutel.length() > 100) {
            throw Weigering.opVeld("sleutel", "verbeterplan.sleutel");
        }
        Optional<Verbeterplan> eerder = metSleutel(id, sleutel);
        if (eerder.isPresent()) {
            return new Ingediend(eerder.get(), true);
        }
        if (jdbc.sql("select count(*) from inspecties.verbeterplan where indien_sleutel = ?")
                        .param(sleutel)
                        .query(Integer.class)
                        .single()
                > 0) {
            // a key already used for another report's plan: refused in words, not a unique violation
            throw Weigering.opVeld("sleutel", "verbeterplan.sleutel.gebruikt");
        }
        Verbeterplan open = openRonde(id)
                .filter(p -> !p.isIngediend())
                .orElseThrow(() -> new Weigering("verbeterplan.geen-verzoek", activiteit.referentie()));
        if (tekst == null || tekst.isBlank()) {
            throw Weigering.opVeld("tekst", "verbeterplan.tekst-verplicht");
        }
        String schoon = rapportage.tekst(tekst, "tekst");
        if (bijlagen.size() > Rapportage.MAX_BIJLAGEN) {
            throw Weigering.opVeld("bijlagen", "zienswijze.bijlagen.te-veel", Rapportage.MAX_BIJLAGEN);
        }
        List<Bestandskeuring.Gekeurd> gekeurd = new ArrayList<>();
        for (int i = 0; i < bijlagen.size(); i++) {
            gekeurd.add(Bestandskeuring.keur(bijlagen.get(i), "bijlagen[" + i + "]", "zienswijze.bijlage"));
        }
        String door = toegang.ik().gebruikersnaam();
        Instant nu = clock.instant();
        int bijgewerkt = jdbc.sql("update inspecties.verbeterplan set tekst = ?, ingediend_door = ?, ingediend_op = ?,"
                        + " indien_sleutel = ?, version = version + 1 where id = ? and ingediend_op is null")
                .params(schoon, door, Timestamp.from(nu), sleutel, open.id())
                .update();
        if (bijgewerkt == 0) {
            // a post with the same key that came in at the same moment stored it first
            return metSleutel(id, sleutel)
                    .map(p -> new Ingediend(p, true))
                    .orElseThrow(() -> new Weigering("verbeterplan.geen-verzoek", activiteit.referentie()));
        }
        for (Bestandskeuring.Gekeurd g : gekeurd) {
            String opslagSleutel = opslag.bewaar(g.upload(), g.sha256());
            opslag.verwijderBijRollback(opslagSleutel);
            jdbc.sql("insert into inspecties.verbeterplanbijlage (id, verbeterplan, bestandsnaam, mediatype, grootte,"
                            + " sha256, opslag_sleutel, op) values (?, ?, ?, ?, ?, ?, ?, ?)")
                    .params(
                            UUID.randomUUID(),
                            open.id(),
                            Bestandskeuring.bestandsnaam(g.upload().bestandsnaam(), "bijlage"),
                            g.mediatype(),
                            g.grootte(),
                            g.sha256(),
                            opslagSleutel,
                            Timestamp.from(nu))
                    .update();
        }
        activiteit.neemRapportstap(
                Activiteitstap.VERBETERPLAN_INDIENEN,
                Activiteitstroom.Kenmerken.van(activiteit.soort()),
                door,
                nu,
                "Ronde " + open.ronde() + (open.isTeLaat(rapportage.vandaag()) ? ", na de termijn" : ""));
        activiteiten.bewaar(activiteit);
        klokken.vind(new KlokId(open.klokId()))
                .filter(KlokStand::isLopend)
                .ifPresent(k -> klokken.stop(k.id(), new Handelende(door, "ZORGAANBIEDER"), nu, null));
        return new Ingediend(vind(open.id()), false);
    }

    /** A document of a plan of this activity (the caller has read the activity or the provider's rounds). */
    @Transactional(readOnly = true)
    public Optional<Rapport.Bijlage> bijlage(UUID activiteit, UUID bijlage) {
        return rondes(activiteit).stream()
                .flatMap(p -> p.bijlagen().stream())
                .filter(b -> b.id().equals(bijlage))
                .findFirst();
    }

    /** A document with its bytes, for a download (the caller closes the stream). */
    public record Document(Rapport.Bijlage bijlage, InputStream inhoud) {}

    /**
     * A document of a plan of this activity with its bytes; one of another activity is not found. The caller has
     * read the activity (staff) or the provider's rounds (portal): both doors, page and API, come through here.
     */
    @Transactional(readOnly = true)
    public Document document(UUID activiteit, UUID bijlage) {
        Rapport.Bijlage b = bijlage(activiteit, bijlage).orElseThrow(() -> new NietGevonden("object.bijlage", bijlage));
        return new Document(b, open(bijlage));
    }

    /** The clock of a round (the caller read its activity). */
    @Transactional(readOnly = true)
    public Optional<KlokStand> klok(Verbeterplan ronde) {
        return klokken.vind(new KlokId(ronde.klokId()));
    }

    /** The bytes of a document found through {@link #bijlage}. */
    @Transactional(readOnly = true)
    public InputStream open(UUID bijlage) {
        String sleutel = jdbc.sql("select opslag_sleutel from inspecties.verbeterplanbijlage where id = ?")
                .param(bijlage)
                .query(String.class)
                .optional()
                .orElseThrow(() -> new NietGevonden("object.bijlage", bijlage));
        try {
            return opslag.open(sleutel);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    // --- helpers ---

    private Verbeterplan nieuweRonde(
            Toezichtactiviteit activiteit,
            int ronde,
            String door,
            @Nullable Lengte lengte,
            @Nullable Activiteitstap stap) {
        Instant nu = clock.instant();
        KlokStand klok = klokken.start(
                KlokId.nieuw(),
                new Objectverwijzing(Rapportage.OBJECTTYPE, activiteit.id()),
                KLOKSOORT,
                Startpunt.datum(rapportage.vandaag()),
                lengte,
                new Verantwoordelijke(activiteit.afdeling().name(), activiteit.leider()),
                new Handelende(door, "INSPECTEUR"),
                nu);
        if (stap != null) {
            activiteit.neemRapportstap(
                    stap,
                    Activiteitstroom.Kenmerken.van(activiteit.soort()),
                    door,
                    nu,
                    "Uiterlijk " + Rapportage.datum(klok.uiterlijk()));
            activiteiten.bewaar(activiteit);
        }
        UUID id = UUID.randomUUID();
        jdbc.sql("insert into inspecties.verbeterplan (id, activiteit, ronde, gevraagd_door, gevraagd_op, klok_id,"
                        + " uiterlijk) values (?, ?, ?, ?, ?, ?, ?)")
                .params(
                        id,
                        activiteit.id(),
                        ronde,
                        door,
                        Timestamp.from(nu),
                        klok.id().waarde(),
                        Date.valueOf(klok.uiterlijk()))
                .update();
        return vind(id);
    }

    private @Nullable Lengte lengte(@Nullable String weken, @Nullable LocalDate uiterlijk) {
        if (uiterlijk == null) {
            return lengte(weken);
        }
        if (weken != null && !weken.isBlank()) {
            throw Weigering.opVeld("uiterlijk", "verbeterplan.termijn.een-van");
        }
        LocalDate vandaag = rapportage.vandaag();
        if (!uiterlijk.isAfter(vandaag)) {
            throw Weigering.opVeld("uiterlijk", "verbeterplan.uiterlijk.verleden");
        }
        if (uiterlijk.isAfter(vandaag.plusWeeks(MAX_WEKEN))) {
            throw Weigering.opVeld("uiterlijk", "verbeterplan.uiterlijk.te-ver", MAX_WEKEN);
        }
        return Lengte.kalenderdagen((int) ChronoUnit.DAYS.between(vandaag, uiterlijk));
    }

    private static @Nullable Lengte lengte(@Nullable String weken) {
        if (weken == null || weken.isBlank()) {
            return null;
        }
        try {
            int aantal = Integer.parseInt(weken.strip());
            if (aantal >= 1 && aantal <= MAX_WEKEN) {
                return Lengte.weken(aantal);
            }
        } catch (NumberFormatException e) {
            // refused below, in words
        }
        throw Weigering.opVeld("weken", "verbeterplan.weken.ongeldig", MAX_WEKEN);
    }

    private Optional<Verbeterplan> openRonde(UUID activiteit) {
        return rondes(activiteit).stream().filter(p -> p.oordeel() == null).findFirst();
    }

    private Optional<Verbeterplan> metSleutel(UUID activiteit, String sleutel) {
        return jdbc.sql("select id from inspecties.verbeterplan where activiteit = ? and indien_sleutel = ?")
                .params(activiteit, sleutel)
                .query(UUID.class)
                .optional()
                .map(this::vind);
    }

    private Verbeterplan vind(UUID id) {
        return jdbc.sql("select * from inspecties.verbeterplan where id = ?")
                .param(id)
                .query((rs, i) -> lees(rs))
                .single();
    }

    private List<Verbeterplan> rondes(UUID activiteit) {
        return jdbc.sql("select * from inspecties.verbeterplan where activiteit = ? order by ronde")
                .param(activiteit)
                .query((rs, i) -> lees(rs))
                .list();
    }

    private Verbeterplan lees(ResultSet rs) throws SQLException {
        UUID id = rs.getObject("id", UUID.class);
        List<Rapport.Bijlage> bijlagen = jdbc.sql("select id, bestandsnaam, mediatype, grootte, sha256"
                        + " from inspecties.verbeterplanbijlage where verbeterplan = ? order by op, bestandsnaam")
                .param(id)
                .query((b, i) -> new Rapport.Bijlage(
                        b.getObject("id", UUID.class),
                        b.getString("bestandsnaam"),
                        b.getString("mediatype"),
                        b.getLong("grootte"),
                        b.getString("sha256")))
                .list();
        String oordeel = rs.getString("oordeel");
        return new Verbeterplan(
                id,
                rs.getObject("activiteit", UUID.class),
                rs.getInt("ronde"),
                rs.getString("gevraagd_door"),
                rs.getTimestamp("gevraagd_op").toInstant(),
                rs.getObject("klok_id", UUID.class),
                rs.getDate("uiterlijk").toLocalDate(),
                rs.getString("tekst"),
                rs.getString("ingediend_door"),
                tijd(rs, "ingediend_op"),
                bijlagen,
                oordeel == null ? null : Oordeel.valueOf(oordeel),
                rs.getString("oordeel_reden"),
                rs.getString("beoordeeld_door"),
                tijd(rs, "beoordeeld_op"));
    }

    private static @Nullable Instant tijd(ResultSet rs, String kolom) throws SQLException {
        Timestamp t = rs.getTimestamp(kolom);
        return t == null ? null : t.toInstant();
    }
}
