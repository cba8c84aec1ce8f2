package nl.toezicht.zaken;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import nl.toezicht.kern.Bulklading;
import nl.toezicht.kern.CopyRegels;
import nl.toezicht.kern.Referentie;
import nl.toezicht.kern.Zorgsector;
import nl.toezicht.meldingen.MeldingId;
import nl.toezicht.meldingen.Meldingsoort;
import nl.toezicht.register.ZorgaanbiederId;
import nl.toezicht.termijnen.Termijn;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Writes cases in bulk, each with its timeline and its notifications: the history import and the demo data
 * (decision 0030). The owner's code for its tables, with COPY, in the caller's transaction, as
 * {@code meldingen.Meldingenlader} does for notifications. The caller has judged the cases (the import
 * replays each timeline through {@link Zaak#herspeel}); this checks only what it derives from them: a
 * timeline that starts the case and ends in its state. Opened at the first step, closed at the last step
 * of a closed case.
 *
 * <p>{@link Lading#rondAf} publishes {@link ZakenInBulkGeladen}; no {@link ZaakGeopend} per case.
 */
@Component
public class Zakenlader {

    static final char LETTER = 'Z';
    static final String NUMMERREEKS = "zaken.zaak_nummer_seq";

    private final DataSource dataSource;
    private final JdbcClient jdbc;
    private final ApplicationEventPublisher events;
    private final ZoneId zone;

    /** A bean; public so that a test can load into another database of the same schema. */
    public Zakenlader(DataSource dataSource, JdbcClient jdbc, ApplicationEventPublisher events, Clock clock) {
        this.dataSource = dataSource;
        this.jdbc = jdbc;
        this.events = events;
        this.zone = clock.getZone();
    }

    /** A notification in a loaded case: linked when and by whom. */
    public record Koppeling(MeldingId melding, Instant gekoppeldOp, String gekoppeldDoor) {}

    /**
     * A case to load with its whole timeline (first step: the opening) and its notifications; {@code soort}
     * and {@code sector} are those of its first notification, {@code ontvangenOp} that notification's
     * receipt; {@code termijn} the clock of an open case. A {@code samenvatting} (issue 12 item 7) is a closed
     * case imported without its steps: its timeline is the one entry {@link Transitie#SAMENVATTING_GEIMPORTEERD}
     * at its closing, and it counts as opened at its receipt.
     */
    public record Bulkzaak(
            ZaakId id,
            Zaakstatus status,
            Meldingsoort soort,
            Zorgsector sector,
            Zorgsector afdeling,
            @Nullable ZorgaanbiederId zorgaanbieder,
            @Nullable String inspecteur,
            @Nullable Termijn termijn,
            boolean teLaat,
            boolean teLaatGemeld,
            Instant ontvangenOp,
            @Nullable Sluitreden sluitreden,
            List<Statuswijziging> tijdlijn,
            List<Koppeling> meldingen,
            boolean samenvatting) {

        public Bulkzaak {
            tijdlijn = List.copyOf(tijdlijn);
            meldingen = List.copyOf(meldingen);
            if (tijdlijn.isEmpty() || tijdlijn.get(0).van() != null) {
                throw new IllegalArgumentException("a case's timeline starts with its opening");
            }
            if (tijdlijn.get(tijdlijn.size() - 1).naar() != status) {
                throw new IllegalArgumentException("a case's timeline ends in its state");
            }
            if (samenvatting
                    && (status.isOpen()
                            || tijdlijn.size() != 1
                            || tijdlijn.get(0).transitie() != Transitie.SAMENVATTING_GEIMPORTEERD)) {
                throw new IllegalArgumentException("a summary is a closed case with its one summary entry");
            }
        }

        /** A case with its whole timeline. */
        public Bulkzaak(
                ZaakId id,
                Zaakstatus status,
                Meldingsoort soort,
                Zorgsector sector,
                Zorgsector afdeling,
                @Nullable ZorgaanbiederId zorgaanbieder,
                @Nullable String inspecteur,
                @Nullable Termijn termijn,
                boolean teLaat,
                boolean teLaatGemeld,
                Instant ontvangenOp,
                @Nullable Sluitreden sluitreden,
                List<Statuswijziging> tijdlijn,
                List<Koppeling> meldingen) {
            this(
                    id,
                    status,
                    soort,
                    sector,
                    afdeling,
                    zorgaanbieder,
                    inspecteur,
                    termijn,
                    teLaat,
                    teLaatGemeld,
                    ontvangenOp,
                    sluitreden,
                    tijdlijn,
                    meldingen,
                    false);
        }

        /** A summary was opened, as far as anyone knows, when its first notification was received. */
        Instant geopendOp() {
            return samenvatting ? ontvangenOp : tijdlijn.get(0).op();
        }

        @Nullable
        Instant geslotenOp() {
            return status.isOpen() ? null : tijdlijn.get(tijdlijn.size() - 1).op();
        }
    }

    /** Starts a load in the current transaction (required). */
    public Lading begin() {
        return new Lading();
    }

    /**
     * One load of cases with their notifications and timelines: each case gets a new reference
     * ({@code Z-<year of opening>-<number>}); announced as {@link ZakenInBulkGeladen}.
     */
    public final class Lading extends Bulklading<Bulkzaak> {

        private Lading() {
            super(dataSource, jdbc, events, NUMMERREEKS);
        }

        @Override
        public Bulklading.Brok bereidVoor(List<Bulkzaak> zaken, long[] nummers) {
            if (nummers.length != zaken.size()) {
                throw new IllegalArgumentException("one reference number per case");
            }
            Instant van = null;
            Instant tot = null;
            List<String> referenties = new ArrayList<>(zaken.size());
            CopyRegels rijen = new CopyRegels("zaken.zaak (id, referentie, status, soort, sector, afdeling,"
                    + " zorgaanbieder_id, inspecteur, termijn_soort, termijn_datum, te_laat, te_laat_gemeld,"
                    + " ontvangen_op, geopend_op, gesloten_op, sluitreden, samenvatting, version)");
            CopyRegels koppelingen =
                    new CopyRegels("zaken.zaak_melding (melding_id, zaak, gekoppeld_op, gekoppeld_door)");
            CopyRegels stappen = new CopyRegels(
                    "zaken.statuswijziging (zaak, volgnummer, van, naar, transitie, door, op, toelichting)");
            for (int i = 0; i < zaken.size(); i++) {
                Bulkzaak z = zaken.get(i);
                String referentie = Referentie.formatteer(
                        LETTER, LocalDate.ofInstant(z.geopendOp(), zone).getYear(), nummers[i]);
                referenties.add(referentie);
                Termijn termijn = z.termijn();
                rijen.id(z.id().waarde())
                        .tekst(referentie)
                        .tekst(z.status().name())
                        .tekst(z.soort().name())
                        .tekst(z.sector().name())
                        .tekst(z.afdeling().name())
                        .id(z.zorgaanbieder() == null ? null : z.zorgaanbieder().waarde())
                        .tekst(z.inspecteur())
                        .tekst(termijn == null ? null : termijn.soort().name())
                        .datum(termijn == null ? null : termijn.datum())
                        .waarOfNiet(z.teLaat())
                        .waarOfNiet(z.teLaatGemeld())
                        .moment(z.ontvangenOp())
                        .moment(z.geopendOp())
                        .moment(z.geslotenOp())
                        .tekst(z.sluitreden() == null ? null : z.sluitreden().name())
                        .waarOfNiet(z.samenvatting())
                        .getal(0)
                        .eindeRegel();
                for (Koppeling k : z.meldingen()) {
                    koppelingen
                            .id(k.melding().waarde())
                            .id(z.id().waarde())
                            .moment(k.gekoppeldOp())
                            .tekst(k.gekoppeldDoor())
                            .eindeRegel();
                }
                List<Statuswijziging> tijdlijn = z.tijdlijn();
                for (int volgnummer = 0; volgnummer < tijdlijn.size(); volgnummer++) {
                    Statuswijziging s = tijdlijn.get(volgnummer);
                    stappen.id(z.id().waarde())
                            .getal(volgnummer)
                            .tekst(s.van() == null ? null : s.van().name())
                            .tekst(s.naar().name())
                            .tekst(s.transitie().name())
                            .tekst(s.door())
                            .moment(s.op())
                            .tekst(s.toelichting())
                            .eindeRegel();
                }
                Instant laatste = tijdlijn.get(tijdlijn.size() - 1).op();
                van = van == null || z.geopendOp().isBefore(van) ? z.geopendOp() : van;
                tot = tot == null || laatste.isAfter(tot) ? laatste : tot;
            }
            return new Bulklading.Brok(List.of(rijen, koppelingen, stappen), referenties, van, tot);
        }

        @Override
        protected ZakenInBulkGeladen aankondiging(long aantal, Instant van, Instant tot) {
            return new ZakenInBulkGeladen(aantal, van, tot);
        }
    }

    /** Fresh planner statistics after a large load (outside any transaction: VACUUM cannot run inside one). */
    public void analyseer() {
        Bulklading.analyseer(dataSource, "zaken.zaak, zaken.zaak_melding, zaken.statuswijziging");
    }
}
