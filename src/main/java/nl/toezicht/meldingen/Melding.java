package nl.toezicht.meldingen;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import nl.toezicht.kern.Weigering;
import nl.toezicht.kern.Zorgsector;
import nl.toezicht.register.LocatieId;
import nl.toezicht.register.ZorgaanbiederId;
import nl.toezicht.toegang.Patientgegevens;
import org.jspecify.annotations.Nullable;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Embedded;
import org.springframework.data.relational.core.mapping.MappedCollection;
import org.springframework.data.relational.core.mapping.Table;

/**
 * A notification as received. Guards the rules that tie its fields together (suicide implies death, a
 * kind of sexual misconduct only with sexual misconduct, no dates in the future) and the reporter-facing
 * status.
 */
@Table(schema = "meldingen", name = "melding")
class Melding {

    @Id
    private UUID id;

    @Version
    private @Nullable Long version;

    private String referentie;
    private Meldingstatus status;
    private Bron bron;
    private Kanaal kanaal;
    private Meldingsoort soort;
    private Zorgsector sector;
    private @Nullable UUID zorgaanbiederId;
    private @Nullable UUID locatieId;
    private @Nullable String zorgaanbiederOmschrijving;
    private @Nullable String melderKvkNummer;
    private @Nullable LocalDate datumGebeurtenis;
    private @Nullable LocalDate datumVastgesteld;
    private String omschrijving;
    private boolean patientOverleden;
    private boolean doorSuicide;
    private boolean suicidepoging;
    private boolean geslotenJeugdinstelling;
    private boolean seksueelGrensoverschrijdend;
    private @Nullable SggSoort sggSoort;
    private List<String> themas = new ArrayList<>();

    @Embedded.Nullable(prefix = "melder_")
    private @Nullable Melder melder;

    @Embedded.Nullable(prefix = "patient_")
    private @Nullable VersleuteldePatient patient;

    private String statusTokenHash;
    private Instant ontvangenOp;

    @MappedCollection(idColumn = "melding_id")
    private Set<Bijlage> bijlagen = new HashSet<>();

    @SuppressWarnings("NullAway.Init")
    private Melding() {}

    /**
     * Intake: a new notification, status ONTVANGEN. {@code vandaag} is the Dutch date of receipt; the
     * patient is kept only as {@code versleuteling} makes it (encrypted, with its pseudonym).
     */
    static Melding ontvang(
            MeldingId id,
            String referentie,
            Meldinggegevens g,
            Function<Patient, VersleuteldePatient> versleuteling,
            String statusTokenHash,
            Instant ontvangenOp,
            LocalDate vandaag) {
        controleer(g, vandaag);
        Melding m = new Melding();
        m.id = id.waarde();
        m.referentie = referentie;
        m.status = Meldingstatus.ONTVANGEN;
        m.bron = g.bron();
        m.kanaal = g.kanaal();
        m.soort = g.soort();
        m.sector = g.sector();
        m.zorgaanbiederId = g.zorgaanbieder() == null ? null : g.zorgaanbieder().waarde();
        m.locatieId = g.locatie() == null ? null : g.locatie().waarde();
        m.zorgaanbiederOmschrijving = leegIsNull(g.zorgaanbiederOmschrijving());
        m.melderKvkNummer = leegIsNull(g.melderKvkNummer());
        m.datumGebeurtenis = g.datumGebeurtenis();
        m.datumVastgesteld = g.datumVastgesteld();
        m.omschrijving = g.omschrijving();
        m.patientOverleden = g.patientOverleden();
        m.doorSuicide = g.doorSuicide();
        m.suicidepoging = g.suicidepoging();
        m.geslotenJeugdinstelling = g.geslotenJeugdinstelling();
        m.seksueelGrensoverschrijdend = g.seksueelGrensoverschrijdend();
        m.sggSoort = g.sggSoort();
        m.themas = new ArrayList<>(g.themas());
        m.melder = leegIsNull(g.melder());
        Patient patient = leegIsNull(g.patient());
        m.patient = patient == null ? null : versleuteling.apply(patient);
        m.statusTokenHash = statusTokenHash;
        m.ontvangenOp = ontvangenOp;
        return m;
    }

    static void controleer(Meldinggegevens g, LocalDate vandaag) {
        List<Weigering> bezwaren = bezwaren(g, vandaag);
        if (!bezwaren.isEmpty()) {
            throw bezwaren.get(0);
        }
    }

    /**
     * Every rule these data break, each on its field, so a form shows them all at once instead of one per
     * round (the first is what the API answers).
     */
    static List<Weigering> bezwaren(Meldinggegevens g, LocalDate vandaag) {
        List<Weigering> bezwaren = new ArrayList<>();
        if (g.omschrijving() == null || g.omschrijving().isBlank()) {
            bezwaren.add(Weigering.opVeld("omschrijving", "melding.omschrijving.verplicht"));
        }
        if (g.doorSuicide() && !g.patientOverleden()) {
            bezwaren.add(Weigering.opVeld("doorSuicide", "melding.doorSuicide.zonder-overlijden"));
        }
        if (g.sggSoort() != null && !g.seksueelGrensoverschrijdend()) {
            bezwaren.add(Weigering.opVeld("sggSoort", "melding.sggSoort.zonder-sgg"));
        }
        if (g.seksueelGrensoverschrijdend() && g.sggSoort() == null) {
            bezwaren.add(Weigering.opVeld("sggSoort", "melding.sggSoort.verplicht"));
        }
        if (g.locatie() != null && g.zorgaanbieder() == null) {
            bezwaren.add(Weigering.opVeld("locatieId", "melding.locatie.zonder-zorgaanbieder"));
        }
        nietInDeToekomst(bezwaren, "datumGebeurtenis", g.datumGebeurtenis(), vandaag);
        nietInDeToekomst(bezwaren, "datumVastgesteld", g.datumVastgesteld(), vandaag);
        if (g.patient() != null) {
            nietInDeToekomst(bezwaren, "patient.geboortedatum", g.patient().geboortedatum(), vandaag);
            String bsn = bsn(g.patient().bsn());
            if (bsn != null && !Patientgegevens.isGeldigBsn(bsn)) {
                bezwaren.add(Weigering.opVeld("patient.bsn", "melding.patient.bsn.ongeldig"));
            }
        }
        if (g.datumGebeurtenis() != null
                && g.datumVastgesteld() != null
                && g.datumVastgesteld().isBefore(g.datumGebeurtenis())) {
            bezwaren.add(Weigering.opVeld("datumVastgesteld", "melding.datumVastgesteld.voor-gebeurtenis"));
        }
        return bezwaren;
    }

    private static void nietInDeToekomst(
            List<Weigering> bezwaren, String veld, @Nullable LocalDate datum, LocalDate vandaag) {
        if (datum != null && datum.isAfter(vandaag)) {
            bezwaren.add(Weigering.opVeld(veld, "melding.datum.toekomst"));
        }
    }

    /** The intake desk links the notification to a provider of the register (again, if it was wrong). */
    void koppel(ZorgaanbiederId zorgaanbieder, @Nullable LocatieId locatie) {
        this.zorgaanbiederId = zorgaanbieder.waarde();
        this.locatieId = locatie == null ? null : locatie.waarde();
        // the inspectorate is at work on it now: the reporter and the intake list see that
        if (status == Meldingstatus.ONTVANGEN) {
            status = Meldingstatus.IN_BEHANDELING;
        }
    }

    /** Case handling moves on; a notification is never set back to merely received. */
    void werkStatusBij(Meldingstatus nieuw) {
        if (nieuw == status) {
            return;
        }
        if (nieuw == Meldingstatus.ONTVANGEN) {
            if (status == Meldingstatus.IN_BEHANDELING) {
                // linked by intake before its case moved: the case catching up does not set it back
                return;
            }
            throw new Weigering("melding.status.terug", status.name(), nieuw.name());
        }
        this.status = nieuw;
    }

    void voegToe(Bijlage bijlage) {
        bijlagen.add(bijlage);
    }

    private static @Nullable String leegIsNull(@Nullable String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    private static @Nullable Melder leegIsNull(@Nullable Melder m) {
        if (m == null) {
            return null;
        }
        Melder schoon = new Melder(leegIsNull(m.naam()), leegIsNull(m.email()), leegIsNull(m.telefoon()));
        return schoon.naam() == null && schoon.email() == null && schoon.telefoon() == null ? null : schoon;
    }

    private static @Nullable Patient leegIsNull(@Nullable Patient p) {
        if (p == null) {
            return null;
        }
        Patient schoon = new Patient(leegIsNull(p.naam()), p.geboortedatum(), bsn(p.bsn()));
        return schoon.naam() == null && schoon.geboortedatum() == null && schoon.bsn() == null ? null : schoon;
    }

    /** A BSN as people write it: "1234.56.782" or "123 456 782" is the same number. */
    static @Nullable String bsn(@Nullable String bsn) {
        String cijfers = leegIsNull(bsn);
        return cijfers == null ? null : cijfers.replaceAll("[ .-]", "");
    }

    MeldingId id() {
        return new MeldingId(id);
    }

    String referentie() {
        return referentie;
    }

    Meldingstatus status() {
        return status;
    }

    Bron bron() {
        return bron;
    }

    Kanaal kanaal() {
        return kanaal;
    }

    Meldingsoort soort() {
        return soort;
    }

    Zorgsector sector() {
        return sector;
    }

    @Nullable
    ZorgaanbiederId zorgaanbieder() {
        return zorgaanbiederId == null ? null : new ZorgaanbiederId(zorgaanbiederId);
    }

    @Nullable
    LocatieId locatie() {
        return locatieId == null ? null : new LocatieId(locatieId);
    }

    @Nullable
    String zorgaanbiederOmschrijving() {
        return zorgaanbiederOmschrijving;
    }

    @Nullable
    String melderKvkNummer() {
        return melderKvkNummer;
    }

    @Nullable
    LocalDate datumGebeurtenis() {
        return datumGebeurtenis;
    }

    @Nullable
    LocalDate datumVastgesteld() {
        return datumVastgesteld;
    }

    String omschrijving() {
        return omschrijving;
    }

    boolean patientOverleden() {
        return patientOverleden;
    }

    boolean doorSuicide() {
        return doorSuicide;
    }

    boolean suicidepoging() {
        return suicidepoging;
    }

    boolean geslotenJeugdinstelling() {
        return geslotenJeugdinstelling;
    }

    boolean seksueelGrensoverschrijdend() {
        return seksueelGrensoverschrijdend;
    }

    @Nullable
    SggSoort sggSoort() {
        return sggSoort;
    }

    List<String> themas() {
        return List.copyOf(themas);
    }

    @Nullable
    Melder melder() {
        return melder;
    }

    @Nullable
    VersleuteldePatient patient() {
        return patient;
    }

    String statusTokenHash() {
        return statusTokenHash;
    }

    Instant ontvangenOp() {
        return ontvangenOp;
    }

    List<Bijlage> bijlagen() {
        return bijlagen.stream()
                .sorted(java.util.Comparator.comparing(Bijlage::toegevoegdOp).thenComparing(Bijlage::bestandsnaam))
                .toList();
    }
}
