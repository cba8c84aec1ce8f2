package nl.toezicht.handhaving;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.text.NumberFormat;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;
import nl.toezicht.berichten.Post;
import nl.toezicht.berichten.Poststuk;
import nl.toezicht.documenten.Brieven;
import nl.toezicht.documenten.Document;
import nl.toezicht.documenten.Documenten;
import nl.toezicht.kern.Pagina;
import nl.toezicht.kern.Tijdzone;
import nl.toezicht.kern.Weigering;
import nl.toezicht.kern.Zorgsector;
import nl.toezicht.logboek.Handeling;
import nl.toezicht.logboek.Logobject;
import nl.toezicht.logboek.Toegangslog;
import nl.toezicht.register.LocatieId;
import nl.toezicht.register.Register;
import nl.toezicht.register.ZorgaanbiederId;
import nl.toezicht.register.ZorgaanbiederSamenvatting;
import nl.toezicht.termijnen.Handelende;
import nl.toezicht.termijnen.KlokStand;
import nl.toezicht.termijnen.Klokken;
import nl.toezicht.termijnen.Klokstatus;
import nl.toezicht.termijnen.Lengte;
import nl.toezicht.termijnen.Objectverwijzing;
import nl.toezicht.termijnen.Startpunt;
import nl.toezicht.termijnen.Verantwoordelijke;
import nl.toezicht.toegang.Medewerker;
import nl.toezicht.toegang.Recht;
import nl.toezicht.toegang.Rol;
import nl.toezicht.toegang.Toegangsbeleid;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Enforcement measures (docs/handhaving.md): legal staff prepare them and record what happens, the mandate holder
 * signs and sends their letters, inspectors read those of their departments. Need-to-know per department as for
 * cases; every read and change is in the access log. Each command is one transaction: the step, its clocks, the
 * letter filed in the dossier and queued for e-mail, or nothing.
 */
@Service
@EnableConfigurationProperties(HandhavingProperties.class)
public class Handhaving {

    static final String OBJECTTYPE = "MAATREGEL";
    static final int PAGINAGROOTTE = 25;
    static final Locale NEDERLANDS = Locale.forLanguageTag("nl-NL");
    private static final DateTimeFormatter DATUM = DateTimeFormatter.ofPattern("d MMMM yyyy", NEDERLANDS);
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]{1,64}@[^@\\s]{1,190}\\.[A-Za-z]{2,}");
    /** The longest compliance, grace or view period a letter may set, in weeks; an order's validity in days. */
    static final int MAX_WEKEN = 52;

    static final int MAX_DAGEN = 90;

    private final Maatregelen maatregelen;
    private final Mandaten mandaten;
    private final Boetebeleidsversies boetebeleid;
    private final Klokken klokken;
    private final Register register;
    private final Brieven brieven;
    private final Documenten documenten;
    private final Post post;
    private final Toegangsbeleid toegang;
    private final Toegangslog log;
    private final MessageSource berichten;
    private final JdbcClient jdbc;
    private final HandhavingProperties instellingen;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final Maatregelpublicatie publicatie;

    Handhaving(
            Maatregelen maatregelen,
            Mandaten mandaten,
            Boetebeleidsversies boetebeleid,
            Klokken klokken,
            Register register,
            Brieven brieven,
            Documenten documenten,
            Post post,
            Toegangsbeleid toegang,
            Toegangslog log,
            MessageSource berichten,
            JdbcClient jdbc,
            HandhavingProperties instellingen,
            ApplicationEventPublisher events,
            Clock clock,
            Maatregelpublicatie publicatie) {
        this.publicatie = publicatie;
        this.maatregelen = maatregelen;
        this.mandaten = mandaten;
        this.boetebeleid = boetebeleid;
        this.klokken = klokken;
        this.register = register;
        this.brieven = brieven;
        this.documenten = documenten;
        this.post = post;
        this.toegang = toegang;
        this.log = log;
        this.berichten = berichten;
        this.jdbc = jdbc;
        this.instellingen = instellingen;
        this.events = events;
        this.clock = clock;
    }

    /** How a letter goes out: to which e-mail address, and the period it sets (weeks; an order's days). */
    public record Verzending(@Nullable String aan, @Nullable Integer termijn) {}

    public LocalDate vandaag() {
        return LocalDate.now(clock.withZone(Tijdzone.NEDERLAND));
    }

    /** Prepares a measure; refused (nothing stored) when a rule of it or of the user's access says no. */
    @Transactional
    public Maatregel stelOp(Opstelverzoek v) {
        toegang.eis(HandhavingRechten.OPSTELLEN, Handeling.AANMAKEN);
        Maatregelsoort soort = verplicht(v.soort(), "soort");
        Zorgsector afdeling = verplicht(v.afdeling(), "afdeling");
        toegang.eisAfdeling(afdeling);
        UUID aanbieder = verplicht(v.zorgaanbieder(), "zorgaanbieder");
        if (register.vind(new ZorgaanbiederId(aanbieder)).isEmpty()) {
            throw Weigering.opVeld("zorgaanbieder", "maatregel.zorgaanbieder.onbekend");
        }
        if (v.locatie() != null && !register.hoortBij(new ZorgaanbiederId(aanbieder), new LocatieId(v.locatie()))) {
            throw Weigering.opVeld("locatie", "maatregel.locatie.andere-zorgaanbieder");
        }
        Boeteberekening boete = boete(soort, v);
        Maatregel m = Maatregel.stelOp(
                maatregelen.volgendeReferentie(vandaag().getYear()),
                soort,
                afdeling,
                aanbieder,
                v.locatie(),
                v.beroepsbeoefenaar(),
                new Maatregel.Inhoud(
                        verplicht(v.aanleiding(), "aanleiding"),
                        v.aanleidingKenmerk(),
                        v.wet() == null ? "" : v.wet(),
                        v.artikel() == null ? "" : v.artikel(),
                        v.omschrijving() == null ? "" : v.omschrijving()),
                new Maatregel.Geld(boete == null ? v.bedrag() : boete.bedrag(), v.eenheid(), v.maximum()),
                v.rapportdatum(),
                instellingen.maximum(),
                toegang.ik().gebruikersnaam(),
                clock.instant(),
                vandaag());
        Klokeffect effect =
                Maatregelstroom.STROOM.effect(Maatregelstap.OPSTELLEN, new Maatregelstroom.Toets(m, vandaag()));
        maatregelen.voegToe(m);
        if (boete != null) {
            boetebeleid.bewaar(m.id(), boete);
        }
        if (effect != null) {
            voerUit(m, effect, vandaag(), null);
            maatregelen.bewaar(m);
        }
        log.toegestaan(Handeling.AANMAKEN, Logobject.maatregel(m.id()));
        return m;
    }

    /**
     * A fine's amount from the fine policy table (decision 0094): the category and reductions chosen, the version in
     * force on the report date. A typed amount is refused: the policy decides it. Null for other kinds.
     */
    private @Nullable Boeteberekening boete(Maatregelsoort soort, Opstelverzoek v) {
        if (soort != Maatregelsoort.BESTUURLIJKE_BOETE) {
            if (v.boetecategorie() != null
                    || (v.matigingen() != null && !v.matigingen().isEmpty())) {
                throw Weigering.opVeld("boetecategorie", "boetebeleid.alleen-boete");
            }
            return null;
        }
        if (v.bedrag() != null) {
            throw Weigering.opVeld("bedrag", "boetebeleid.bedrag-volgt");
        }
        Integer categorie = verplicht(v.boetecategorie(), "boetecategorie");
        LocalDate rapport = v.rapportdatum();
        if (rapport == null) {
            throw Weigering.opVeld("rapportdatum", "maatregel.rapportdatum.verplicht");
        }
        return boetebeleid.bereken(rapport, categorie, v.matigingen() == null ? List.of() : v.matigingen());
    }

    /** One measure the user may see (404 otherwise), logged. */
    @Transactional(readOnly = true)
    public Maatregel maatregel(UUID id) {
        return toegang.lees(
                HandhavingRechten.INZIEN,
                Logobject.maatregel(id),
                () -> maatregelen.vind(id),
                Maatregel::afdeling,
                m -> List.of(Logobject.maatregel(m.id())));
    }

    /** The measure's timeline, oldest first (read through {@link #maatregel}). */
    @Transactional(readOnly = true)
    public List<Maatregelstapregel> tijdlijn(Maatregel m) {
        return maatregelen.tijdlijn(m.id());
    }

    /** The measure's legal clocks, running and stopped, in the order they started. */
    @Transactional(readOnly = true)
    public List<KlokStand> klokken(Maatregel m) {
        return klokken.vanObject(object(m)).stream()
                .sorted(Comparator.comparing(KlokStand::startdatum))
                .toList();
    }

    /** How a fine's amount followed from the fine policy table, if it did (read through {@link #maatregel}). */
    @Transactional(readOnly = true)
    public Optional<Boeteberekening> boeteberekening(Maatregel m) {
        return boetebeleid.berekening(m);
    }

    /** The mandate table and its latest changes, for who reads measures. */
    @Transactional(readOnly = true)
    public List<Mandaten.Mandaat> mandaten() {
        toegang.eis(HandhavingRechten.INZIEN);
        return mandaten.alle();
    }

    @Transactional(readOnly = true)
    public List<Mandaten.Wijziging> mandaatwijzigingen() {
        toegang.eis(HandhavingRechten.INZIEN);
        return mandaten.wijzigingen();
    }

    /**
     * Sets ({@code mandaat} true, {@code maximum} null for any amount) or removes the role's mandate for the kind,
     * with the reason; kept with who and when (decision 0095). Only with {@link HandhavingRechten#MANDAAT_BEHEREN}.
     */
    @Transactional
    public void wijzigMandaat(
            @Nullable Rol rol,
            @Nullable Maatregelsoort soort,
            boolean mandaat,
            @Nullable BigDecimal maximum,
            @Nullable String reden) {
        toegang.eis(HandhavingRechten.MANDAAT_BEHEREN, Handeling.WIJZIGEN);
        mandaten.wijzig(rol, soort, mandaat, maximum, reden, toegang.ik().gebruikersnaam(), clock.instant());
    }

    /** The letters sent, oldest first. */
    @Transactional(readOnly = true)
    public List<Maatregelbrief> brieven(Maatregel m) {
        return jdbc.sql("select id, stap, document_id, ondertekend_door, rol, aan, verzonden_op from handhaving.brief"
                        + " where maatregel = ? order by verzonden_op, stap")
                .param(m.id())
                .query((rs, i) -> new Maatregelbrief(
                        rs.getObject("id", UUID.class),
                        Maatregelstap.valueOf(rs.getString("stap")),
                        rs.getObject("document_id", UUID.class),
                        rs.getString("ondertekend_door"),
                        rs.getString("rol"),
                        rs.getString("aan"),
                        rs.getTimestamp("verzonden_op").toInstant()))
                .list();
    }

    /** The steps the user can take now: the flow's, limited by their rights. */
    public List<Maatregelstap> mogelijk(Maatregel m) {
        return m.toegestaan(vandaag(), code -> toegang.heeft(Recht.van(code)));
    }

    /** The measures the user may see, newest first: of one provider, or all. */
    @Transactional(readOnly = true)
    public Pagina<Maatregelregel> lijst(@Nullable UUID zorgaanbieder, int pagina) {
        toegang.eis(HandhavingRechten.INZIEN, Handeling.ZOEKEN);
        String[] afdelingen =
                toegang.zichtbareAfdelingen().stream().map(Enum::name).toArray(String[]::new);
        int nummer = Math.max(1, pagina);
        String waar = " from handhaving.maatregel where afdeling = any(?)"
                + (zorgaanbieder == null ? "" : " and zorgaanbieder_id = ?");
        List<Object> params = new ArrayList<>();
        params.add(afdelingen);
        if (zorgaanbieder != null) {
            params.add(zorgaanbieder);
        }
        long totaal = jdbc.sql("select count(*)" + waar)
                .params(params)
                .query(Long.class)
                .single();
        List<Object> metPagina = new ArrayList<>(params);
        metPagina.add(PAGINAGROOTTE);
        metPagina.add((long) (nummer - 1) * PAGINAGROOTTE);
        List<Maatregel> rijen = jdbc.sql("select " + Maatregelen.LEESKOLOMMEN + waar
                        + " order by aangemaakt_op desc, id limit ? offset ?")
                .params(metPagina)
                .query(Maatregelen::maatregel)
                .list();
        Map<ZorgaanbiederId, String> namen = register.namen(rijen.stream()
                .map(m -> new ZorgaanbiederId(m.zorgaanbiederId()))
                .toList());
        List<Maatregelregel> items = rijen.stream()
                .map(m -> new Maatregelregel(
                        m.id(),
                        m.referentie(),
                        m.soort(),
                        m.status(),
                        m.afdeling(),
                        m.zorgaanbiederId(),
                        namen.getOrDefault(new ZorgaanbiederId(m.zorgaanbiederId()), "?"),
                        m.besluitOp(),
                        m.termijnTot(),
                        m.opgelegd(),
                        m.openstaand()))
                .toList();
        log.toegestaan(
                Handeling.ZOEKEN,
                items.stream().map(r -> Logobject.maatregel(r.id())).toArray(Logobject[]::new));
        return Pagina.genummerd(items, nummer, PAGINAGROOTTE, totaal);
    }

    /** A step offered on the page without data of its own (compliance found, lifted, objection decided, ...). */
    @Transactional
    public Maatregel neemStap(UUID id, Maatregelstap stap, @Nullable String toelichting) {
        var overgang = Maatregelstroom.STROOM.overgang(stap);
        if (!overgang.aangeboden()) {
            throw Weigering.opVeld("stap", "maatregel.stap.niet-handmatig");
        }
        Maatregel m = wijzig(id, Recht.van(overgang.recht()));
        if (overgang.recht().equals(HandhavingRechten.ONDERTEKENEN.code())) {
            mandaten.eis(toegang.ik().rol(), m);
        }
        Klokeffect effect = m.neem(stap, vandaag(), ik(), clock.instant(), toelichting);
        voerUit(m, effect, vandaag(), null);
        maatregelen.bewaar(m);
        if (m.status() == Maatregelstatus.HERROEPEN) {
            // set aside on objection: off the public page (decision 0103)
            publicatie.herroepen(m, ik());
        }
        return m;
    }

    /**
     * Signs and sends a letter of the flow (intention, decision, collection decision): refused unless the user's
     * role holds the mandate for the kind and amount. The step is taken with today as the day it was made known
     * (bekendmaking): the clocks it starts count from it; the letter is filed in the dossier and queued for e-mail
     * to {@code aan}, all in one transaction.
     */
    @Transactional
    public Maatregelbrief verzend(UUID id, Maatregelstap stap, Verzending verzending) {
        if (!stap.isBrief()) {
            throw Weigering.opVeld("stap", "maatregel.stap.geen-brief");
        }
        Maatregel m = wijzig(id, HandhavingRechten.ONDERTEKENEN);
        Medewerker ik = toegang.ik();
        mandaten.eis(ik.rol(), m);
        String aan = verzending.aan() == null ? "" : verzending.aan().strip();
        if (!EMAIL.matcher(aan).matches()) {
            throw Weigering.opVeld("aan", "maatregel.aan.ongeldig");
        }
        Integer termijn = termijn(m, stap, verzending.termijn());
        return verstuur(m, stap, aan, termijn, ik);
    }

    /** Where a letter goes that is not e-mailed: the provider reads it in the portal (the bulk process's letters). */
    static final String PORTAAL = "portaal";

    /**
     * Takes a letter step the caller has checked (rights, mandate, address, period) with today as the day it was
     * made known: clocks, the letter rendered from the kind's template and filed in the dossier, e-mailed to
     * {@code aan} unless it is {@link #PORTAAL}, the letter row and the measure saved, the event published. In the
     * caller's transaction.
     */
    Maatregelbrief verstuur(Maatregel m, Maatregelstap stap, String aan, @Nullable Integer termijn, Medewerker ik) {
        LocalDate vandaag = vandaag();
        Instant nu = clock.instant();
        Klokeffect effect = m.verzonden(stap, vandaag, ik.gebruikersnaam(), nu);
        Map<String, KlokStand> gestart = voerUit(m, effect, vandaag, termijn);
        Map<String, Object> gegevens = gegevens(m, stap, gestart, ik);
        String sjabloon = m.soort().sjabloonstam();
        byte[] pdf = brieven.pdf(sjabloon, gegevens, NEDERLANDS);
        String betreft = (String) gegevens.get("betreft");
        String bestandsnaam = stap.name().toLowerCase(Locale.ROOT).replace('_', '-') + "-" + m.referentie() + ".pdf";
        Document document = documenten.archiveer(
                MaatregelDossiers.van(m.id()), betreft, "maatregel-" + stap.name(), bestandsnaam, pdf);
        if (!PORTAAL.equals(aan)) {
            post.verstuur(new Poststuk(
                    "maatregel:" + m.id() + ":" + stap.name(),
                    aan,
                    betreft + " (" + m.referentie() + ")",
                    bericht("maatregel.mail.tekst", betreft, m.referentie()),
                    bestandsnaam,
                    pdf));
        }
        UUID briefId = UUID.randomUUID();
        jdbc.sql("insert into handhaving.brief (id, maatregel, stap, document_id, ondertekend_door, rol, aan,"
                        + " verzonden_op) values (?, ?, ?, ?, ?, ?, ?, ?)")
                .params(
                        briefId,
                        m.id(),
                        stap.name(),
                        document.id(),
                        ik.gebruikersnaam(),
                        ik.rol().name(),
                        aan,
                        Timestamp.from(nu))
                .update();
        maatregelen.bewaar(m);
        if (stap == Maatregelstap.BESLUIT_VERZENDEN) {
            publicatie.plan(m, document.id(), gegevens, ik.naam(), ik.gebruikersnaam());
        }
        kondigAan(m, stap, vandaag);
        return new Maatregelbrief(
                briefId, stap, document.id(), ik.gebruikersnaam(), ik.rol().name(), aan, nu);
    }

    private void kondigAan(Maatregel m, Maatregelstap stap, LocalDate op) {
        events.publishEvent(new MaatregelBekendgemaakt(
                m.id(), m.referentie(), m.soort(), stap, m.afdeling(), m.zorgaanbiederId(), op));
    }

    /** The PDF of a letter as it was sent: the dossier's stored version. */
    @Transactional(readOnly = true)
    public byte[] briefPdf(UUID id, Maatregelstap stap) {
        Maatregel m = maatregel(id);
        Maatregelbrief brief = brieven(m).stream()
                .filter(b -> b.stap() == stap)
                .findFirst()
                .orElseThrow(() -> new nl.toezicht.kern.NietGevonden("object.maatregelbrief", stap.name()));
        try (var in = documenten.bestand(brief.documentId(), 1).inhoud().open()) {
            return in.readAllBytes();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** The grace period passed: the penalty is forfeited for {@code aantal} violations or time units. */
    @Transactional
    public Maatregel stelVerbeurteVast(UUID id, @Nullable Integer aantal) {
        Maatregel m = wijzig(id, HandhavingRechten.OPSTELLEN);
        Klokeffect effect = m.stelVerbeurteVast(verplicht(aantal, "aantal"), vandaag(), ik(), clock.instant());
        voerUit(m, effect, vandaag(), null);
        maatregelen.bewaar(m);
        return m;
    }

    @Transactional
    public Maatregel legBetalingVast(UUID id, @Nullable BigDecimal bedrag) {
        Maatregel m = wijzig(id, HandhavingRechten.OPSTELLEN);
        m.legBetalingVast(bedrag, vandaag(), ik(), clock.instant());
        maatregelen.bewaar(m);
        return m;
    }

    @Transactional
    public Maatregel schrijfAf(UUID id, @Nullable BigDecimal bedrag, @Nullable String reden) {
        Maatregel m = wijzig(id, HandhavingRechten.OPSTELLEN);
        m.schrijfAf(bedrag, vandaag(), ik(), clock.instant(), reden);
        maatregelen.bewaar(m);
        return m;
    }

    /** An objection came in: the objection period's clock stops, the decision on it starts (Awb 7:10). */
    @Transactional
    public Maatregel ontvangBezwaar(UUID id, @Nullable LocalDate ontvangen) {
        Maatregel m = wijzig(id, HandhavingRechten.OPSTELLEN);
        Klokeffect effect = m.ontvangBezwaar(ontvangen, vandaag(), ik(), clock.instant());
        voerUit(m, effect, vandaag(), null);
        maatregelen.bewaar(m);
        return m;
    }

    /** An order's validity extended by decision, by {@code dagen} calendar days. */
    @Transactional
    public Maatregel verlengBevel(UUID id, @Nullable Integer dagen, @Nullable String reden) {
        Maatregel m = wijzig(id, HandhavingRechten.ONDERTEKENEN);
        mandaten.eis(toegang.ik().rol(), m);
        int d = verplicht(dagen, "dagen");
        if (d < 1 || d > MAX_DAGEN) {
            throw Weigering.opVeld("dagen", "maatregel.termijn.buiten", 1, MAX_DAGEN);
        }
        m.neem(Maatregelstap.BEVEL_VERLENGEN, vandaag(), ik(), clock.instant(), reden);
        KlokStand klok =
                klokken.open(object(m), Klokeffect.BEVEL).orElseThrow(() -> new Weigering("maatregel.bevel.geen-klok"));
        KlokStand verlengd = klokken.verleng(
                klok.id(), "VERLENGING_BIJ_BESLUIT", Lengte.kalenderdagen(d), handelende(), clock.instant(), reden);
        m.termijnen(verlengd.uiterlijk(), null);
        maatregelen.bewaar(m);
        publicatie.verlengd(m, ik());
        return m;
    }

    /** The disciplinary board's outcome of a complaint. */
    @Transactional
    public Maatregel legUitspraakVast(UUID id, @Nullable String uitspraak) {
        Maatregel m = wijzig(id, HandhavingRechten.OPSTELLEN);
        if (uitspraak == null || uitspraak.isBlank()) {
            throw Weigering.opVeld("toelichting", "maatregel.veld.verplicht");
        }
        m.neem(Maatregelstap.UITSPRAAK_VASTLEGGEN, vandaag(), ik(), clock.instant(), uitspraak);
        maatregelen.bewaar(m);
        return m;
    }

    private Maatregel wijzig(UUID id, Recht recht) {
        return toegang.wijzig(
                recht,
                Logobject.maatregel(id),
                () -> maatregelen.vind(id),
                Maatregel::afdeling,
                m -> List.of(Logobject.maatregel(m.id())));
    }

    /** The period a letter sets: required for a compliance, grace or validity period, optional for the view. */
    private static @Nullable Integer termijn(Maatregel m, Maatregelstap stap, @Nullable Integer termijn) {
        boolean nodig = stap == Maatregelstap.BESLUIT_VERZENDEN
                && (m.soort() == Maatregelsoort.AANWIJZING
                        || m.soort() == Maatregelsoort.LAST_ONDER_DWANGSOM
                        || m.soort() == Maatregelsoort.BEVEL);
        boolean mag = nodig || stap == Maatregelstap.VOORNEMEN_VERZENDEN;
        if (!mag) {
            return null;
        }
        if (termijn == null) {
            if (nodig) {
                throw Weigering.opVeld("termijn", "maatregel.termijn.verplicht");
            }
            return null;
        }
        int max = m.soort() == Maatregelsoort.BEVEL && nodig ? MAX_DAGEN : MAX_WEKEN;
        if (termijn < 1 || termijn > max) {
            throw Weigering.opVeld("termijn", "maatregel.termijn.buiten", 1, max);
        }
        return termijn;
    }

    /**
     * Carries out a step's clock effect: stops what it stops, starts what it starts (day 0: {@code dag0}, the day
     * the letter was made known, unless the law counts from another day), copies the deadlines to the measure.
     */
    /**
     * A step of the system, no letter, for a measure the caller has read within its rights (the bulk process: a
     * deposit withdraws the intention or ends the order); in the caller's transaction.
     */
    void neemIntern(Maatregel m, Maatregelstap stap, String toelichting) {
        Klokeffect effect = m.neem(stap, vandaag(), ik(), clock.instant(), toelichting);
        voerUit(m, effect, vandaag(), null);
        maatregelen.bewaar(m);
    }

    /**
     * The forfeiture for {@code aantal} units, taken by the system (the bulk process), its clocks carried out; not
     * saved: the collection decision's {@link #verstuur} that follows in the same transaction saves the measure.
     */
    void verbeurIntern(Maatregel m, int aantal) {
        Klokeffect effect = m.stelVerbeurteVast(aantal, vandaag(), ik(), clock.instant());
        voerUit(m, effect, vandaag(), null);
    }

    private Map<String, KlokStand> voerUit(Maatregel m, Klokeffect effect, LocalDate dag0, @Nullable Integer termijn) {
        Objectverwijzing object = object(m);
        Handelende door = handelende();
        Instant nu = clock.instant();
        List<KlokStand> bestaand = klokken.vanObject(object);
        for (KlokStand k : bestaand) {
            if (k.status() != Klokstatus.GESTOPT
                    && (effect.stopAlle() || effect.stop().contains(k.soort()))) {
                klokken.stop(k.id(), door, nu, null);
            }
        }
        Map<String, KlokStand> gestart = new HashMap<>();
        for (String soort : effect.start()) {
            LocalDate start = dag0;
            Lengte lengte = null;
            switch (soort) {
                case Klokeffect.BOETEBESLUIT -> start = m.rapportdatum();
                case Klokeffect.VERJARING -> start = m.verbeurdOp();
                case Klokeffect.BESLISSING_OP_BEZWAAR -> {
                    // Awb 7:10: from the end of the objection period; a late objection from its receipt
                    LocalDate ontvangen = m.bezwaarOntvangenOp();
                    start = bestaand.stream()
                            .filter(k -> k.soort().equals(Klokeffect.BEZWAARTERMIJN))
                            .map(KlokStand::uiterlijk)
                            .max(Comparator.naturalOrder())
                            .filter(eind -> ontvangen == null || !eind.isBefore(ontvangen))
                            .orElse(ontvangen == null ? dag0 : ontvangen);
                }
                case Klokeffect.ZIENSWIJZE -> lengte = termijn == null ? null : Lengte.weken(termijn);
                case Klokeffect.NALEVING, Klokeffect.BEGUNSTIGING -> lengte = Lengte.weken(termijn);
                case Klokeffect.BEVEL -> lengte = Lengte.kalenderdagen(termijn);
                default -> {}
            }
            KlokStand stand = klokken.start(
                    object,
                    soort,
                    Startpunt.datum(start),
                    lengte,
                    Verantwoordelijke.afdeling(m.afdeling().name()),
                    door,
                    nu);
            gestart.put(soort, stand);
            switch (soort) {
                case Klokeffect.NALEVING, Klokeffect.BEGUNSTIGING, Klokeffect.BEVEL ->
                    m.termijnen(stand.uiterlijk(), null);
                case Klokeffect.VERJARING -> m.termijnen(null, stand.uiterlijk());
                default -> {}
            }
        }
        return gestart;
    }

    private Map<String, Object> gegevens(
            Maatregel m, Maatregelstap stap, Map<String, KlokStand> gestart, Medewerker ik) {
        Map<String, Object> g = new HashMap<>();
        Optional<ZorgaanbiederSamenvatting> aanbieder = register.vind(new ZorgaanbiederId(m.zorgaanbiederId()));
        List<String> adres = new ArrayList<>();
        aanbieder.ifPresent(a -> {
            adres.add(a.naam());
            adres.add(bericht("maatregel.brief.aan-bestuur"));
            ZorgaanbiederSamenvatting.LocatieSamenvatting locatie = a.hoofdlocatie();
            if (locatie != null) {
                adres.add(locatie.adres());
                adres.add(locatie.postcode() + "  " + locatie.plaats());
            }
        });
        String soort = bericht(m.soort().berichtSleutel());
        g.put("geadresseerde", adres);
        g.put("zorgaanbieder", aanbieder.map(ZorgaanbiederSamenvatting::naam).orElse(""));
        g.put("afdeling", bericht(m.afdeling().berichtSleutel()));
        g.put("kenmerk", m.referentie());
        g.put("uwKenmerk", null);
        g.put("datum", DATUM.format(vandaag()));
        g.put("stap", stap.name());
        g.put("soort", soort);
        g.put("betreft", bericht("maatregel.brief.betreft." + stap.name(), soort.toLowerCase(NEDERLANDS)));
        g.put("aanhef", bericht("maatregel.brief.aanhef"));
        g.put("grondslag", m.inhoud().wet() + " " + m.inhoud().artikel());
        g.put(
                "alineas",
                Arrays.stream(m.inhoud().omschrijving().split("\\R\\s*\\R"))
                        .map(String::strip)
                        .filter(s -> !s.isEmpty())
                        .toList());
        g.put("bedrag", m.geld().bedrag() == null ? null : euro(m.geld().bedrag()));
        g.put("maximum", m.geld().maximum() == null ? null : euro(m.geld().maximum()));
        g.put(
                "eenheid",
                m.geld().eenheid() == null ? null : bericht(m.geld().eenheid().berichtSleutel()));
        g.put("verbeurd", euro(m.verbeurd()));
        g.put("teBetalen", euro(m.openstaand()));
        g.put(
                "ondertekenaar",
                Map.of(
                        "naam",
                        ik.naam(),
                        "functie",
                        bericht(
                                "maatregel.brief.functie",
                                bericht("rol." + ik.rol().name()))));
        g.put("zienswijzeTot", datum(gestart.get(Klokeffect.ZIENSWIJZE)));
        g.put("termijnTot", m.termijnTot() == null ? null : DATUM.format(m.termijnTot()));
        g.put("bezwaarTot", datum(gestart.get(Klokeffect.BEZWAARTERMIJN)));
        return g;
    }

    private static @Nullable String datum(@Nullable KlokStand k) {
        return k == null ? null : DATUM.format(k.uiterlijk());
    }

    /** Euro in Dutch notation, exactly the amount's cents (no rounding happens: amounts have two decimals). */
    public static String euro(BigDecimal bedrag) {
        NumberFormat f = NumberFormat.getCurrencyInstance(NEDERLANDS);
        f.setMinimumFractionDigits(2);
        f.setMaximumFractionDigits(2);
        return f.format(bedrag);
    }

    private String bericht(String sleutel, Object... argumenten) {
        return berichten.getMessage(sleutel, argumenten, NEDERLANDS);
    }

    private static Objectverwijzing object(Maatregel m) {
        return new Objectverwijzing(OBJECTTYPE, m.id());
    }

    private String ik() {
        return toegang.ik().gebruikersnaam();
    }

    private Handelende handelende() {
        Medewerker ik = toegang.ik();
        return new Handelende(ik.gebruikersnaam(), ik.rol().name());
    }

    private static <T> T verplicht(@Nullable T waarde, String veld) {
        if (waarde == null) {
            throw Weigering.opVeld(veld, "maatregel.veld.verplicht");
        }
        return waarde;
    }
}
