package nl.toezicht.zaken;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.UUID;
import nl.toezicht.kern.NietGevonden;
import nl.toezicht.kern.Weigering;
import nl.toezicht.kern.Zorgsector;
import nl.toezicht.toegang.Recht;
import nl.toezicht.toegang.Toegangsbeleid;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * One action on many cases of the work queue (issue 13 item 7): assigning an inspector, moving to another
 * department, adding a note. Each case goes through the same command as the single-case step ({@link
 * Zaakbehandeling#wijsToe}, {@link Zaakbehandeling#draagOver}, {@link Zaakwerk#noteer}), in a transaction of its
 * own: it checks the right and need-to-know (logged as the single step is), writes exactly one timeline entry, and a
 * refusal of one case leaves the others done. The batch's idempotency key is written with each case done, in that
 * case's transaction: a retry of the batch does nothing twice.
 */
@Service
public class Bulkbewerking {

    /** The most cases one batch takes: a page or a few of the work queue, and a bounded request. */
    public static final int MAXIMUM = 500;

    /** The longest idempotency key. */
    static final int MAXIMALE_SLEUTEL = 100;

    /** What a batch does to each case. */
    public enum Actie {
        TOEWIJZEN(ZaakRechten.BEHANDELEN),
        OVERDRAGEN(ZaakRechten.OVERDRAGEN),
        NOTEREN(ZaakRechten.NOTEREN);

        private final Recht recht;

        Actie(Recht recht) {
            this.recht = recht;
        }

        /** The right the single-case step asks for: without it the whole batch is refused (403). */
        public Recht recht() {
            return recht;
        }

        public String berichtSleutel() {
            return "bulk.actie." + name();
        }
    }

    /**
     * A batch as read from the page or the API, with one validation for both.
     *
     * @param sleutel the batch's idempotency key
     * @param zaken the cases chosen, each once, in the order chosen
     * @param inspecteur for {@link Actie#TOEWIJZEN}: the inspector's login
     * @param afdeling for {@link Actie#OVERDRAGEN}
     * @param notitie for {@link Actie#NOTEREN}
     */
    public record Opdracht(
            String sleutel,
            Actie actie,
            List<ZaakId> zaken,
            @Nullable String inspecteur,
            Zaakopdracht.@Nullable Overdracht afdeling,
            Zaakopdracht.@Nullable Noteren notitie) {

        /**
         * @throws Weigering on field {@code sleutel}, {@code actie}, {@code zaken}, {@code inspecteur}, {@code
         *     afdeling} or {@code tekst}
         */
        public static Opdracht lees(
                @Nullable String sleutel,
                @Nullable String actie,
                @Nullable List<UUID> zaken,
                @Nullable String inspecteur,
                @Nullable String afdeling,
                @Nullable String tekst) {
            if (sleutel == null || sleutel.isBlank() || sleutel.strip().length() > MAXIMALE_SLEUTEL) {
                throw Weigering.opVeld("sleutel", "bulk.sleutel-verplicht", MAXIMALE_SLEUTEL);
            }
            Actie soort;
            try {
                soort = Actie.valueOf(actie == null ? "" : actie.strip().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw Weigering.opVeld("actie", "bulk.actie-onbekend");
            }
            LinkedHashSet<ZaakId> gekozen = new LinkedHashSet<>();
            if (zaken != null) {
                zaken.stream().filter(Objects::nonNull).map(ZaakId::new).forEach(gekozen::add);
            }
            if (gekozen.isEmpty()) {
                throw Weigering.opVeld("zaken", "bulk.geen-zaken");
            }
            if (gekozen.size() > MAXIMUM) {
                throw Weigering.opVeld("zaken", "bulk.te-veel", gekozen.size(), MAXIMUM);
            }
            String wie = null;
            Zaakopdracht.Overdracht naar = null;
            Zaakopdracht.Noteren notitie = null;
            switch (soort) {
                case TOEWIJZEN -> {
                    if (inspecteur == null || inspecteur.isBlank() || inspecteur.length() > 64) {
                        throw Weigering.opVeld("inspecteur", "zaak.toewijzen.verplicht");
                    }
                    wie = inspecteur.strip();
                }
                case OVERDRAGEN -> naar = Zaakopdracht.Overdracht.lees(afdeling);
                case NOTEREN -> notitie = Zaakopdracht.Noteren.lees(tekst);
            }
            return new Opdracht(sleutel.strip(), soort, List.copyOf(gekozen), wie, naar, notitie);
        }
    }

    /** What became of one case. */
    public enum Afloop {
        /** Done now. */
        UITGEVOERD,
        /** Done before under the same key (a retry): nothing was done again. */
        AL_UITGEVOERD,
        /** Refused: nothing was done to it. */
        GEWEIGERD
    }

    /**
     * One case's outcome. A case the user may not see is named by the id they sent only, without its reference, and
     * refused as not found (nothing about it is told).
     *
     * @param weigering why it was refused (a Dutch message with its arguments), null when it was done
     */
    public record Uitkomst(
            ZaakId zaak,
            @Nullable String referentie,
            Afloop afloop,
            @Nullable Weigering weigering) {}

    /** The batch's report: each case in the order chosen. */
    public record Verslag(Actie actie, List<Uitkomst> uitkomsten) {

        public long aantal(Afloop afloop) {
            return uitkomsten.stream().filter(u -> u.afloop() == afloop).count();
        }
    }

    private final Zaakbehandeling behandeling;
    private final Zaakwerk zaakwerk;
    private final Toegangsbeleid toegang;
    private final JdbcClient jdbc;
    private final TransactionTemplate perZaak;
    private final Clock clock;

    Bulkbewerking(
            Zaakbehandeling behandeling,
            Zaakwerk zaakwerk,
            Toegangsbeleid toegang,
            JdbcClient jdbc,
            PlatformTransactionManager transacties,
            Clock clock) {
        this.behandeling = behandeling;
        this.zaakwerk = zaakwerk;
        this.toegang = toegang;
        this.jdbc = jdbc;
        this.perZaak = new TransactionTemplate(transacties);
        this.perZaak.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.clock = clock;
    }

    /**
     * Applies the action to each case chosen, one transaction per case.
     *
     * @throws AccessDeniedException when the user's role lacks the action's right (nothing is done)
     */
    public Verslag voerUit(Opdracht opdracht) {
        eis(opdracht.actie());
        String door = toegang.ik().gebruikersnaam();
        List<Uitkomst> uitkomsten = new ArrayList<>(opdracht.zaken().size());
        for (ZaakId zaak : opdracht.zaken()) {
            uitkomsten.add(eenZaak(opdracht, zaak, door));
        }
        return new Verslag(opdracht.actie(), List.copyOf(uitkomsten));
    }

    /**
     * Whether the user's role may take this action at all (the confirmation page asks before anything is done).
     *
     * @throws AccessDeniedException when it lacks the action's right
     */
    public void eis(Actie actie) {
        toegang.eis(actie.recht());
    }

    private Uitkomst eenZaak(Opdracht opdracht, ZaakId zaak, String door) {
        try {
            return Objects.requireNonNull(perZaak.execute(t -> {
                // the key first: a second submit of the batch waits here for the first, then finds the case done
                int nieuw = jdbc.sql("insert into zaken.bulkactie_zaak (sleutel, zaak, actie, door, op)"
                                + " select ?::text, id, ?::text, ?::text, ?::timestamptz from zaken.zaak where id = ?"
                                + " on conflict do nothing")
                        .params(
                                opdracht.sleutel(),
                                opdracht.actie().name(),
                                door,
                                java.sql.Timestamp.from(Instant.now(clock)),
                                zaak.waarde())
                        .update();
                if (nieuw == 0 && isAlGedaan(opdracht.sleutel(), zaak)) {
                    return new Uitkomst(zaak, referentie(zaak), Afloop.AL_UITGEVOERD, null);
                }
                return new Uitkomst(zaak, stap(opdracht, zaak), Afloop.UITGEVOERD, null);
            }));
        } catch (Weigering w) {
            // need-to-know was passed (a refusal comes after it): the user may see the reference
            return new Uitkomst(zaak, referentie(zaak), Afloop.GEWEIGERD, w);
        } catch (NietGevonden | AccessDeniedException n) {
            return new Uitkomst(zaak, null, Afloop.GEWEIGERD, new Weigering("bulk.niet-gevonden"));
        }
    }

    /** The single-case step, the one path of each action; answers the case's reference. */
    private @Nullable String stap(Opdracht opdracht, ZaakId zaak) {
        return switch (opdracht.actie()) {
            case TOEWIJZEN ->
                behandeling
                        .wijsToe(zaak, Objects.requireNonNull(opdracht.inspecteur()), null)
                        .referentie();
            case OVERDRAGEN ->
                behandeling
                        .draagOver(
                                zaak,
                                Objects.requireNonNull(opdracht.afdeling())
                                        .afdeling()
                                        .name(),
                                null)
                        .referentie();
            case NOTEREN -> {
                zaakwerk.noteer(zaak, Objects.requireNonNull(opdracht.notitie()));
                yield referentie(zaak);
            }
        };
    }

    /**
     * Forgets the batch keys written before {@code grens} (a retry comes within minutes; the timeline keeps what was
     * done). Answers how many rows went.
     */
    int vergeetOuderDan(Instant grens) {
        return jdbc.sql("delete from zaken.bulkactie_zaak where op < ?")
                .param(java.sql.Timestamp.from(grens))
                .update();
    }

    private boolean isAlGedaan(String sleutel, ZaakId zaak) {
        return jdbc.sql("select count(*) from zaken.bulkactie_zaak where sleutel = ? and zaak = ?")
                        .params(sleutel, zaak.waarde())
                        .query(Long.class)
                        .single()
                > 0;
    }

    private @Nullable String referentie(ZaakId zaak) {
        return jdbc.sql("select referentie from zaken.zaak where id = ?")
                .param(zaak.waarde())
                .query(String.class)
                .optional()
                .orElse(null);
    }

    /** The departments a case may be moved to, for the page's choice. */
    public static List<Zorgsector> afdelingen() {
        return List.of(Zorgsector.values());
    }
}
