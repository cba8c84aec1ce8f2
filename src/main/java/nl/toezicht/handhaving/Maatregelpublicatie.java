package nl.toezicht.handhaving;

import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
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
import java.time.LocalTime;
import java.time.Period;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Consumer;
import nl.toezicht.documenten.Brieven;
import nl.toezicht.kern.Anonimiteitstoets;
import nl.toezicht.kern.Bestandskeuring;
import nl.toezicht.kern.Bestandsopslag;
import nl.toezicht.kern.NietGevonden;
import nl.toezicht.kern.Opslaggebruiker;
import nl.toezicht.kern.Pagina;
import nl.toezicht.kern.Publicatieronde;
import nl.toezicht.kern.Tijdlijn;
import nl.toezicht.kern.Upload;
import nl.toezicht.kern.Weigering;
import nl.toezicht.kern.Zoekterm;
import nl.toezicht.logboek.Handeling;
import nl.toezicht.logboek.Logobject;
import nl.toezicht.logboek.Toegangslog;
import nl.toezicht.toegang.Toegangsbeleid;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * Publication of measures (docs/handhaving.md "Publication", decision 0103), after the pattern of the inspection
 * reports (decision 0092). A decision of a published kind ({@link Instellingen#soorten}) gets a publication row when
 * it is made known, public from the day of the bekendmaking plus the waiting period. One daily job, {@link
 * #publiceerRijpe()}, makes the due ones public, each once: it takes only rows not public yet under a row lock,
 * renders the public PDF (the corrected public text, no signer's name; a natural person's name left out) and
 * announces {@link MaatregelGepubliceerd} in that transaction. While the anonymisation check ({@link
 * Anonimiteitstoets}) finds something and nobody overrode it with a reason, the job passes the row by. Legal staff
 * correct the public text, postpone (a judge's provisional ruling asked) or withdraw, each with a reason, in the
 * publication's timeline and the access log. A decision set aside on objection is withdrawn with it.
 */
@Service
@EnableConfigurationProperties(Maatregelpublicatie.Instellingen.class)
public class Maatregelpublicatie implements Opslaggebruiker {

    static final String DOOR = "systeem:publicatie";
    public static final int PAGINAGROOTTE = 20;
    private static final Locale NEDERLANDS = Locale.forLanguageTag("nl-NL");
    private static final java.time.format.DateTimeFormatter DATUM =
            java.time.format.DateTimeFormatter.ofPattern("d MMMM yyyy", NEDERLANDS);
    private static final Logger log = LoggerFactory.getLogger(Maatregelpublicatie.class);
    /** The key in the stored letter data that holds the names the check looks for (never rendered). */
    private static final String NAMEN = "anonimiseren";

    /**
     * Settings of publication ({@code toezicht.handhaving.publicatie.*}).
     *
     * @param wachttijd how long after the bekendmaking a decision becomes public (default two weeks: the time the
     *     provider has to ask a judge for a provisional ruling that stops the publication)
     * @param soorten the kinds whose decisions are published (default: instruction, order, order under penalty,
     *     administrative fine; a warning, enhanced supervision and a complaint are not)
     */
    @ConfigurationProperties("toezicht.handhaving.publicatie")
    public record Instellingen(
            @Nullable Period wachttijd, @Nullable Set<Maatregelsoort> soorten) {
        public Instellingen {
            wachttijd = wachttijd == null ? Publicatieronde.WACHTTIJD : wachttijd;
            soorten = soorten == null
                    ? EnumSet.of(
                            Maatregelsoort.AANWIJZING,
                            Maatregelsoort.BEVEL,
                            Maatregelsoort.LAST_ONDER_DWANGSOM,
                            Maatregelsoort.BESTUURLIJKE_BOETE)
                    : Set.copyOf(soorten);
        }
    }

    /** What happened to a publication. */
    public enum Gebeurtenis {
        GEPLAND,
        GECORRIGEERD,
        UITGESTELD,
        AFGEWEKEN,
        GEPUBLICEERD,
        BIJGEWERKT,
        INGETROKKEN;

        public String berichtSleutel() {
            return "maatregelpublicatie.gebeurtenis." + name();
        }
    }

    /** One entry of a publication's timeline (append-only). */
    public record Publicatiestap(
            Gebeurtenis soort,
            String door,
            Instant op,
            @Nullable String toelichting) {

        /** An entry (a timeline row, never an event). */
        public static Publicatiestap van(Gebeurtenis soort, String door, Instant op, @Nullable String toelichting) {
            return new Publicatiestap(soort, door, op, toelichting);
        }
    }

    /** Where a publication stands, for the staff page. */
    public enum Toestand {
        WACHT,
        GEBLOKKEERD,
        OPENBAAR,
        INGETROKKEN;

        public String berichtSleutel() {
            return "maatregelpublicatie.toestand." + name();
        }
    }

    /** A measure's publication as legal staff see it. */
    public record Stand(
            UUID maatregel,
            LocalDate bekendgemaaktOp,
            LocalDate openbaarVanaf,
            String samenvatting,
            String tekst,
            boolean natuurlijkPersoon,
            @Nullable String afwijkingReden,
            @Nullable String uitstelReden,
            @Nullable Instant gepubliceerdOp,
            @Nullable Instant bijgewerktOp,
            @Nullable String pdfSha256,
            @Nullable Instant ingetrokkenOp,
            @Nullable String intrekkingReden,
            List<Anonimiteitstoets.Vondst> vondsten,
            List<Publicatiestap> stappen) {

        @com.fasterxml.jackson.annotation.JsonProperty("toestand")
        public Toestand toestand() {
            if (ingetrokkenOp != null) {
                return Toestand.INGETROKKEN;
            }
            if (gepubliceerdOp != null) {
                return Toestand.OPENBAAR;
            }
            return vondsten.isEmpty() || afwijkingReden != null ? Toestand.WACHT : Toestand.GEBLOKKEERD;
        }
    }

    /** The stored row. */
    private record Rij(
            UUID maatregel,
            UUID zorgaanbieder,
            @Nullable String beroepsbeoefenaar,
            Map<String, Object> gegevens,
            LocalDate bekendgemaaktOp,
            LocalDate openbaarVanaf,
            String samenvatting,
            String tekst,
            boolean natuurlijkPersoon,
            @Nullable String afwijkingReden,
            @Nullable String uitstelReden,
            @Nullable Instant gepubliceerdOp,
            @Nullable Instant bijgewerktOp,
            @Nullable String pdfSleutel,
            @Nullable String pdfSha256,
            @Nullable Instant ingetrokkenOp,
            @Nullable String intrekkingReden) {}

    private final Maatregelen maatregelen;
    private final Toegangsbeleid toegang;
    private final Toegangslog toegangslog;
    private final Brieven brieven;
    private final Bestandsopslag opslag;
    private final MessageSource berichten;
    private final JdbcClient jdbc;
    private final Clock clock;
    private final ApplicationEventPublisher events;
    private final JsonMapper json;
    private final TransactionTemplate transactie;
    private final Instellingen instellingen;
    private final Tijdlijn<Publicatiestap> tijdlijn;

    Maatregelpublicatie(
            Maatregelen maatregelen,
            Toegangsbeleid toegang,
            Toegangslog toegangslog,
            Brieven brieven,
            Bestandsopslag opslag,
            MessageSource berichten,
            JdbcClient jdbc,
            Clock clock,
            ApplicationEventPublisher events,
            JsonMapper json,
            PlatformTransactionManager transacties,
            Instellingen instellingen) {
        this.maatregelen = maatregelen;
        this.toegang = toegang;
        this.toegangslog = toegangslog;
        this.brieven = brieven;
        this.opslag = opslag;
        this.berichten = berichten;
        this.jdbc = jdbc;
        this.clock = clock;
        this.events = events;
        this.json = json;
        this.transactie = new TransactionTemplate(transacties);
        this.instellingen = instellingen;
        this.tijdlijn = new Tijdlijn<>(
                jdbc,
                "handhaving.publicatiestap",
                "maatregel",
                List.of("soort", "door", "op", "toelichting"),
                s -> new Object[] {s.soort(), s.door(), s.op(), s.toelichting()},
                (rs, i) -> new Publicatiestap(
                        Gebeurtenis.valueOf(rs.getString("soort")),
                        rs.getString("door"),
                        rs.getTimestamp("op").toInstant(),
                        rs.getString("toelichting")));
    }

    /** Whether decisions of this kind are published (the setting). */
    public boolean wordtGepubliceerd(Maatregelsoort soort) {
        return Objects.requireNonNull(instellingen.soorten()).contains(soort);
    }

    /** The kinds published, in their order (the public search's choice). */
    public List<Maatregelsoort> soorten() {
        return Arrays.stream(Maatregelsoort.values())
                .filter(this::wordtGepubliceerd)
                .toList();
    }

    /** The first day a decision made known on {@code bekendgemaakt} is public: that day plus the waiting period. */
    public LocalDate openbaarVanaf(LocalDate bekendgemaakt) {
        return bekendgemaakt.plus(Objects.requireNonNull(instellingen.wachttijd()));
    }

    // --- from the flow, in the caller's transaction ---

    /**
     * A decision was signed and sent: if its kind is published, it gets its publication row (once: a measure has
     * one decision). {@code gegevens} is what the letter was rendered from; the signer's name is kept only as a
     * name the check looks for, never rendered in the public version.
     */
    void plan(Maatregel m, UUID besluitDocument, Map<String, Object> gegevens, String ondertekenaar, String door) {
        if (!wordtGepubliceerd(m.soort()) || m.besluitOp() == null) {
            return;
        }
        Map<String, Object> bewaard = new HashMap<>(gegevens);
        bewaard.put("ondertekenaar", Map.of("naam", "", "functie", functie(gegevens)));
        List<String> namen = new ArrayList<>();
        namen.add(ondertekenaar);
        if (m.beroepsbeoefenaar() != null) {
            namen.add(m.beroepsbeoefenaar());
        }
        bewaard.put(NAMEN, namen);
        LocalDate bekend = m.besluitOp();
        String samenvatting = samenvatting(m);
        int rijen = jdbc.sql("insert into handhaving.publicatie (maatregel, besluit_document, gegevens,"
                        + " bekendgemaakt_op, openbaar_vanaf, samenvatting, tekst) values (?, ?, ?::jsonb, ?, ?, ?, ?)"
                        + " on conflict (maatregel) do nothing")
                .params(
                        m.id(),
                        besluitDocument,
                        json.writeValueAsString(bewaard),
                        Date.valueOf(bekend),
                        Date.valueOf(openbaarVanaf(bekend)),
                        samenvatting,
                        m.inhoud().omschrijving())
                .update();
        if (rijen == 1) {
            schrijf(
                    m.id(),
                    Gebeurtenis.GEPLAND,
                    door,
                    clock.instant(),
                    bericht("maatregelpublicatie.gepland", datum(openbaarVanaf(bekend))));
        }
    }

    /**
     * The default short summary: the first paragraph of what the inspectorate found, at most 300 characters (cut at
     * a word); legal staff may rewrite it. The kind and legal basis have columns of their own on the public page.
     */
    private String samenvatting(Maatregel m) {
        String eerste =
                m.inhoud().omschrijving().strip().split("\\R\\s*\\R", 2)[0].replaceAll("\\s+", " ");
        if (eerste.length() <= 300) {
            return eerste;
        }
        int spatie = eerste.lastIndexOf(' ', 299);
        return eerste.substring(0, spatie > 200 ? spatie : 299) + "…";
    }

    /** The decision was set aside on objection: taken off the public page, or never put on it. */
    void herroepen(Maatregel m, String door) {
        trekIn(m, door, bericht("maatregelpublicatie.intrekking.herroepen"));
    }

    // --- legal staff ---

    /** The publication of a measure the user read through {@link Handhaving#maatregel}, if its kind is published. */
    @Transactional(readOnly = true)
    public Optional<Stand> stand(Maatregel m) {
        return rij(m.id(), false)
                .map(r -> new Stand(
                        r.maatregel(),
                        r.bekendgemaaktOp(),
                        r.openbaarVanaf(),
                        r.samenvatting(),
                        r.tekst(),
                        r.natuurlijkPersoon(),
                        r.afwijkingReden(),
                        r.uitstelReden(),
                        r.gepubliceerdOp(),
                        r.bijgewerktOp(),
                        r.pdfSha256(),
                        r.ingetrokkenOp(),
                        r.intrekkingReden(),
                        vondsten(r),
                        tijdlijn.lees(r.maatregel())));
    }

    /**
     * Legal staff correct the public version: the short summary, the decision's text as published, and whether the
     * decision concerns a natural person (whose name is then left out). Once public, the public PDF is rendered
     * again (a new checksum), provided the check finds nothing or was overridden; the decision in the dossier stays.
     */
    @Transactional
    public Stand corrigeer(UUID id, @Nullable String samenvatting, @Nullable String tekst, boolean natuurlijkPersoon) {
        Maatregel m = wijzig(id);
        Rij r = eisNietIngetrokken(m);
        String kort = verplicht(samenvatting, "samenvatting", 1000);
        String lang = verplicht(tekst, "tekst", 20000);
        jdbc.sql("update handhaving.publicatie set samenvatting = ?, tekst = ?, natuurlijk_persoon = ?,"
                        + " version = version + 1 where maatregel = ?")
                .params(kort, lang, natuurlijkPersoon, id)
                .update();
        Instant nu = clock.instant();
        schrijf(id, Gebeurtenis.GECORRIGEERD, ik(), nu, null);
        if (r.gepubliceerdOp() != null) {
            Rij nieuw = rij(id, true).orElseThrow();
            eisToetsVoldaan(m, nieuw);
            geefOpnieuwUit(m, nieuw, ik(), nu);
        }
        return stand(m).orElseThrow();
    }

    /**
     * An order's validity was extended by decision (in the caller's transaction): the public version states the new
     * end date. The stored letter data gets it, so a publication still waiting shows it when it goes public; one
     * already public is rendered again now (a new PDF and checksum), as after a correction. A withdrawn one stays
     * withdrawn.
     */
    void verlengd(Maatregel m, String door) {
        LocalDate tot = m.termijnTot();
        Optional<Rij> rij = rij(m.id(), true);
        if (tot == null || rij.isEmpty() || rij.get().ingetrokkenOp() != null) {
            return;
        }
        jdbc.sql("update handhaving.publicatie set gegevens = jsonb_set(gegevens, '{termijnTot}',"
                        + " to_jsonb(cast(? as text))), version = version + 1 where maatregel = ?")
                .params(datum(tot), m.id())
                .update();
        if (rij.get().gepubliceerdOp() != null) {
            geefOpnieuwUit(m, rij(m.id(), false).orElseThrow(), door, clock.instant());
        }
    }

    /** Renders the public version of a public decision again from {@code r}, replacing the PDF (a new checksum). */
    private void geefOpnieuwUit(Maatregel m, Rij r, String door, Instant nu) {
        String oud = r.pdfSleutel();
        Pdf pdf = bewaarPdf(m, r);
        jdbc.sql("update handhaving.publicatie set pdf_sleutel = ?, pdf_sha256 = ?, pdf_grootte = ?,"
                        + " bijgewerkt_op = ? where maatregel = ?")
                .params(pdf.sleutel(), pdf.sha256(), pdf.grootte(), Timestamp.from(nu), m.id())
                .update();
        schrijf(m.id(), Gebeurtenis.BIJGEWERKT, door, nu, pdf.sha256());
        if (oud != null) {
            verwijderNaCommit(oud);
        }
    }

    /**
     * Postpones publication to a later day (for instance: the provider asked a judge for a provisional ruling),
     * with the reason; refused once public or withdrawn, without a reason (on {@code reden}) or for a day not after
     * today and the day now planned (on {@code tot}).
     */
    @Transactional
    public Stand stelUit(UUID id, @Nullable LocalDate tot, @Nullable String reden) {
        Maatregel m = wijzig(id);
        Rij r = eisNietIngetrokken(m);
        if (r.gepubliceerdOp() != null) {
            throw new Weigering("maatregelpublicatie.al-openbaar", m.referentie());
        }
        if (tot == null) {
            throw Weigering.opVeld("tot", "maatregelpublicatie.uitstel.tot-verplicht");
        }
        if (!tot.isAfter(vandaag()) || !tot.isAfter(r.openbaarVanaf())) {
            throw Weigering.opVeld("tot", "maatregelpublicatie.uitstel.tot-later", datum(r.openbaarVanaf()));
        }
        String waarom = verplicht(reden, "reden", 500);
        jdbc.sql("update handhaving.publicatie set openbaar_vanaf = ?, uitstel_reden = ?, version = version + 1"
                        + " where maatregel = ?")
                .params(Date.valueOf(tot), waarom, id)
                .update();
        schrijf(
                id,
                Gebeurtenis.UITGESTELD,
                ik(),
                clock.instant(),
                bericht("maatregelpublicatie.uitstel.toelichting", datum(tot), waarom));
        return stand(m).orElseThrow();
    }

    /**
     * Overrides the anonymisation check with a reason (what it finds may be public: the provider's own phone
     * number, say): the job then publishes. Refused when the check finds nothing, or without a reason.
     */
    @Transactional
    public Stand wijkAf(UUID id, @Nullable String reden) {
        Maatregel m = wijzig(id);
        Rij r = eisNietIngetrokken(m);
        List<Anonimiteitstoets.Vondst> vondsten = vondsten(r);
        if (vondsten.isEmpty()) {
            throw new Weigering("maatregelpublicatie.afwijking.niets-gevonden", m.referentie());
        }
        String waarom = verplicht(reden, "reden", 500);
        jdbc.sql("update handhaving.publicatie set afwijking_reden = ?, version = version + 1 where maatregel = ?")
                .params(waarom, id)
                .update();
        // the kinds found, never what was found: the timeline holds no personal data of the text
        schrijf(
                id,
                Gebeurtenis.AFGEWEKEN,
                ik(),
                clock.instant(),
                bericht("maatregelpublicatie.afwijking.maatregel-toelichting", soorten(vondsten), waarom));
        toegangslog.toegestaan(
                Handeling.WIJZIGEN,
                Logobject.maatregel(id),
                Logobject.van("ANONIMITEITSTOETS_AFWIJKING", id.toString()));
        return stand(m).orElseThrow();
    }

    /** Withdraws the publication with a reason (a court set the decision aside): off the public page, or never on it. */
    @Transactional
    public Stand trekIn(UUID id, @Nullable String reden) {
        Maatregel m = wijzig(id);
        eisNietIngetrokken(m);
        trekIn(m, ik(), verplicht(reden, "reden", 500));
        return stand(m).orElseThrow();
    }

    private void trekIn(Maatregel m, String door, String reden) {
        Instant nu = clock.instant();
        Optional<Boolean> wasOpenbaar = jdbc.sql("update handhaving.publicatie set ingetrokken_op = ?,"
                        + " intrekking_reden = ?, version = version + 1 where maatregel = ? and ingetrokken_op is null"
                        + " returning gepubliceerd_op is not null as openbaar")
                .params(Timestamp.from(nu), reden, m.id())
                .query((rs, i) -> rs.getBoolean("openbaar"))
                .optional();
        if (wasOpenbaar.isEmpty()) {
            return;
        }
        schrijf(m.id(), Gebeurtenis.INGETROKKEN, door, nu, reden);
        if (wasOpenbaar.get()) {
            events.publishEvent(new MaatregelpublicatieIngetrokken(m.id(), m.referentie(), m.zorgaanbiederId(), nu));
        }
    }

    // --- the job ---

    /**
     * Makes public every decision whose day has come and whose check passes (or was overridden), each in a
     * transaction of its own and once: the row is taken under a lock only while it is not public yet, so a second
     * run, or two at once, finds nothing to do. Returns the measures published.
     */
    public List<UUID> publiceerRijpe() {
        List<UUID> kandidaten = jdbc.sql("select maatregel from handhaving.publicatie where gepubliceerd_op is null"
                        + " and ingetrokken_op is null and openbaar_vanaf <= ? order by openbaar_vanaf, maatregel")
                .param(Date.valueOf(vandaag()))
                .query(UUID.class)
                .list();
        Publicatieronde.Uitkomst ronde = Publicatieronde.voerUit(kandidaten, transactie, this::publiceer);
        log.info("Published {} measures ({} passed by)", ronde.gepubliceerd().size(), ronde.overgeslagen());
        return ronde.gepubliceerd();
    }

    private boolean publiceer(UUID id) {
        Optional<Rij> rij = jdbc.sql("select maatregel from handhaving.publicatie where maatregel = ?"
                        + " and gepubliceerd_op is null and ingetrokken_op is null and openbaar_vanaf <= ? for update")
                .params(id, Date.valueOf(vandaag()))
                .query(UUID.class)
                .optional()
                .flatMap(m -> rij(m, false));
        if (rij.isEmpty()) {
            return false;
        }
        Rij r = rij.get();
        if (Anonimiteitstoets.houdtTegen(vondsten(r), r.afwijkingReden())) {
            return false;
        }
        Maatregel m = maatregelen.vind(id).orElseThrow();
        Instant nu = clock.instant();
        Pdf pdf = bewaarPdf(m, r);
        jdbc.sql("update handhaving.publicatie set gepubliceerd_op = ?, pdf_sleutel = ?, pdf_sha256 = ?,"
                        + " pdf_grootte = ?, version = version + 1 where maatregel = ? and gepubliceerd_op is null")
                .params(Timestamp.from(nu), pdf.sleutel(), pdf.sha256(), pdf.grootte(), id)
                .update();
        schrijf(id, Gebeurtenis.GEPUBLICEERD, DOOR, nu, pdf.sha256());
        events.publishEvent(
                new MaatregelGepubliceerd(id, m.referentie(), m.soort(), m.afdeling(), m.zorgaanbiederId(), nu));
        return true;
    }

    // --- the public side ---

    /**
     * What the public search asks; every part optional.
     *
     * @param zorgaanbieder one provider's (the page per provider)
     * @param naam part of the provider's name (never matches a natural person)
     * @param plaats the place or municipality of the measure's location, or of the provider's when it has none
     * @param jaar the year the decision was made known
     */
    public record Zoekvraag(
            @Nullable UUID zorgaanbieder,
            @Nullable String naam,
            @Nullable String plaats,
            @Nullable Maatregelsoort soort,
            @Nullable Integer jaar) {}

    /**
     * One public decision: public facts only. {@code zorgaanbieder} is null for a natural person; {@code geldigTot}
     * is an order's last day of validity (after any extension), null for other kinds.
     */
    public record Openbaar(
            UUID maatregel,
            @Nullable UUID zorgaanbieder,
            String zorgaanbiederNaam,
            String plaatsen,
            String referentie,
            Maatregelsoort soort,
            String grondslag,
            LocalDate besluitdatum,
            Instant gepubliceerdOp,
            @Nullable Instant bijgewerktOp,
            String samenvatting,
            String sha256,
            long grootte,
            @Nullable LocalDate geldigTot) {}

    private static final String ZOEK_VAN = """
             from handhaving.publicatie p
             join handhaving.maatregel m on m.id = p.maatregel
             join register.zorgaanbieder_uitwisseling z on z.id = m.zorgaanbieder_id
             where p.gepubliceerd_op is not null and p.ingetrokken_op is null
               and (cast(:aanbieder as uuid) is null
                    or (m.zorgaanbieder_id = cast(:aanbieder as uuid) and not p.natuurlijk_persoon))
               and (cast(:naam as text) is null
                    or (not p.natuurlijk_persoon and z.naam ilike '%' || cast(:naam as text) || '%' escape '\\'))
               and (cast(:soort as text) is null or m.soort = cast(:soort as text))
               and (cast(:jaar as integer) is null or extract(year from p.bekendgemaakt_op) = cast(:jaar as integer))
               and (cast(:plaats as text) is null or exists (
                    select 1 from register.locatie_uitwisseling l
                    where (l.plaats ilike cast(:plaats as text) or l.gemeente ilike cast(:plaats as text))
                      and (l.id = m.locatie_id or (m.locatie_id is null and l.zorgaanbieder_id = m.zorgaanbieder_id))))
            """;

    /** The public search over public decisions only, newest first, a page of {@link #PAGINAGROOTTE}. */
    @Transactional(readOnly = true)
    public Pagina<Openbaar> zoek(Zoekvraag vraag, int pagina) {
        int nummer = Math.max(1, pagina);
        if (vraag.soort() != null && !wordtGepubliceerd(vraag.soort())) {
            throw Weigering.opVeld("soort", "openbaremaatregelen.soort-onbekend");
        }
        String naam = Zoekterm.deelpatroon(vraag.naam());
        String plaats = Zoekterm.deelpatroon(vraag.plaats());
        String soort = vraag.soort() == null ? null : vraag.soort().name();
        long totaal = jdbc.sql("select count(*)" + ZOEK_VAN)
                .param("aanbieder", vraag.zorgaanbieder())
                .param("naam", naam)
                .param("soort", soort)
                .param("jaar", vraag.jaar())
                .param("plaats", plaats)
                .query(Long.class)
                .single();
        String anoniem = bericht("maatregelpublicatie.natuurlijk-persoon");
        List<Openbaar> items = jdbc.sql("select p.maatregel, m.zorgaanbieder_id, z.naam, p.natuurlijk_persoon,"
                        + " m.referentie, m.soort, m.wet, m.artikel, p.bekendgemaakt_op, p.gepubliceerd_op,"
                        + " p.bijgewerkt_op, p.samenvatting, p.pdf_sha256, p.pdf_grootte,"
                        + " case when m.soort = 'BEVEL' then m.termijn_tot end as geldig_tot,"
                        + " (select coalesce(string_agg(distinct l.plaats, ', ' order by l.plaats), '')"
                        + "  from register.locatie_uitwisseling l where l.id = m.locatie_id"
                        + "  or (m.locatie_id is null and l.zorgaanbieder_id = m.zorgaanbieder_id)) as plaatsen"
                        + ZOEK_VAN
                        + " order by p.gepubliceerd_op desc, m.referentie limit :grootte offset :vanaf")
                .param("aanbieder", vraag.zorgaanbieder())
                .param("naam", naam)
                .param("soort", soort)
                .param("jaar", vraag.jaar())
                .param("plaats", plaats)
                .param("grootte", PAGINAGROOTTE)
                .param("vanaf", (nummer - 1) * PAGINAGROOTTE)
                .query((rs, i) -> {
                    boolean persoon = rs.getBoolean("natuurlijk_persoon");
                    Timestamp bijgewerkt = rs.getTimestamp("bijgewerkt_op");
                    return new Openbaar(
                            rs.getObject("maatregel", UUID.class),
                            persoon ? null : rs.getObject("zorgaanbieder_id", UUID.class),
                            persoon ? anoniem : rs.getString("naam"),
                            rs.getString("plaatsen"),
                            rs.getString("referentie"),
                            Maatregelsoort.valueOf(rs.getString("soort")),
                            rs.getString("wet") + " " + rs.getString("artikel"),
                            rs.getObject("bekendgemaakt_op", LocalDate.class),
                            rs.getTimestamp("gepubliceerd_op").toInstant(),
                            bijgewerkt == null ? null : bijgewerkt.toInstant(),
                            rs.getString("samenvatting"),
                            rs.getString("pdf_sha256"),
                            rs.getLong("pdf_grootte"),
                            rs.getObject("geldig_tot", LocalDate.class));
                })
                .list();
        return Pagina.genummerd(items, nummer, PAGINAGROOTTE, totaal);
    }

    /** The public PDF of a public decision; 404 for anything not public (not yet, or withdrawn). */
    @Transactional(readOnly = true)
    public byte[] openbarePdf(UUID maatregel) {
        String sleutel = jdbc.sql("select pdf_sleutel from handhaving.publicatie where maatregel = ?"
                        + " and gepubliceerd_op is not null and ingetrokken_op is null")
                .param(maatregel)
                .query(String.class)
                .optional()
                .orElseThrow(() -> new NietGevonden("object.maatregelpublicatie", maatregel));
        try (InputStream in = opslag.open(sleutel)) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    // --- storage ---

    @Override
    public String soort() {
        return "maatregelpublicatie";
    }

    @Override
    public void elk(Consumer<Opgeslagen> elk) {
        Opslaggebruiker.elk(
                jdbc,
                "select maatregel::text as id, pdf_sleutel as opslag_sleutel, pdf_sha256 as sha256, pdf_grootte as"
                        + " grootte from handhaving.publicatie where pdf_sleutel is not null order by pdf_sleutel",
                elk);
    }

    // --- helpers ---

    private record Pdf(String sleutel, String sha256, long grootte) {}

    /** Renders the public version of the decision from the stored letter data and the public text, and stores it. */
    private Pdf bewaarPdf(Maatregel m, Rij r) {
        Map<String, Object> g = new HashMap<>(r.gegevens());
        g.remove(NAMEN);
        g.put(
                "alineas",
                Arrays.stream(r.tekst().split("\\R\\s*\\R"))
                        .map(String::strip)
                        .filter(s -> !s.isEmpty())
                        .toList());
        if (r.natuurlijkPersoon()) {
            String anoniem = bericht("maatregelpublicatie.natuurlijk-persoon");
            g.put("zorgaanbieder", anoniem);
            g.put("geadresseerde", List.of(anoniem));
        }
        g.put("openbaar", bericht("maatregelpublicatie.pdf.kenmerk", datum(vandaag())));
        byte[] pdf = brieven.pdf(m.soort().sjabloonstam(), g, NEDERLANDS);
        String sha256 = Bestandskeuring.sha256(pdf);
        String sleutel = opslag.bewaar(Upload.van("besluit-" + m.referentie() + "-openbaar.pdf", pdf), sha256);
        opslag.verwijderBijRollback(sleutel);
        return new Pdf(sleutel, sha256, pdf.length);
    }

    /** Appends one entry to the publication's timeline. */
    private void schrijf(UUID id, Gebeurtenis soort, String door, Instant op, @Nullable String toelichting) {
        tijdlijn.voegToe(id, List.of(Publicatiestap.van(soort, door, op, toelichting)));
    }

    private void verwijderNaCommit(String sleutel) {
        org.springframework.transaction.support.TransactionSynchronizationManager.registerSynchronization(
                new org.springframework.transaction.support.TransactionSynchronization() {
                    @Override
                    public void afterCommit() {
                        opslag.verwijder(sleutel);
                    }
                });
    }

    /** What the check finds in the public text: the summary and the decision's text, against the names known. */
    private List<Anonimiteitstoets.Vondst> vondsten(Rij r) {
        List<String> namen = new ArrayList<>();
        if (r.gegevens().get(NAMEN) instanceof List<?> lijst) {
            lijst.forEach(n -> namen.add(String.valueOf(n)));
        }
        if (r.natuurlijkPersoon() && r.gegevens().get("zorgaanbieder") instanceof String naam) {
            namen.add(naam);
        }
        return Anonimiteitstoets.toets(List.of(r.samenvatting(), r.tekst()), namen);
    }

    private void eisToetsVoldaan(Maatregel m, Rij r) {
        List<Anonimiteitstoets.Vondst> vondsten = vondsten(r);
        if (Anonimiteitstoets.houdtTegen(vondsten, r.afwijkingReden())) {
            throw new Weigering("maatregelpublicatie.niet-anoniem", m.referentie(), soorten(vondsten));
        }
    }

    private String soorten(List<Anonimiteitstoets.Vondst> vondsten) {
        return Anonimiteitstoets.soorten(vondsten, s -> bericht("maatregelpublicatie.vondst." + s.name()));
    }

    private Rij eisNietIngetrokken(Maatregel m) {
        Rij r = rij(m.id(), true)
                .orElseThrow(() -> new Weigering(
                        "maatregelpublicatie.geen",
                        m.referentie(),
                        bericht(m.soort().berichtSleutel())));
        if (r.ingetrokkenOp() != null) {
            throw new Weigering("maatregelpublicatie.ingetrokken", m.referentie());
        }
        return r;
    }

    private Optional<Rij> rij(UUID id, boolean opslot) {
        return jdbc.sql("select p.*, p.gegevens::text as gegevens_tekst, m.zorgaanbieder_id, m.beroepsbeoefenaar"
                        + " from handhaving.publicatie p join handhaving.maatregel m on m.id = p.maatregel"
                        + " where p.maatregel = ?" + (opslot ? " for update of p" : ""))
                .param(id)
                .query(this::rij)
                .optional();
    }

    private Rij rij(ResultSet rs, int i) throws SQLException {
        return new Rij(
                rs.getObject("maatregel", UUID.class),
                rs.getObject("zorgaanbieder_id", UUID.class),
                rs.getString("beroepsbeoefenaar"),
                json.readValue(rs.getString("gegevens_tekst"), new TypeReference<LinkedHashMap<String, Object>>() {}),
                rs.getObject("bekendgemaakt_op", LocalDate.class),
                rs.getObject("openbaar_vanaf", LocalDate.class),
                rs.getString("samenvatting"),
                rs.getString("tekst"),
                rs.getBoolean("natuurlijk_persoon"),
                rs.getString("afwijking_reden"),
                rs.getString("uitstel_reden"),
                tijdstip(rs.getTimestamp("gepubliceerd_op")),
                tijdstip(rs.getTimestamp("bijgewerkt_op")),
                rs.getString("pdf_sleutel"),
                rs.getString("pdf_sha256"),
                tijdstip(rs.getTimestamp("ingetrokken_op")),
                rs.getString("intrekking_reden"));
    }

    private static @Nullable Instant tijdstip(@Nullable Timestamp t) {
        return t == null ? null : t.toInstant();
    }

    private static String functie(Map<String, Object> gegevens) {
        return gegevens.get("ondertekenaar") instanceof Map<?, ?> o && o.get("functie") != null
                ? String.valueOf(o.get("functie"))
                : "";
    }

    private Maatregel wijzig(UUID id) {
        return toegang.wijzig(
                HandhavingRechten.PUBLICEREN,
                Logobject.maatregel(id),
                () -> maatregelen.vind(id),
                Maatregel::afdeling,
                m -> List.of(Logobject.maatregel(m.id())));
    }

    private static String verplicht(@Nullable String tekst, String veld, int max) {
        String schoon = tekst == null ? "" : tekst.strip();
        if (schoon.isEmpty()) {
            throw Weigering.opVeld(veld, "maatregelpublicatie.veld.verplicht");
        }
        if (schoon.length() > max) {
            throw Weigering.opVeld(veld, "maatregelpublicatie.veld.te-lang", max);
        }
        return schoon;
    }

    private static String datum(LocalDate dag) {
        return DATUM.format(dag);
    }

    private LocalDate vandaag() {
        return Publicatieronde.vandaag(clock);
    }

    private String ik() {
        return toegang.ik().gebruikersnaam();
    }

    private String bericht(String sleutel, Object... argumenten) {
        return berichten.getMessage(sleutel, argumenten, NEDERLANDS);
    }

    @Configuration(proxyBeanMethods = false)
    static class Publicatieplanning {

        /** 06:05 Dutch time (after the reports' job): a decision whose waiting period ended is public in the morning. */
        @Bean
        RecurringTask<Void> maatregelenPubliceren(Maatregelpublicatie publicatie) {
            return Publicatieronde.dagelijks("maatregelen-publiceren", LocalTime.of(6, 5), publicatie::publiceerRijpe);
        }
    }
}
