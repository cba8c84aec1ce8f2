package nl.toezicht.inspecties;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import nl.toezicht.documenten.Brieven;
import nl.toezicht.kern.Anonimiteitstoets;
import nl.toezicht.kern.Bestandskeuring;
import nl.toezicht.kern.Bestandsopslag;
import nl.toezicht.kern.NietGevonden;
import nl.toezicht.kern.Tijdzone;
import nl.toezicht.kern.Upload;
import nl.toezicht.kern.Weigering;
import nl.toezicht.logboek.Handeling;
import nl.toezicht.logboek.Logobject;
import nl.toezicht.meldingen.MeldingDetail;
import nl.toezicht.meldingen.MeldingInzage;
import nl.toezicht.register.Register;
import nl.toezicht.register.ZorgaanbiederId;
import nl.toezicht.register.ZorgaanbiederSamenvatting;
import nl.toezicht.termijnen.Handelende;
import nl.toezicht.termijnen.KlokId;
import nl.toezicht.termijnen.KlokStand;
import nl.toezicht.termijnen.Klokken;
import nl.toezicht.termijnen.Objectverwijzing;
import nl.toezicht.termijnen.Startpunt;
import nl.toezicht.termijnen.Verantwoordelijke;
import nl.toezicht.toegang.Medewerker;
import nl.toezicht.toegang.Medewerkers;
import nl.toezicht.toegang.Toegangsbeleid;
import nl.toezicht.zaken.Zaak;
import nl.toezicht.zaken.ZaakId;
import nl.toezicht.zaken.Zaakbehandeling;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The inspection report (docs/inspecties.md "The report"): drafted from the findings, edited by the team,
 * reviewed by a second inspector (four eyes), sent to the provider for its view under a legal clock (kind
 * {@code ZIENSWIJZE}), made final as a PDF kept with its SHA-256; publication is {@link Openbaarmaking}.
 * Every step is a step of the activity's flow ({@link Activiteitstroom}), in its timeline and the access log.
 */
@Service
public class Rapportage {

    /** The clocks of this module run for this object type (the access log's name for an activity). */
    static final String OBJECTTYPE = "TOEZICHTACTIVITEIT";

    static final String KLOKSOORT = "ZIENSWIJZE";
    static final int MAX_TEKST = 20_000;
    static final int MAX_BIJLAGEN = 5;
    static final int MAX_PUNTEN = 50;
    private static final Locale NEDERLANDS = Locale.forLanguageTag("nl-NL");

    private final Toezichtactiviteiten activiteiten;
    private final Rapporten rapporten;
    private final Kaderversies kaderversies;
    private final Veldwerk veldwerk;
    private final Toegangsbeleid toegang;
    private final Klokken klokken;
    private final Brieven brieven;
    private final Bestandsopslag opslag;
    private final Register register;
    private final Medewerkers medewerkers;
    private final Zaakbehandeling zaken;
    private final MeldingInzage meldingen;
    private final MessageSource berichten;
    private final JdbcClient jdbc;
    private final Clock clock;

    Rapportage(
            Toezichtactiviteiten activiteiten,
            Rapporten rapporten,
            Kaderversies kaderversies,
            Veldwerk veldwerk,
            Toegangsbeleid toegang,
            Klokken klokken,
            Brieven brieven,
            Bestandsopslag opslag,
            Register register,
            Medewerkers medewerkers,
            Zaakbehandeling zaken,
            MeldingInzage meldingen,
            MessageSource berichten,
            JdbcClient jdbc,
            Clock clock) {
        this.activiteiten = activiteiten;
        this.rapporten = rapporten;
        this.kaderversies = kaderversies;
        this.veldwerk = veldwerk;
        this.toegang = toegang;
        this.klokken = klokken;
        this.brieven = brieven;
        this.opslag = opslag;
        this.register = register;
        this.medewerkers = medewerkers;
        this.zaken = zaken;
        this.meldingen = meldingen;
        this.berichten = berichten;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** The report of an activity the user has read through {@link Planning#activiteit}, if drafted. */
    @Transactional(readOnly = true)
    public Optional<Rapport> rapport(Toezichtactiviteit activiteit) {
        return rapporten.vind(activiteit.id());
    }

    // --- the inspectorate's side ---

    /** Drafts the report from the findings: per norm the finding's evidence as the first text. */
    @Transactional
    public Rapport stelOp(UUID id) {
        Toezichtactiviteit activiteit = wijzig(id, InspectieRechten.RAPPORTEREN);
        String door = eisTeam(activiteit);
        Kaderversie kader = kader(activiteit);
        Instant nu = clock.instant();
        activiteit.neemRapportstap(
                Activiteitstap.RAPPORT_OPSTELLEN, Activiteitstroom.Kenmerken.van(activiteit.soort()), door, nu, null);
        activiteiten.bewaar(activiteit);
        Map<String, String> teksten = new LinkedHashMap<>();
        veldwerk.bevindingen(activiteit).forEach(b -> teksten.put(b.normCode(), b.onderbouwing()));
        String inleiding = berichten.getMessage(
                "rapport.inleiding.standaard",
                new Object[] {
                    berichten
                            .getMessage(activiteit.soort().berichtSleutel(), null, NEDERLANDS)
                            .toLowerCase(NEDERLANDS),
                    aanbiederNaam(activiteit),
                    datum(activiteit.begindatum()),
                    kader.naam(),
                    kader.versie()
                },
                NEDERLANDS);
        rapporten.voegToe(Rapport.concept(id, sjabloon(kader), inleiding, teksten, door, nu));
        return rapporten.vind(id).orElseThrow();
    }

    /** The team edits the draft: the introduction and the text per norm (a norm not in the framework is refused). */
    @Transactional
    public Rapport bewerk(UUID id, String inleiding, Map<String, String> teksten) {
        Toezichtactiviteit activiteit = wijzig(id, InspectieRechten.RAPPORTEREN);
        eisTeam(activiteit);
        if (activiteit.status() != Activiteitstatus.RAPPORT_CONCEPT) {
            throw new Weigering("rapport.bewerken.geen-concept", activiteit.referentie());
        }
        Kaderversie kader = kader(activiteit);
        Map<String, String> schoon = new LinkedHashMap<>();
        for (Map.Entry<String, String> e : teksten.entrySet()) {
            if (!kader.inhoud().normen().containsKey(e.getKey())) {
                throw Weigering.opVeld("tekst", "bevinding.norm.onbekend", e.getKey(), kader.naam());
            }
            schoon.put(e.getKey(), tekst(e.getValue(), "tekst-" + e.getKey()));
        }
        rapporten.inleiding(id, tekst(inleiding, "inleiding"));
        rapporten.bewaarTeksten(id, schoon);
        return rapporten.vind(id).orElseThrow();
    }

    /** Offers the draft for review by a second inspector. */
    @Transactional
    public void biedAan(UUID id) {
        Toezichtactiviteit activiteit = wijzig(id, InspectieRechten.RAPPORTEREN);
        String door = eisTeam(activiteit);
        activiteit.neemRapportstap(
                Activiteitstap.RAPPORT_AANBIEDEN,
                Activiteitstroom.Kenmerken.van(activiteit.soort()),
                door,
                clock.instant(),
                null);
        activiteiten.bewaar(activiteit);
        rapporten.aangeboden(id, door);
    }

    /**
     * A second inspector of the department approves the draft: it goes to the provider, whose view is due
     * under a clock of kind {@code ZIENSWIJZE} (Awb 4:8, two weeks by default) starting today.
     *
     * @throws Weigering (409) when who offered it approves it: four eyes
     */
    @Transactional
    public KlokStand keurGoed(UUID id) {
        Toezichtactiviteit activiteit = wijzig(id, InspectieRechten.RAPPORT_BEOORDELEN);
        Medewerker ik = eisVanAfdeling(activiteit);
        Rapport rapport = rapporten.vind(id).orElseThrow(() -> geenRapport(activiteit));
        Instant nu = clock.instant();
        activiteit.neemRapportstap(
                Activiteitstap.RAPPORT_GOEDKEUREN,
                new Activiteitstroom.Kenmerken(
                        activiteit.soort(), rapport.aangebodenDoor(), ik.gebruikersnaam(), false),
                ik.gebruikersnaam(),
                nu,
                null);
        activiteiten.bewaar(activiteit);
        KlokStand klok = klokken.start(
                KlokId.nieuw(),
                new Objectverwijzing(OBJECTTYPE, id),
                KLOKSOORT,
                Startpunt.datum(vandaag()),
                null,
                new Verantwoordelijke(activiteit.afdeling().name(), activiteit.leider()),
                new Handelende(ik.gebruikersnaam(), ik.rol().name()),
                nu);
        rapporten.goedgekeurd(id, ik.gebruikersnaam(), nu, klok.id().waarde(), klok.uiterlijk());
        return klok;
    }

    /** A second inspector sends the draft back to the team, with a reason (in the timeline). */
    @Transactional
    public void stuurTerug(UUID id, @Nullable String reden) {
        Toezichtactiviteit activiteit = wijzig(id, InspectieRechten.RAPPORT_BEOORDELEN);
        Medewerker ik = eisVanAfdeling(activiteit);
        Rapport rapport = rapporten.vind(id).orElseThrow(() -> geenRapport(activiteit));
        if (reden == null || reden.isBlank()) {
            throw Weigering.opVeld("reden", "kader.veld.verplicht");
        }
        activiteit.neemRapportstap(
                Activiteitstap.RAPPORT_TERUGSTUREN,
                new Activiteitstroom.Kenmerken(
                        activiteit.soort(), rapport.aangebodenDoor(), ik.gebruikersnaam(), false),
                ik.gebruikersnaam(),
                clock.instant(),
                tekst(reden, "reden"));
        activiteiten.bewaar(activiteit);
        rapporten.teruggestuurd(id);
    }

    /**
     * Makes the report final once the provider's view came or its term ran out: the PDF is rendered with how the
     * view was processed, stored with its SHA-256, and never changes after (trigger of V110).
     */
    @Transactional
    public Rapport stelVast(UUID id, @Nullable String verwerking) {
        Toezichtactiviteit activiteit = wijzig(id, InspectieRechten.RAPPORTEREN);
        String door = eisTeam(activiteit);
        Rapport rapport = rapporten.vind(id).orElseThrow(() -> geenRapport(activiteit));
        Optional<KlokStand> klok = klok(rapport);
        boolean verstreken = klok.map(k -> k.isVerstreken(vandaag())).orElse(false);
        boolean voorbij = activiteit.status() == Activiteitstatus.ZIENSWIJZE_ONTVANGEN || verstreken;
        String verwerkt = verwerking == null || verwerking.isBlank() ? null : tekst(verwerking, "verwerking");
        if (activiteit.status() == Activiteitstatus.ZIENSWIJZE_ONTVANGEN
                && rapport.punten().isEmpty()) {
            throw Weigering.opVeld("punt", "rapport.verwerking.verplicht");
        }
        Instant nu = clock.instant();
        activiteit.neemRapportstap(
                Activiteitstap.RAPPORT_VASTSTELLEN,
                new Activiteitstroom.Kenmerken(activiteit.soort(), null, door, voorbij),
                door,
                nu,
                verstreken && rapport.zienswijzeOp() == null ? "zienswijzetermijn verstreken" : null);
        activiteiten.bewaar(activiteit);
        klok.filter(KlokStand::isLopend)
                .ifPresent(k -> klokken.stop(k.id(), new Handelende(door, "INSPECTEUR"), nu, null));
        Rapport metVerwerking = rapport.vastgesteld(verwerkt, door, nu);
        byte[] pdf = brieven.pdf(rapport.sjabloon(), gegevens(activiteit, metVerwerking, false), NEDERLANDS);
        String sha256 = Bestandskeuring.sha256(pdf);
        String sleutel = opslag.bewaar(new Bytes("rapport-" + activiteit.referentie() + ".pdf", pdf), sha256);
        opslag.verwijderBijRollback(sleutel);
        rapporten.definitief(id, verwerkt, door, nu, sleutel, sha256, pdf.length);
        return rapporten.vind(id).orElseThrow();
    }

    /**
     * The team processes the provider's view point by point (replacing what was there): each point taken over or
     * not, and why (required when not). Only while the view is in and the report not final. Refused on the field
     * of the first bad point ({@code punten[i].punt}, {@code punten[i].reden}); nothing changes then.
     */
    @Transactional
    public Rapport verwerkPunten(UUID id, List<Rapport.Zienswijzepunt> punten) {
        Toezichtactiviteit activiteit = eisVerwerkbaar(id);
        if (punten.size() > MAX_PUNTEN) {
            throw Weigering.opVeld("punten", "rapport.punten.te-veel", MAX_PUNTEN);
        }
        List<Rapport.Zienswijzepunt> schoon = new ArrayList<>();
        for (int i = 0; i < punten.size(); i++) {
            schoon.add(punt(punten.get(i), "punten[" + i + "].punt", "punten[" + i + "].reden"));
        }
        rapporten.punten(id, schoon);
        return rapporten.vind(activiteit.id()).orElseThrow();
    }

    /** The page's form: one point added after the others (refused on {@code punt} or {@code reden}). */
    @Transactional
    public Rapport voegPuntToe(UUID id, Rapport.Zienswijzepunt punt) {
        Toezichtactiviteit activiteit = eisVerwerkbaar(id);
        List<Rapport.Zienswijzepunt> punten =
                new ArrayList<>(rapporten.vind(id).orElseThrow().punten());
        if (punten.size() >= MAX_PUNTEN) {
            throw Weigering.opVeld("punt", "rapport.punten.te-veel", MAX_PUNTEN);
        }
        punten.add(punt(punt, "punt", "punt-reden"));
        rapporten.punten(id, punten);
        return rapporten.vind(activiteit.id()).orElseThrow();
    }

    /** The page's form: removes point {@code nummer} (from 1); an unknown number changes nothing. */
    @Transactional
    public Rapport verwijderPunt(UUID id, int nummer) {
        eisVerwerkbaar(id);
        List<Rapport.Zienswijzepunt> punten =
                new ArrayList<>(rapporten.vind(id).orElseThrow().punten());
        if (nummer >= 1 && nummer <= punten.size()) {
            punten.remove(nummer - 1);
            rapporten.punten(id, punten);
        }
        return rapporten.vind(id).orElseThrow();
    }

    private Toezichtactiviteit eisVerwerkbaar(UUID id) {
        Toezichtactiviteit activiteit = wijzig(id, InspectieRechten.RAPPORTEREN);
        eisTeam(activiteit);
        if (activiteit.status() != Activiteitstatus.ZIENSWIJZE_ONTVANGEN) {
            throw new Weigering("rapport.punten.geen-zienswijze", activiteit.referentie());
        }
        return activiteit;
    }

    private Rapport.Zienswijzepunt punt(Rapport.Zienswijzepunt p, String puntVeld, String redenVeld) {
        if (p.punt() == null || p.punt().isBlank()) {
            throw Weigering.opVeld(puntVeld, "rapport.punt.verplicht");
        }
        String reden = p.reden() == null || p.reden().isBlank() ? null : tekst(p.reden(), redenVeld);
        if (!p.overgenomen() && reden == null) {
            throw Weigering.opVeld(redenVeld, "rapport.punt.reden-verplicht");
        }
        return new Rapport.Zienswijzepunt(tekst(p.punt(), puntVeld), p.overgenomen(), reden);
    }

    /** What the anonymisation check finds now in the texts that go in the PDF (shown on the report page). */
    @Transactional(readOnly = true)
    public List<Anonimiteitstoets.Vondst> anonimiteit(Toezichtactiviteit activiteit, Rapport rapport) {
        List<String> teksten = new ArrayList<>();
        teksten.add(rapport.inleiding());
        teksten.addAll(rapport.teksten().values());
        if (rapport.verwerking() != null) {
            teksten.add(rapport.verwerking());
        }
        for (Rapport.Zienswijzepunt p : rapport.punten()) {
            teksten.add(p.punt());
            if (p.reden() != null) {
                teksten.add(p.reden());
            }
        }
        return Anonimiteitstoets.toets(teksten, namenUitZaak(activiteit));
    }

    /** The found things in words, for the refusal. */
    String beschrijf(List<Anonimiteitstoets.Vondst> vondsten) {
        return vondsten.stream()
                .map(v -> berichten.getMessage(v.soort().berichtSleutel(), null, NEDERLANDS) + " (" + v.tekst() + ")")
                .collect(Collectors.joining(", "));
    }

    /** The report as PDF: the final one as stored, or the draft rendered now (marked as a draft). */
    @Transactional(readOnly = true)
    public byte[] pdf(Toezichtactiviteit activiteit) {
        Rapport rapport =
                rapporten.vind(activiteit.id()).orElseThrow(() -> new NietGevonden("object.rapport", activiteit.id()));
        if (rapport.isDefinitief() || rapport.zonderPdf()) {
            // final without PDF (decision 0107): there is none, and a draft rendered now would pretend one
            return opgeslagenPdf(activiteit.id());
        }
        return brieven.pdf(rapport.sjabloon(), gegevens(activiteit, rapport, true), NEDERLANDS);
    }

    /** Reads the stored final PDF back and checks it against the checksum kept with it. */
    @Transactional(readOnly = true)
    public boolean controleer(Toezichtactiviteit activiteit) {
        Rapport rapport = rapporten
                .vind(activiteit.id())
                .filter(r -> {
                    if (r.zonderPdf()) {
                        throw new Weigering("rapport.zonder-pdf.controleren", activiteit.referentie());
                    }
                    return r.isDefinitief();
                })
                .orElseThrow(() -> new Weigering("rapport.niet-definitief", activiteit.referentie()));
        return Bestandskeuring.sha256(opgeslagenPdf(activiteit.id())).equals(rapport.pdfSha256());
    }

    // --- the provider's side (portal) ---

    /** A report as its provider sees it in the portal: the activity's main facts and the report. */
    public record Inzage(Toezichtactiviteit activiteit, Rapport rapport, String zorgaanbieder, boolean termijnLoopt) {
        public boolean magZienswijzeGeven() {
            return activiteit.status() == Activiteitstatus.ZIENSWIJZE_GEVRAAGD && termijnLoopt;
        }
    }

    /** One line of the portal's list. */
    public record Portaalregel(
            UUID activiteit,
            String referentie,
            String zorgaanbieder,
            Activiteitstatus status,
            @Nullable LocalDate zienswijzeUiterlijk,
            @Nullable LocalDate verbeterplanUiterlijk) {}

    /** The reports sent to the user's providers (by KvK number), newest first; nothing of another provider. */
    @Transactional(readOnly = true)
    public List<Portaalregel> mijnRapporten() {
        toegang.eis(InspectieRechten.ZIENSWIJZE_GEVEN, Handeling.ZOEKEN);
        UUID[] aanbieders = mijnAanbieders();
        List<Portaalregel> regels = jdbc.sql("select a.id, a.referentie, a.zorgaanbieder_id, a.status,"
                        + " r.zienswijze_uiterlijk, (select v.uiterlijk from inspecties.verbeterplan v"
                        + " where v.activiteit = a.id and v.oordeel is null and v.ingediend_op is null)"
                        + " as verbeterplan_uiterlijk from inspecties.toezichtactiviteit a"
                        + " join inspecties.rapport r on r.activiteit = a.id"
                        + " where a.zorgaanbieder_id = any(?) and r.beoordeeld_op is not null"
                        + " order by r.beoordeeld_op desc limit 200")
                .param(aanbieders)
                .query((rs, i) -> new Portaalregel(
                        rs.getObject("id", UUID.class),
                        rs.getString("referentie"),
                        rs.getObject("zorgaanbieder_id", UUID.class).toString(),
                        Activiteitstatus.valueOf(rs.getString("status")),
                        rs.getDate("zienswijze_uiterlijk") == null
                                ? null
                                : rs.getDate("zienswijze_uiterlijk").toLocalDate(),
                        rs.getObject("verbeterplan_uiterlijk", LocalDate.class)))
                .list();
        Map<ZorgaanbiederId, String> namen = register.namen(regels.stream()
                .map(r -> new ZorgaanbiederId(UUID.fromString(r.zorgaanbieder())))
                .toList());
        return regels.stream()
                .map(r -> new Portaalregel(
                        r.activiteit(),
                        r.referentie(),
                        namen.getOrDefault(new ZorgaanbiederId(UUID.fromString(r.zorgaanbieder())), ""),
                        r.status(),
                        r.zienswijzeUiterlijk(),
                        r.verbeterplanUiterlijk()))
                .toList();
    }

    /** One report sent to one of the user's providers; another's does not exist for them (404, logged). */
    @Transactional(readOnly = true)
    public Inzage inzage(UUID id) {
        Toezichtactiviteit activiteit = toegang.lees(
                InspectieRechten.ZIENSWIJZE_GEVEN,
                Logobject.toezichtactiviteit(id),
                () -> eigenVerzonden(id),
                a -> List.of(Logobject.toezichtactiviteit(a.id())));
        Rapport rapport = rapporten.vind(id).orElseThrow();
        boolean loopt = klok(rapport)
                .map(k -> k.isLopend() && !k.isVerstreken(vandaag()))
                .orElse(false);
        return new Inzage(activiteit, rapport, aanbiederNaam(activiteit), loopt);
    }

    /** The report's PDF for its provider: the approved draft, or the final one. */
    @Transactional(readOnly = true)
    public byte[] pdfVoorZorgaanbieder(UUID id) {
        Inzage inzage = inzage(id);
        if (inzage.rapport().isDefinitief() || inzage.rapport().zonderPdf()) {
            return opgeslagenPdf(id);
        }
        return brieven.pdf(
                inzage.rapport().sjabloon(), gegevens(inzage.activiteit(), inzage.rapport(), true), NEDERLANDS);
    }

    /** A document the provider sent with its view, for the inspectorate or for that provider. */
    @Transactional(readOnly = true)
    public InputStream bijlage(UUID id, UUID bijlage) {
        String sleutel =
                rapporten.bijlageSleutel(id, bijlage).orElseThrow(() -> new NietGevonden("object.bijlage", bijlage));
        try {
            return opslag.open(sleutel);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The provider gives its view: text and up to {@link #MAX_BIJLAGEN} documents, each judged by its bytes,
     * within the term; the clock stops. Refused (nothing stored) after the term or a second time.
     */
    @Transactional
    public void geefZienswijze(UUID id, @Nullable String tekst, List<Upload> bijlagen) {
        Toezichtactiviteit activiteit = toegang.handel(
                Handeling.WIJZIGEN,
                InspectieRechten.ZIENSWIJZE_GEVEN,
                List.of(Logobject.toezichtactiviteit(id)),
                () -> eigenVerzonden(id),
                null,
                a -> List.of(Logobject.toezichtactiviteit(a.id())));
        Rapport rapport = rapporten.vind(id).orElseThrow();
        Optional<KlokStand> klok = klok(rapport);
        if (activiteit.status() == Activiteitstatus.ZIENSWIJZE_GEVRAAGD
                && klok.map(k -> k.isVerstreken(vandaag())).orElse(false)) {
            throw new Weigering(
                    "zienswijze.termijn-verstreken", datum(Objects.requireNonNull(rapport.zienswijzeUiterlijk())));
        }
        if (tekst == null || tekst.isBlank()) {
            throw Weigering.opVeld("zienswijze", "kader.veld.verplicht");
        }
        String schoon = tekst(tekst, "zienswijze");
        if (bijlagen.size() > MAX_BIJLAGEN) {
            throw Weigering.opVeld("bijlagen", "zienswijze.bijlagen.te-veel", MAX_BIJLAGEN);
        }
        List<Bestandskeuring.Gekeurd> gekeurd = new ArrayList<>();
        for (int i = 0; i < bijlagen.size(); i++) {
            gekeurd.add(Bestandskeuring.keur(bijlagen.get(i), "bijlagen[" + i + "]", "zienswijze.bijlage"));
        }
        String door = toegang.ik().gebruikersnaam();
        Instant nu = clock.instant();
        activiteit.neemRapportstap(
                Activiteitstap.ZIENSWIJZE_GEVEN, Activiteitstroom.Kenmerken.van(activiteit.soort()), door, nu, null);
        activiteiten.bewaar(activiteit);
        rapporten.zienswijze(id, schoon, door, nu);
        for (Bestandskeuring.Gekeurd g : gekeurd) {
            String sleutel = opslag.bewaar(g.upload(), g.sha256());
            opslag.verwijderBijRollback(sleutel);
            rapporten.bijlage(
                    id,
                    new Rapport.Bijlage(
                            UUID.randomUUID(),
                            Bestandskeuring.bestandsnaam(g.upload().bestandsnaam(), "bijlage"),
                            g.mediatype(),
                            g.grootte(),
                            g.sha256()),
                    sleutel,
                    door,
                    nu);
        }
        klok.filter(KlokStand::isLopend)
                .ifPresent(k -> klokken.stop(k.id(), new Handelende(door, "ZORGAANBIEDER"), nu, null));
    }

    // --- the public side ---

    /** A published report on the public page. */
    public record Publicatie(
            UUID activiteit,
            String referentie,
            Activiteitsoort soort,
            LocalDate begindatum,
            String kader,
            Instant gepubliceerdOp,
            String sha256,
            long grootte) {}

    /** The published reports of a provider (nothing else: no draft, no final report not yet published). */
    @Transactional(readOnly = true)
    public List<Publicatie> gepubliceerd(UUID zorgaanbieder) {
        return jdbc.sql("select a.id, a.referentie, a.soort, a.begindatum, k.naam, r.gepubliceerd_op,"
                        + " coalesce(o.pdf_sha256, r.pdf_sha256) as pdf_sha256,"
                        + " coalesce(o.pdf_grootte, r.pdf_grootte) as pdf_grootte from inspecties.rapport r"
                        + " join inspecties.toezichtactiviteit a on a.id = r.activiteit"
                        + " join inspecties.kaderversie k on k.id = a.kaderversie_id"
                        + " left join inspecties.openbaarmaking o on o.activiteit = r.activiteit"
                        + " where a.zorgaanbieder_id = ? and r.gepubliceerd_op is not null"
                        + " order by r.gepubliceerd_op desc, a.referentie")
                .param(zorgaanbieder)
                .query((rs, i) -> new Publicatie(
                        rs.getObject("id", UUID.class),
                        rs.getString("referentie"),
                        Activiteitsoort.valueOf(rs.getString("soort")),
                        rs.getDate("begindatum").toLocalDate(),
                        rs.getString("naam"),
                        rs.getTimestamp("gepubliceerd_op").toInstant(),
                        rs.getString("pdf_sha256"),
                        rs.getLong("pdf_grootte")))
                .list();
    }

    /** The PDF of a published report of this provider; 404 for anything not published. */
    @Transactional(readOnly = true)
    public byte[] gepubliceerdePdf(UUID zorgaanbieder, UUID activiteit) {
        boolean gepubliceerd = jdbc.sql("select count(*) from inspecties.rapport r join inspecties.toezichtactiviteit a"
                                + " on a.id = r.activiteit where r.activiteit = ? and a.zorgaanbieder_id = ?"
                                + " and r.gepubliceerd_op is not null")
                        .params(activiteit, zorgaanbieder)
                        .query(Integer.class)
                        .single()
                == 1;
        if (!gepubliceerd) {
            throw new NietGevonden("object.rapport", activiteit);
        }
        // the corrected public version's PDF when there is one (decision 0092), else the final PDF as archived
        Optional<String> openbaar = jdbc.sql(
                        "select pdf_sleutel from inspecties.openbaarmaking where activiteit = ? and pdf_sleutel is not null")
                .param(activiteit)
                .query(String.class)
                .optional();
        return openbaar.isPresent() ? lees(openbaar.get()) : opgeslagenPdf(activiteit);
    }

    // --- helpers ---

    Toezichtactiviteit wijzig(UUID id, nl.toezicht.toegang.Recht recht) {
        return toegang.wijzig(
                recht,
                Logobject.toezichtactiviteit(id),
                () -> activiteiten.vind(id),
                Toezichtactiviteit::afdeling,
                a -> List.of(Logobject.toezichtactiviteit(a.id())));
    }

    /** The team writes the report. */
    String eisTeam(Toezichtactiviteit activiteit) {
        String door = toegang.ik().gebruikersnaam();
        if (!activiteit.team().contains(door)) {
            throw new Weigering("rapport.niet-in-team", activiteit.referentie());
        }
        return door;
    }

    /** The reviewer works in the activity's department (not through break-the-glass). */
    private Medewerker eisVanAfdeling(Toezichtactiviteit activiteit) {
        Medewerker ik = toegang.ik();
        if (!ik.werktBij(activiteit.afdeling())) {
            throw new Weigering("rapport.beoordelen.andere-afdeling", activiteit.referentie());
        }
        return ik;
    }

    /** An activity of one of the user's providers whose report was sent to it; none else. */
    Optional<Toezichtactiviteit> eigenVerzonden(UUID id) {
        Set<UUID> mijn = Set.of(mijnAanbieders());
        return activiteiten
                .vind(id)
                .filter(a -> mijn.contains(a.zorgaanbiederId()))
                .filter(a ->
                        rapporten.vind(id).map(r -> r.beoordeeldOp() != null).orElse(false));
    }

    private UUID[] mijnAanbieders() {
        return register.metKvkNummers(toegang.ik().kvkNummers()).stream()
                .map(ZorgaanbiederId::waarde)
                .toArray(UUID[]::new);
    }

    private Optional<KlokStand> klok(Rapport rapport) {
        return rapport.klokId() == null ? Optional.empty() : klokken.vind(new KlokId(rapport.klokId()));
    }

    byte[] opgeslagenPdf(UUID activiteit) {
        return lees(rapporten.pdfSleutel(activiteit).orElseThrow(() -> new NietGevonden("object.rapport", activiteit)));
    }

    private byte[] lees(String sleutel) {
        try (InputStream in = opslag.open(sleutel)) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private Kaderversie kader(Toezichtactiviteit activiteit) {
        if (activiteit.kaderversieId() == null) {
            throw new Weigering("bevinding.geen-kader", activiteit.referentie());
        }
        return kaderversies
                .vind(activiteit.kaderversieId())
                .orElseThrow(() -> new NietGevonden("object.kaderversie", activiteit.kaderversieId()));
    }

    /** The template per framework kind: a youth-care framework has its own, every other the general one. */
    static String sjabloon(Kaderversie kader) {
        return kader.sector() == nl.toezicht.kern.Zorgsector.JEUGD ? "inspectierapport-jeugd" : "inspectierapport";
    }

    static Weigering geenRapport(Toezichtactiviteit activiteit) {
        return new Weigering("rapport.geen", activiteit.referentie());
    }

    String tekst(String tekst, String veld) {
        String schoon = tekst.strip();
        if (schoon.length() > MAX_TEKST) {
            throw Weigering.opVeld(veld, "kader.veld.te-lang", MAX_TEKST);
        }
        return schoon;
    }

    private String aanbiederNaam(Toezichtactiviteit activiteit) {
        return register.vind(new ZorgaanbiederId(activiteit.zorgaanbiederId()))
                .map(ZorgaanbiederSamenvatting::naam)
                .orElse("");
    }

    /** Reporter and patients named in the linked case's notifications (read as the user, so logged). */
    private List<String> namenUitZaak(Toezichtactiviteit activiteit) {
        if (activiteit.zaakId() == null) {
            return List.of();
        }
        Set<String> namen = new LinkedHashSet<>();
        Zaak zaak = zaken.zaak(new ZaakId(activiteit.zaakId()));
        for (var melding : zaak.meldingen()) {
            MeldingDetail detail = meldingen.detail(melding);
            if (detail.gegevens().melder() != null && detail.gegevens().melder().naam() != null) {
                namen.add(detail.gegevens().melder().naam());
            }
            if (detail.gegevens().patient() != null
                    && detail.gegevens().patient().naam() != null) {
                namen.add(detail.gegevens().patient().naam());
            }
        }
        return List.copyOf(namen);
    }

    LocalDate vandaag() {
        return LocalDate.now(clock.withZone(Tijdzone.NEDERLAND));
    }

    static String datum(LocalDate datum) {
        return datum.format(java.time.format.DateTimeFormatter.ofPattern("d MMMM yyyy", NEDERLANDS));
    }

    /**
     * The norms the findings say must improve, in the framework's order: those scored in the worse half of the
     * scale, as the report's "Wat moet verbeteren" lists them (the improvement plan and the re-visit's focus).
     */
    @Transactional(readOnly = true)
    public List<Kaderinhoud.Norm> teVerbeteren(Toezichtactiviteit activiteit) {
        if (activiteit.kaderversieId() == null) {
            return List.of();
        }
        Kaderversie kader = kader(activiteit);
        Set<String> voldoende = voldoende(kader);
        Map<String, String> scores = new HashMap<>();
        veldwerk.bevindingen(activiteit).forEach(b -> {
            if (b.score() != null) {
                scores.put(b.normCode(), b.score());
            }
        });
        List<Kaderinhoud.Norm> normen = new ArrayList<>();
        for (Kaderinhoud.Thema thema : kader.inhoud().themas()) {
            for (Kaderinhoud.Norm norm : thema.normen()) {
                String score = scores.get(norm.code());
                if (score != null && !voldoende.contains(score)) {
                    normen.add(norm);
                }
            }
        }
        return normen;
    }

    /** The better half of the scale meets the norm; the rest must improve. */
    private static Set<String> voldoende(Kaderversie kader) {
        int grens = (kader.inhoud().schaal().size() + 1) / 2;
        Set<String> voldoende = new LinkedHashSet<>();
        for (int i = 0; i < grens; i++) {
            voldoende.add(kader.inhoud().schaal().get(i).code());
        }
        return voldoende;
    }

    /** What the report's template is filled with (docs/inspecties.md lists it). */
    Map<String, Object> gegevens(Toezichtactiviteit activiteit, Rapport rapport, boolean concept) {
        Kaderversie kader = kader(activiteit);
        Map<String, Bevinding> bevindingen = new HashMap<>();
        veldwerk.bevindingen(activiteit).forEach(b -> bevindingen.put(b.normCode(), b));
        Map<String, String> labels = new HashMap<>();
        kader.inhoud().schaal().forEach(s -> labels.put(s.code(), s.label()));
        Set<String> voldoende = voldoende(kader);
        List<Map<String, Object>> themas = new ArrayList<>();
        List<Map<String, Object>> verbeteren = new ArrayList<>();
        for (Kaderinhoud.Thema thema : kader.inhoud().themas()) {
            List<Map<String, Object>> normen = new ArrayList<>();
            for (Kaderinhoud.Norm norm : thema.normen()) {
                Bevinding b = bevindingen.get(norm.code());
                String score = b == null ? null : b.score();
                Map<String, Object> n = new LinkedHashMap<>();
                n.put("code", norm.code());
                n.put("titel", norm.titel());
                n.put("norm", norm.tekst());
                n.put("oordeel", score == null ? "Niet beoordeeld" : labels.getOrDefault(score, score));
                n.put("alineas", alineas(rapport.tekst(norm.code())));
                normen.add(n);
                if (score != null && !voldoende.contains(score)) {
                    verbeteren.add(n);
                }
            }
            themas.add(Map.of("code", thema.code(), "titel", thema.titel(), "normen", normen));
        }
        ZorgaanbiederSamenvatting aanbieder =
                register.vind(new ZorgaanbiederId(activiteit.zorgaanbiederId())).orElse(null);
        List<String> geadresseerde = new ArrayList<>();
        if (aanbieder != null) {
            geadresseerde.add(aanbieder.naam());
            var hoofd = aanbieder.hoofdlocatie();
            if (hoofd != null) {
                geadresseerde.add(hoofd.adres());
                geadresseerde.add(hoofd.postcode() + " " + hoofd.plaats());
            }
        }
        LocalDate datum = rapport.definitiefOp() == null
                ? vandaag()
                : LocalDate.ofInstant(rapport.definitiefOp(), Tijdzone.NEDERLAND);
        Map<String, Object> g = new HashMap<>();
        g.put("concept", concept);
        g.put("geadresseerde", geadresseerde);
        g.put("afdeling", berichten.getMessage(activiteit.afdeling().berichtSleutel(), null, NEDERLANDS));
        g.put("datum", datum(datum));
        g.put("kenmerk", activiteit.referentie());
        g.put("uwKenmerk", null);
        g.put(
                "betreft",
                "Inspectierapport: "
                        + berichten
                                .getMessage(activiteit.soort().berichtSleutel(), null, NEDERLANDS)
                                .toLowerCase(NEDERLANDS)
                        + (aanbieder == null ? "" : ", " + aanbieder.naam()));
        g.put("zorgaanbieder", aanbieder == null ? "" : aanbieder.naam());
        g.put("kader", kader.naam() + ", versie " + kader.versie());
        g.put("schaal", kader.inhoud().schaal());
        g.put("inleiding", alineas(rapport.inleiding()));
        g.put("themas", themas);
        g.put("verbeteren", verbeteren);
        g.put("verbeterenUiterlijk", datum(datum.plusMonths(3)));
        g.put(
                "zienswijzeOntvangen",
                rapport.zienswijzeOp() == null
                        ? null
                        : datum(LocalDate.ofInstant(rapport.zienswijzeOp(), Tijdzone.NEDERLAND)));
        g.put(
                "zienswijzeUiterlijk",
                rapport.zienswijzeUiterlijk() == null ? null : datum(rapport.zienswijzeUiterlijk()));
        g.put("verwerking", rapport.verwerking() == null ? List.of() : alineas(rapport.verwerking()));
        g.put("punten", rapport.punten());
        String leider =
                medewerkers.vind(activiteit.leider()).map(Medewerker::naam).orElse(activiteit.leider());
        g.put("ondertekenaar", Map.of("naam", leider, "functie", "Inspecteur, leider van het onderzoek"));
        return g;
    }

    private static List<String> alineas(String tekst) {
        return java.util.Arrays.stream(tekst.split("\\R\\s*\\R"))
                .map(String::strip)
                .filter(s -> !s.isEmpty())
                .toList();
    }

    /** Bytes the application made (the rendered report) as an upload for the store. */
    record Bytes(String bestandsnaam, byte[] inhoud) implements Upload {
        @Override
        public long grootte() {
            return inhoud.length;
        }

        @Override
        public InputStream open() {
            return new ByteArrayInputStream(inhoud);
        }
    }
}
