package nl.toezicht.meldingen;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import nl.toezicht.kern.Bestandskeuring;
import nl.toezicht.kern.Bestandsopslag;
import nl.toezicht.kern.Referentie;
import nl.toezicht.kern.Tijdzone;
import nl.toezicht.kern.Upload;
import nl.toezicht.kern.Weigering;
import nl.toezicht.logboek.Handeling;
import nl.toezicht.logboek.Logobject;
import nl.toezicht.logboek.Toegangslog;
import nl.toezicht.register.LocatieId;
import nl.toezicht.register.Register;
import nl.toezicht.register.ZorgaanbiederId;
import nl.toezicht.toegang.Toegangsbeleid;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.json.JsonMapper;

/** Intake: taking in a notification (with its attachments, idempotently) and linking it to a provider. */
@Service
public class MeldingIntake {

    private final MeldingRepository meldingen;
    private final NieuweMeldingen nieuweMeldingen;
    private final JdbcClient jdbc;
    private final Bestandsopslag opslag;
    private final Idempotentie idempotentie;
    private final Register register;
    private final Toegangsbeleid beleid;
    private final Toegangslog toegangslog;
    private final Patientkluis kluis;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final JsonMapper json;
    private final MeterRegistry meters;
    private final TransactionTemplate transactie;
    private final SecureRandom random = new SecureRandom();

    MeldingIntake(
            MeldingRepository meldingen,
            NieuweMeldingen nieuweMeldingen,
            JdbcClient jdbc,
            Bestandsopslag opslag,
            Idempotentie idempotentie,
            Register register,
            Toegangsbeleid beleid,
            Toegangslog toegangslog,
            Patientkluis kluis,
            ApplicationEventPublisher events,
            Clock clock,
            JsonMapper json,
            MeterRegistry meters,
            PlatformTransactionManager transacties) {
        this.meldingen = meldingen;
        this.nieuweMeldingen = nieuweMeldingen;
        this.jdbc = jdbc;
        this.opslag = opslag;
        this.idempotentie = idempotentie;
        this.register = register;
        this.beleid = beleid;
        this.toegangslog = toegangslog;
        this.kluis = kluis;
        this.events = events;
        this.clock = clock;
        this.json = json;
        this.meters = meters;
        this.transactie = new TransactionTemplate(transacties);
    }

    /**
     * Takes in a notification with its attachments in one transaction. With an idempotency key, a retry of
     * the same request gets the first answer and stores nothing; another request under the same key is
     * refused.
     */
    public Ontvangst ontvang(Meldinggegevens gegevens, List<? extends Upload> uploads, @Nullable String sleutel) {
        List<GekeurdeBijlage> bijlagen = keur(uploads);
        // only a request with an idempotency key needs its fingerprint: intake without one skips the work
        String verzoekHash = sleutel == null ? null : verzoekHash(gegevens, bijlagen);
        if (sleutel != null && verzoekHash != null) {
            Optional<Ontvangst> eerder = idempotentie.eerder(sleutel, verzoekHash);
            if (eerder.isPresent()) {
                return eerder.get();
            }
        }
        try {
            Aangemaakt aangemaakt = java.util.Objects.requireNonNull(
                    transactie.execute(status -> neemIn(gegevens, bijlagen, sleutel, verzoekHash)));
            // after commit: the log says what exists (an anonymous reporter is logged as "anoniem")
            toegangslog.toegestaan(Handeling.AANMAKEN, aangemaakt.objecten().toArray(Logobject[]::new));
            return aangemaakt.ontvangst();
        } catch (SleutelAlGebruikt e) {
            // a concurrent retry won the key; ours rolled back (files included): answer as that one did
            return idempotentie
                    .eerder(e.sleutel, java.util.Objects.requireNonNull(verzoekHash))
                    .orElseThrow(() -> e);
        }
    }

    private record Aangemaakt(Ontvangst ontvangst, List<Logobject> objecten) {}

    private Aangemaakt neemIn(
            Meldinggegevens gegevens,
            List<GekeurdeBijlage> bijlagen,
            @Nullable String sleutel,
            @Nullable String verzoekHash) {
        controleerRegister(gegevens.zorgaanbieder(), gegevens.locatie());
        Instant nu = Instant.now(clock);
        LocalDate vandaag = nu.atZone(Tijdzone.NEDERLAND).toLocalDate();
        // judged before a reference number is drawn: a refused notification leaves no gap in the numbers
        Melding.controleer(gegevens, vandaag);
        MeldingId id = MeldingId.nieuw();
        String token = nieuwToken();
        Melding melding =
                Melding.ontvang(id, referentie(vandaag), gegevens, kluis::versleutel, hash(token), nu, vandaag);
        for (GekeurdeBijlage b : bijlagen) {
            String opslagSleutel = opslag.bewaar(b.upload(), b.sha256());
            melding.voegToe(new Bijlage(
                    UUID.randomUUID(),
                    bestandsnaam(b.upload().bestandsnaam()),
                    b.mediatype(),
                    b.grootte(),
                    b.sha256(),
                    opslagSleutel,
                    nu,
                    null));
        }
        nieuweMeldingen.voegToe(melding);
        Ontvangst ontvangst = new Ontvangst(id, melding.referentie(), melding.status(), token);
        if (sleutel != null && verzoekHash != null && !idempotentie.leg(sleutel, verzoekHash, ontvangst, nu)) {
            throw new SleutelAlGebruikt(sleutel);
        }
        events.publishEvent(new MeldingOntvangen(
                id,
                melding.referentie(),
                melding.soort(),
                melding.sector(),
                melding.zorgaanbieder(),
                nu,
                melding.datumVastgesteld()));
        Counter teller = Counter.builder("toezicht.meldingen.ontvangen")
                .description("Notifications taken in")
                .tag("kanaal", melding.kanaal().name())
                .tag("soort", melding.soort().name())
                .register(meters);
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCommit() {
                teller.increment();
            }
        });
        String pseudoniem = melding.patient() == null ? null : melding.patient().pseudoniem();
        List<Logobject> objecten = new ArrayList<>();
        objecten.add(Logobject.melding(id.waarde(), pseudoniem));
        melding.bijlagen().forEach(b -> objecten.add(Logobject.bijlage(b.id(), pseudoniem)));
        return new Aangemaakt(ontvangst, objecten);
    }

    /** The intake desk links a notification to a provider (and optionally one of its locations). */
    @Transactional
    public void koppel(MeldingId id, ZorgaanbiederId zorgaanbieder, @Nullable LocatieId locatie) {
        Melding melding = beleid.wijzig(
                MeldingRechten.KOPPELEN,
                Logobject.melding(id.waarde(), null),
                () -> meldingen.findById(id.waarde()),
                Melding::sector,
                m -> List.of(Logobject.melding(
                        id.waarde(), m.patient() == null ? null : m.patient().pseudoniem())));
        controleerRegister(zorgaanbieder, locatie);
        melding.koppel(zorgaanbieder, locatie);
        meldingen.save(melding);
        events.publishEvent(new MeldingGekoppeld(id, zorgaanbieder, beleid.ik().gebruikersnaam()));
    }

    private void controleerRegister(@Nullable ZorgaanbiederId zorgaanbieder, @Nullable LocatieId locatie) {
        if (zorgaanbieder == null) {
            return;
        }
        if (register.vind(zorgaanbieder).isEmpty()) {
            throw Weigering.opVeld("zorgaanbiederId", "melding.zorgaanbieder.onbekend");
        }
        if (locatie != null && !register.hoortBij(zorgaanbieder, locatie)) {
            throw Weigering.opVeld("locatieId", "melding.locatie.hoort-niet-bij");
        }
    }

    /**
     * Every rule the notification's data break (not its attachments), each on its field: a form shows them
     * all at once. Empty when {@link #ontvang} would take the data in.
     */
    public List<Weigering> bezwaren(Meldinggegevens gegevens) {
        List<Weigering> bezwaren = new ArrayList<>(Melding.bezwaren(
                gegevens, Instant.now(clock).atZone(Tijdzone.NEDERLAND).toLocalDate()));
        try {
            controleerRegister(gegevens.zorgaanbieder(), gegevens.locatie());
        } catch (Weigering w) {
            bezwaren.add(w);
        }
        return bezwaren;
    }

    /** Inspects one attachment as intake would; its SHA-256 (hex), or a refusal on {@code bijlagen}. */
    String keurBijlage(Upload upload) {
        return keur(upload, "bijlagen").sha256();
    }

    private List<GekeurdeBijlage> keur(List<? extends Upload> uploads) {
        List<GekeurdeBijlage> gekeurd = new ArrayList<>();
        for (int i = 0; i < uploads.size(); i++) {
            gekeurd.add(keur(uploads.get(i), "bijlagen[" + i + "]"));
        }
        return gekeurd;
    }

    private GekeurdeBijlage keur(Upload upload, String veld) {
        Bestandskeuring.Gekeurd bestand = Bestandskeuring.keur(upload, veld, "bijlage");
        return new GekeurdeBijlage(bestand.upload(), bestand.mediatype(), bestand.grootte(), bestand.sha256());
    }

    /** A fingerprint of what the reporter told (not the files): the same data give the same string. */
    public String inhoud(Meldinggegevens gegevens) {
        return hash(json.writeValueAsString(gegevens));
    }

    /** Same notification and same files (by content) give the same hash, whatever the JSON key order. */
    private String verzoekHash(Meldinggegevens gegevens, List<GekeurdeBijlage> bijlagen) {
        StringBuilder canoniek = new StringBuilder(json.writeValueAsString(gegevens));
        for (GekeurdeBijlage b : bijlagen) {
            canoniek.append('\n')
                    .append(b.sha256())
                    .append(' ')
                    .append(b.upload().bestandsnaam());
        }
        return hash(canoniek.toString());
    }

    private String referentie(LocalDate vandaag) {
        return Referentie.volgende(jdbc, Meldingenlader.NUMMERREEKS, Meldingenlader.LETTER, vandaag.getYear());
    }

    private String nieuwToken() {
        byte[] bytes = new byte[32];
        random.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    static String hash(String tekst) {
        return HexFormat.of().formatHex(sha256().digest(tekst.getBytes(StandardCharsets.UTF_8)));
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The reporter's name for the file, only for offering it back: no path, no control characters. */
    static String bestandsnaam(String gegeven) {
        return Bestandskeuring.bestandsnaam(gegeven, "bijlage");
    }

    private record GekeurdeBijlage(Upload upload, String mediatype, long grootte, String sha256) {}

    private static final class SleutelAlGebruikt extends RuntimeException {
        private final String sleutel;

        SleutelAlGebruikt(String sleutel) {
            super("idempotency key already used");
            this.sleutel = sleutel;
        }
    }
}
