package nl.toezicht.zaken;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;
import nl.toezicht.documenten.Document;
import nl.toezicht.documenten.Documenten;
import nl.toezicht.kern.Upload;
import nl.toezicht.kern.Weigering;
import nl.toezicht.logboek.Handeling;
import nl.toezicht.logboek.Logobject;
import nl.toezicht.logboek.Toegangslog;
import nl.toezicht.meldingen.MeldingId;
import nl.toezicht.meldingen.MijnMeldingen;
import nl.toezicht.meldingen.Verwachtingen;
import nl.toezicht.toegang.Toegangsbeleid;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The provider portal's side of a case (issue 13 item 9): what the inspectorate asks of the provider and by
 * when, what the provider sent in, and sending in the investigation report or the supplement asked. Only the
 * provider's own notifications ({@link MijnMeldingen#melding}: another's is not found, logged as refused);
 * the portal sees its own sendings, never the case's dossier, notes or tasks. A sending is filed as a
 * document of the case's dossier (the same inspection and store as staff uploads), takes the case's step
 * {@link Transitie#ONTVANG_ONDERZOEK} (the provider's clock stops, the assessment's starts) and alerts the
 * inspector ({@link ZaakAangevuld}); the sender's key makes a retry find the first sending.
 */
@Service
public class Zaakportaal {

    private static final Pattern SLEUTEL = Pattern.compile("[A-Za-z0-9_-]{16,100}");

    private final MijnMeldingen mijnMeldingen;
    private final Zaken zaken;
    private final Zaakbehandeling behandeling;
    private final Zaakklokken klokken;
    private final ZaakVerwachtingen verwachtingen;
    private final Documenten documenten;
    private final Toegangsbeleid toegang;
    private final Toegangslog toegangslog;
    private final JdbcClient jdbc;
    private final ApplicationEventPublisher events;
    private final TransactionTemplate transactie;
    private final Clock clock;

    Zaakportaal(
            MijnMeldingen mijnMeldingen,
            Zaken zaken,
            Zaakbehandeling behandeling,
            Zaakklokken klokken,
            ZaakVerwachtingen verwachtingen,
            Documenten documenten,
            Toegangsbeleid toegang,
            Toegangslog toegangslog,
            JdbcClient jdbc,
            ApplicationEventPublisher events,
            PlatformTransactionManager transacties,
            Clock clock) {
        this.mijnMeldingen = mijnMeldingen;
        this.zaken = zaken;
        this.behandeling = behandeling;
        this.klokken = klokken;
        this.verwachtingen = verwachtingen;
        this.documenten = documenten;
        this.toegang = toegang;
        this.toegangslog = toegangslog;
        this.jdbc = jdbc;
        this.events = events;
        this.transactie = new TransactionTemplate(transacties);
        this.clock = clock;
    }

    /**
     * The provider's view of one of its notifications' case: the notification, what is asked and by when (if
     * anything), and what it sent in, oldest first.
     */
    public record Weergave(
            MijnMeldingen.Regel melding, Optional<Verwachtingen.Verwachting> verzoek, List<Inzending> inzendingen) {}

    /** @throws nl.toezicht.kern.NietGevonden for a notification not the provider's own (logged as refused) */
    @Transactional(readOnly = true)
    public Weergave weergave(MeldingId id) {
        MijnMeldingen.Regel melding = mijnMeldingen.melding(id);
        record Gelezen(Inzending inzending, UUID document) {}
        List<Gelezen> gelezen = jdbc.sql("select i.id, z.referentie, i.titel, i.bestandsnaam, i.ingediend_op,"
                        + " i.document from zaken.inzending i join zaken.zaak z on z.id = i.zaak"
                        + " where i.melding = :melding order by i.ingediend_op, i.id")
                .param("melding", id.waarde())
                .query((rs, i) -> new Gelezen(inzending(rs), rs.getObject("document", UUID.class)))
                .list();
        if (!gelezen.isEmpty()) {
            toegangslog.toegestaan(
                    Handeling.INZIEN,
                    gelezen.stream().map(g -> Logobject.document(g.document())).toArray(Logobject[]::new));
        }
        List<Inzending> inzendingen = gelezen.stream().map(Gelezen::inzending).toList();
        return new Weergave(melding, verwachtingen.van(id), inzendingen);
    }

    /**
     * Sends in the report or answer the case waits for. The same key from the same user answers as the first
     * time and stores nothing.
     *
     * @throws nl.toezicht.kern.NietGevonden for a notification not the provider's own (logged as refused)
     * @throws Weigering on {@code sleutel}, {@code titel} or {@code bestand}, or without a field when the case
     *     waits for nothing from the provider
     */
    public Inzending dienIn(MeldingId id, String titel, Upload bestand, String sleutel) {
        MijnMeldingen.Regel melding = mijnMeldingen.melding(id);
        if (sleutel == null || !SLEUTEL.matcher(sleutel).matches()) {
            throw Weigering.opVeld("sleutel", "zaak.inzending.sleutel");
        }
        String door = toegang.ik().gebruikersnaam();
        Optional<Inzending> eerder = eerder(door, sleutel);
        if (eerder.isPresent()) {
            return eerder.get();
        }
        try {
            return java.util.Objects.requireNonNull(
                    transactie.execute(status -> neemIn(melding, titel, bestand, door, sleutel)));
        } catch (DuplicateKeyException e) {
            // a concurrent retry under the same key won; ours rolled back with its file: answer as that one
            return eerder(door, sleutel).orElseThrow(() -> e);
        }
    }

    private Inzending neemIn(MijnMeldingen.Regel melding, String titel, Upload bestand, String door, String sleutel) {
        Zaak zaak = zaken.vindMet(melding.id())
                .filter(z -> z.status() == Zaakstatus.WACHT_OP_ONDERZOEK_ZORGAANBIEDER)
                .orElseThrow(() -> new Weigering("zaak.inzending.niets-gevraagd", melding.referentie()));
        Instant op = Instant.now(clock);
        Zaakstatus van = zaak.status();
        // the file is judged and durably stored before anything commits; a refusal names the field
        Document document = documenten.ontvang(ZaakDossiers.van(zaak.id()), titel, bestand);
        UUID inzending = UUID.randomUUID();
        String bestandsnaam = document.versies().get(0).bestandsnaam();
        jdbc.sql("insert into zaken.inzending (id, zaak, melding, document, titel, bestandsnaam, ingediend_door,"
                        + " ingediend_op, sleutel) values (:id, :zaak, :melding, :document, :titel, :naam, :door,"
                        + " :op, :sleutel)")
                .param("id", inzending)
                .param("zaak", zaak.id().waarde())
                .param("melding", melding.id().waarde())
                .param("document", document.id())
                .param("titel", document.titel())
                .param("naam", bestandsnaam)
                .param("door", door)
                .param("op", Timestamp.from(op))
                .param("sleutel", sleutel)
                .update();
        zaak.ontvangInzending(klokken, door, op, document.titel());
        Zaak opgeslagen = behandeling.bewaar(zaak);
        behandeling.gewijzigd(opgeslagen, van, Transitie.ONTVANG_ONDERZOEK, op);
        events.publishEvent(new ZaakAangevuld(
                opgeslagen.id(),
                opgeslagen.referentie(),
                opgeslagen.afdeling(),
                opgeslagen.inspecteur(),
                ZaakAangevuld.Afzender.ZORGAANBIEDER,
                "antwoord:" + inzending,
                op));
        toegangslog.toegestaan(
                Handeling.AANMAKEN,
                Logobject.document(document.id()),
                Logobject.zaak(opgeslagen.id().waarde()));
        return new Inzending(inzending, opgeslagen.referentie(), document.titel(), bestandsnaam, op);
    }

    private Optional<Inzending> eerder(String door, String sleutel) {
        return jdbc.sql("select i.id, z.referentie, i.titel, i.bestandsnaam, i.ingediend_op"
                        + " from zaken.inzending i join zaken.zaak z on z.id = i.zaak"
                        + " where i.ingediend_door = :door and i.sleutel = :sleutel")
                .param("door", door)
                .param("sleutel", sleutel)
                .query((rs, i) -> inzending(rs))
                .optional();
    }

    private static Inzending inzending(java.sql.ResultSet rs) throws java.sql.SQLException {
        return new Inzending(
                rs.getObject("id", UUID.class),
                rs.getString("referentie"),
                rs.getString("titel"),
                rs.getString("bestandsnaam"),
                rs.getTimestamp("ingediend_op").toInstant());
    }
}
