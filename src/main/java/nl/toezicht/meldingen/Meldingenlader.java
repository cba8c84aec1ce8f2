package nl.toezicht.meldingen;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.UUID;
import javax.sql.DataSource;
import nl.toezicht.kern.Bulklading;
import nl.toezicht.kern.CopyRegels;
import nl.toezicht.kern.Referentie;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Writes notifications in bulk: the history import and the demo data (decision 0030). The owner's code for
 * its table, with COPY, in the caller's transaction: nothing is visible until the caller commits, and a
 * rollback (a dry run) leaves nothing, its announcement included. References come from the live sequence,
 * reserved per chunk beside live intake ({@link Referentie#reserveer}). What the caller passes is judged by
 * the caller (the import: {@link Meldinggegevens#controleer}); the database checks its constraints.
 *
 * <p>Usage: {@code Lading l = lader.begin(); l.schrijf(chunk); ...; l.rondAf();} within one transaction;
 * {@link Lading#rondAf} publishes {@link MeldingenInBulkGeladen} so that projections (the annual figures)
 * follow the load. No {@link MeldingOntvangen} per notification: loaded notifications come with their
 * cases, nothing is left for intake's listeners to do.
 */
@Component
public class Meldingenlader {

    static final char LETTER = 'M';
    static final String NUMMERREEKS = "meldingen.melding_nummer_seq";

    private static final String KOLOMMEN = "meldingen.melding (id, referentie, status, bron, kanaal, soort, sector,"
            + " zorgaanbieder_id, locatie_id, zorgaanbieder_omschrijving, melder_kvk_nummer, datum_gebeurtenis,"
            + " datum_vastgesteld, omschrijving, patient_overleden, door_suicide, suicidepoging,"
            + " gesloten_jeugdinstelling, seksueel_grensoverschrijdend, sgg_soort, themas, melder_naam, melder_email,"
            + " melder_telefoon, status_token_hash, ontvangen_op, version)";

    private final DataSource dataSource;
    private final JdbcClient jdbc;
    private final ApplicationEventPublisher events;
    private final ZoneId zone;

    /** A bean; public so that a test can load into another database of the same schema. */
    public Meldingenlader(DataSource dataSource, JdbcClient jdbc, ApplicationEventPublisher events, Clock clock) {
        this.dataSource = dataSource;
        this.jdbc = jdbc;
        this.events = events;
        this.zone = clock.getZone();
    }

    /**
     * A notification to load, as received: what was reported ({@code gegevens}, without patient data: those
     * are only taken in encrypted, by live intake), its status for the reporter, and the SHA-256 of its
     * status link's token (a value no token hashes to when there is no link).
     */
    public record Bulkmelding(
            MeldingId id, Meldinggegevens gegevens, Meldingstatus status, String statusTokenHash, Instant ontvangenOp) {

        public Bulkmelding {
            if (gegevens.patient() != null) {
                throw new IllegalArgumentException("patient data are not loaded in bulk");
            }
        }
    }

    /** Starts a load in the current transaction (required). */
    public Lading begin() {
        return new Lading();
    }

    /**
     * One load of notifications: each gets a new reference ({@code M-<year of receipt>-<number>}); announced
     * as {@link MeldingenInBulkGeladen}.
     */
    public final class Lading extends Bulklading<Bulkmelding> {

        private Lading() {
            super(dataSource, jdbc, events, NUMMERREEKS);
        }

        @Override
        public Bulklading.Brok bereidVoor(List<Bulkmelding> meldingen, long[] nummers) {
            if (nummers.length != meldingen.size()) {
                throw new IllegalArgumentException("one reference number per notification");
            }
            List<String> referenties = new ArrayList<>(meldingen.size());
            CopyRegels rijen = new CopyRegels(KOLOMMEN);
            Instant van = null;
            Instant tot = null;
            for (int i = 0; i < meldingen.size(); i++) {
                Bulkmelding b = meldingen.get(i);
                String referentie = Referentie.formatteer(LETTER, jaar(b.ontvangenOp()), nummers[i]);
                referenties.add(referentie);
                rij(rijen, b, referentie);
                van = van == null || b.ontvangenOp().isBefore(van) ? b.ontvangenOp() : van;
                tot = tot == null || b.ontvangenOp().isAfter(tot) ? b.ontvangenOp() : tot;
            }
            return new Bulklading.Brok(List.of(rijen), referenties, van, tot);
        }

        @Override
        protected MeldingenInBulkGeladen aankondiging(long aantal, Instant van, Instant tot) {
            return new MeldingenInBulkGeladen(aantal, van, tot);
        }
    }

    /**
     * The reporter's status of notifications that are already stored follows their case: a bulk load of
     * cases for notifications loaded earlier (the history import). One statement.
     */
    public void werkStatusBij(Collection<MeldingId> meldingen, Meldingstatus status) {
        if (meldingen.isEmpty()) {
            return;
        }
        jdbc.sql("update meldingen.melding set status = ? where id = any(?)")
                .params(status.name(), meldingen.stream().map(MeldingId::waarde).toArray(UUID[]::new))
                .update();
    }

    /** Fresh planner statistics after a large load (outside any transaction: VACUUM cannot run inside one). */
    public void analyseer() {
        Bulklading.analyseer(dataSource, "meldingen.melding");
    }

    private int jaar(Instant op) {
        return LocalDate.ofInstant(op, zone).getYear();
    }

    private static void rij(CopyRegels rijen, Bulkmelding b, String referentie) {
        Meldinggegevens g = b.gegevens();
        Melder melder = g.melder();
        rijen.id(b.id().waarde())
                .tekst(referentie)
                .tekst(b.status().name())
                .tekst(g.bron().name())
                .tekst(g.kanaal().name())
                .tekst(g.soort().name())
                .tekst(g.sector().name())
                .id(g.zorgaanbieder() == null ? null : g.zorgaanbieder().waarde())
                .id(g.locatie() == null ? null : g.locatie().waarde())
                .tekst(g.zorgaanbiederOmschrijving())
                .tekst(g.melderKvkNummer())
                .datum(g.datumGebeurtenis())
                .datum(g.datumVastgesteld())
                .tekst(g.omschrijving())
                .waarOfNiet(g.patientOverleden())
                .waarOfNiet(g.doorSuicide())
                .waarOfNiet(g.suicidepoging())
                .waarOfNiet(g.geslotenJeugdinstelling())
                .waarOfNiet(g.seksueelGrensoverschrijdend())
                .tekst(g.sggSoort() == null ? null : g.sggSoort().name())
                .lijst(g.themas())
                .tekst(melder == null ? null : melder.naam())
                .tekst(melder == null ? null : melder.email())
                .tekst(melder == null ? null : melder.telefoon())
                .tekst(b.statusTokenHash())
                .moment(b.ontvangenOp())
                .getal(0)
                .eindeRegel();
    }
}
