package nl.toezicht.toegang;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.function.Supplier;
import nl.toezicht.kern.NietGevonden;
import nl.toezicht.kern.Weigering;
import nl.toezicht.kern.Zorgsector;
import nl.toezicht.logboek.Handeling;
import nl.toezicht.logboek.Logobject;
import nl.toezicht.logboek.Toegangslog;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;

/**
 * The one place that decides who may see and handle what (docs/toegang.md). Services call it before they
 * read or change anything; the web layer only hides what this refuses. What a role may do is a set of
 * rights ({@link Recht}), declared by the modules that own them and granted in one table
 * ({@link Rechtentabel}).
 *
 * <ul>
 *   <li>Function level: a role without the right (a privacy officer reading cases, an analyst changing one)
 *       is refused with {@link AccessDeniedException} (403).
 *   <li>Object level (need-to-know): an object outside the user's departments does not exist for them
 *       ({@link BuitenBereik}, a 404), unless they broke the glass for it with a stated reason.
 *   <li>Field level: only roles with the right see a patient's identity and a reporter's contact data.
 * </ul>
 *
 * The usual sequence — check the right, load the object, check need-to-know, log — is one call:
 * {@link #lees}, {@link #wijzig} or {@link #handel}. Every decision about an object is written to the
 * {@link Toegangslog}, granted or denied; an id that does not exist is logged as denied.
 */
@Component
public class Toegangsbeleid {

    /** How long break-the-glass access to an object lasts. */
    public static final Duration DOORBREKEN_GELDIG = Duration.ofHours(8);

    static final int REDEN_MINIMUM = 10;
    static final int REDEN_MAXIMUM = 500;

    private static final String HUIDIGE = Toegangsbeleid.class.getName() + ".huidige";
    private static final Set<Handeling> LEZEN =
            EnumSet.of(Handeling.INZIEN, Handeling.ZOEKEN, Handeling.EXPORTEREN, Handeling.AFDRUKKEN);

    private final Medewerkers medewerkers;
    private final Rechtentabel rechten;
    private final Toegangslog log;
    private final JdbcClient jdbc;
    private final Clock clock;

    Toegangsbeleid(Medewerkers medewerkers, Rechtentabel rechten, Toegangslog log, JdbcClient jdbc, Clock clock) {
        this.medewerkers = medewerkers;
        this.rechten = rechten;
        this.log = log;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** The logged-in account, looked up once per request. */
    public Medewerker ik() {
        RequestAttributes request = RequestContextHolder.getRequestAttributes();
        if (request != null
                && request.getAttribute(HUIDIGE, RequestAttributes.SCOPE_REQUEST) instanceof Medewerker bekend) {
            return bekend;
        }
        Medewerker ik = medewerkers.huidige();
        if (request != null) {
            request.setAttribute(HUIDIGE, ik, RequestAttributes.SCOPE_REQUEST);
        }
        return ik;
    }

    /** Whether the current user's role has this right. */
    public boolean heeft(Recht recht) {
        return rechten.heeft(ik().rol(), recht);
    }

    /** Function level without an object (a page, a figure): 403 when the role lacks the right; not logged. */
    public void eis(Recht recht) {
        if (!heeft(recht)) {
            throw new AccessDeniedException(recht.code());
        }
    }

    /**
     * Function level for an action on objects or a search over them: a refusal is logged as denied with the
     * objects asked for (none for a search), and 403.
     */
    public void eis(Recht recht, Handeling handeling, Logobject... gevraagd) {
        if (!heeft(recht)) {
            log.geweigerd(handeling, gevraagd);
            throw new AccessDeniedException(recht.code());
        }
    }

    /**
     * Reading one object of a department: {@link #handel} with {@link Handeling#INZIEN}. Break-the-glass
     * counts.
     */
    public <T> T lees(
            Recht recht,
            Logobject gevraagd,
            Supplier<Optional<T>> laad,
            Function<? super T, Zorgsector> afdelingVan,
            Function<? super T, List<Logobject>> toont) {
        return handel(Handeling.INZIEN, recht, List.of(gevraagd), laad, afdelingVan, toont);
    }

    /**
     * Reading one object whose loader itself finds only what this user may see (a care provider's own
     * notifications): {@link #handel} with {@link Handeling#INZIEN} and no department.
     */
    public <T> T lees(
            Recht recht, Logobject gevraagd, Supplier<Optional<T>> laad, Function<? super T, List<Logobject>> toont) {
        return handel(Handeling.INZIEN, recht, List.of(gevraagd), laad, null, toont);
    }

    /** Changing one object of a department: {@link #handel} with {@link Handeling#WIJZIGEN}. */
    public <T> T wijzig(
            Recht recht,
            Logobject gevraagd,
            Supplier<Optional<T>> laad,
            Function<? super T, Zorgsector> afdelingVan,
            Function<? super T, List<Logobject>> toont) {
        return handel(Handeling.WIJZIGEN, recht, List.of(gevraagd), laad, afdelingVan, toont);
    }

    /**
     * Check the right, load, check need-to-know, log: the one sequence for acting on an object.
     *
     * <ol>
     *   <li>The role lacks {@code recht}: logged as denied with {@code gevraagd}, 403.
     *   <li>{@code laad} finds nothing (or throws {@link NietGevonden}): logged as denied with {@code
     *       gevraagd}, 404, so an unknown id and a refused one look alike.
     *   <li>The object's department ({@code afdelingVan}) is not one the user may see, and for reading they
     *       did not break the glass for it: logged as denied with what it {@code toont}, 404
     *       ({@link BuitenBereik}). With {@code afdelingVan} null the loader has already limited what it
     *       finds to what this user may see.
     *   <li>Otherwise logged as granted with what it {@code toont} (the object and, e.g., the patients'
     *       pseudonyms it shows), and returned.
     * </ol>
     *
     * @param gevraagd what was asked for, as known before loading (its first element names the 404)
     * @param toont the objects the answer shows, for the log; the first is the object itself
     */
    public <T> T handel(
            Handeling handeling,
            Recht recht,
            List<Logobject> gevraagd,
            Supplier<Optional<T>> laad,
            @Nullable Function<? super T, Zorgsector> afdelingVan,
            Function<? super T, List<Logobject>> toont) {
        Logobject[] asked = gevraagd.toArray(Logobject[]::new);
        eis(recht, handeling, asked);
        T object;
        try {
            object = laad.get()
                    .orElseThrow(() ->
                            new NietGevonden(soort(gevraagd), gevraagd.get(0).id()));
        } catch (NietGevonden e) {
            log.geweigerd(handeling, asked);
            throw e;
        }
        Logobject[] getoond = toont.apply(object).toArray(Logobject[]::new);
        if (afdelingVan != null) {
            boolean mag =
                    magAfdelingZien(afdelingVan.apply(object)) || (LEZEN.contains(handeling) && isDoorbroken(getoond));
            if (!mag) {
                log.geweigerd(handeling, getoond);
                throw new BuitenBereik(getoond.length == 0 ? "object" : getoond[0].type(), getoond);
            }
        }
        log.toegestaan(handeling, getoond);
        return object;
    }

    private static String soort(List<Logobject> gevraagd) {
        return "object."
                + (gevraagd.isEmpty() ? "object" : gevraagd.get(0).type().toLowerCase(Locale.ROOT));
    }

    public boolean magAfdelingZien(Zorgsector afdeling) {
        return zichtbareAfdelingen().contains(afdeling);
    }

    /**
     * The departments whose notifications and cases the current user may see: all with the right
     * {@link ToegangRechten#ALLE_AFDELINGEN}, otherwise the account's own departments (none for accounts
     * that have none, such as the privacy officer's and care-provider users').
     */
    public Set<Zorgsector> zichtbareAfdelingen() {
        Medewerker ik = ik();
        if (rechten.heeft(ik.rol(), ToegangRechten.ALLE_AFDELINGEN)) {
            return EnumSet.allOf(Zorgsector.class);
        }
        return ik.afdelingen().isEmpty() ? EnumSet.noneOf(Zorgsector.class) : EnumSet.copyOf(ik.afdelingen());
    }

    /** Whether the current user may break the glass for an object outside their departments. */
    public boolean magDoorbreken() {
        return heeft(ToegangRechten.DOORBREKEN);
    }

    /** A list filter on one department: refused (403) when the user may not see that department. */
    public void eisAfdeling(Zorgsector afdeling) {
        if (!magAfdelingZien(afdeling)) {
            throw new AccessDeniedException("afdeling");
        }
    }

    /**
     * Checks a break-the-glass request before anything is looked up (so that a refusal says nothing about
     * whether the object exists): only inspectors and legal staff (403, logged), with a reason of
     * {@value #REDEN_MINIMUM} to {@value #REDEN_MAXIMUM} characters (422 on the field {@code reden}).
     *
     * @return the reason as it will be logged
     */
    public String eisDoorbreken(String reden, Logobject... objecten) {
        if (!magDoorbreken()) {
            log.leg(Handeling.DOORBREKEN, false, null, List.of(objecten));
            throw new AccessDeniedException(ToegangRechten.DOORBREKEN.code());
        }
        String doel = reden.strip();
        if (doel.length() < REDEN_MINIMUM) {
            throw Weigering.opVeld("reden", "toegang.doorbreken.reden.kort", REDEN_MINIMUM);
        }
        if (doel.length() > REDEN_MAXIMUM) {
            throw Weigering.opVeld("reden", "toegang.doorbreken.reden.lang", REDEN_MAXIMUM);
        }
        return doel;
    }

    /**
     * Break-the-glass: an inspector or legal staff member opens objects outside their departments by
     * stating why. Grants reading those objects for {@link #DOORBREKEN_GELDIG} and logs
     * {@link Handeling#DOORBREKEN} with the reason, for the privacy officer's review list.
     *
     * @param afdeling the department of the objects; within one's own departments nothing is needed
     */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void doorbreek(String reden, Zorgsector afdeling, List<Logobject> objecten) {
        String doel = eisDoorbreken(reden, objecten.toArray(Logobject[]::new));
        if (magAfdelingZien(afdeling)) {
            return;
        }
        Instant nu = clock.instant();
        String gebruiker = ik().gebruikersnaam();
        for (Logobject object : objecten) {
            jdbc.sql("insert into toegang.doorbreking (id, gebruiker, object_type, object_id, doel, tijdstip, "
                            + "geldig_tot) values (?, ?, ?, ?, ?, ?, ?)")
                    .params(
                            UUID.randomUUID(),
                            gebruiker,
                            object.type(),
                            object.id(),
                            doel,
                            Timestamp.from(nu),
                            Timestamp.from(nu.plus(DOORBREKEN_GELDIG)))
                    .update();
        }
        log.leg(Handeling.DOORBREKEN, true, doel, objecten);
    }

    /**
     * Whether the current user may read this object of this department (the right, and their own department
     * or broken glass that has not expired), without logging: for deciding whether to show that something
     * exists.
     */
    public boolean magLezen(Recht recht, Zorgsector afdeling, Logobject object) {
        return heeft(recht) && (magAfdelingZien(afdeling) || isDoorbroken(object));
    }

    /**
     * Until when the current user reads this object by broken glass: empty when the object is in one of
     * their departments or no grant of theirs is running. For the banner that says the access is temporary
     * and logged.
     */
    public Optional<Instant> doorbrokenTot(Zorgsector afdeling, Logobject object) {
        if (magAfdelingZien(afdeling) || !magDoorbreken()) {
            return Optional.empty();
        }
        return jdbc.sql("select geldig_tot from toegang.doorbreking where gebruiker = ? and object_id = ? "
                        + "and geldig_tot > ? order by geldig_tot desc limit 1")
                .params(ik().gebruikersnaam(), object.id(), Timestamp.from(clock.instant()))
                .query(Timestamp.class)
                .optional()
                .map(Timestamp::toInstant);
    }

    private boolean isDoorbroken(Logobject... objecten) {
        if (objecten.length == 0 || !magDoorbreken()) {
            return false;
        }
        return jdbc.sql("select exists (select 1 from toegang.doorbreking where gebruiker = ? "
                        + "and object_id = any(?) and geldig_tot > ?)")
                .params(
                        ik().gebruikersnaam(),
                        java.util.Arrays.stream(objecten).map(Logobject::id).toArray(String[]::new),
                        Timestamp.from(clock.instant()))
                .query(Boolean.class)
                .single();
    }
}
