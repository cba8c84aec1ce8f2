package nl.toezicht.toegang;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import nl.toezicht.kern.Weigering;
import nl.toezicht.kern.Zorgsector;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;

/**
 * The one place that decides who may see and handle what (docs/toegang.md). Services call it before they
 * read or change a notification or case; the web layer only hides what this refuses.
 *
 * <ul>
 *   <li>Function level: a role that may never do a kind of thing (a privacy officer reading cases, an
 *       analyst changing one) is refused with {@link AccessDeniedException} (403).
 *   <li>Object level (need-to-know): an object outside the user's departments does not exist for them
 *       ({@link BuitenBereik}, a 404), unless they broke the glass for it with a stated reason.
 *   <li>Field level: only roles that need it see a patient's identity and a reporter's contact data.
 * </ul>
 *
 * Every decision about an object is written to the {@link Toegangslog}, granted or denied.
 */
@Component
public class Toegangsbeleid {

    /** How long break-the-glass access to an object lasts. */
    public static final Duration DOORBREKEN_GELDIG = Duration.ofHours(8);

    static final int REDEN_MINIMUM = 10;
    static final int REDEN_MAXIMUM = 500;

    private static final String HUIDIGE = Toegangsbeleid.class.getName() + ".huidige";
    private static final Set<Rol> LEZERS =
            EnumSet.of(Rol.INTAKE, Rol.BEHEERDER, Rol.INSPECTEUR, Rol.JURIST, Rol.ANALIST);
    private static final Set<Rol> BEHANDELAARS = EnumSet.of(Rol.INTAKE, Rol.BEHEERDER, Rol.INSPECTEUR, Rol.JURIST);
    private static final Set<Rol> PER_AFDELING = EnumSet.of(Rol.INSPECTEUR, Rol.JURIST);
    private static final Set<Rol> IDENTITEIT = EnumSet.of(Rol.INTAKE, Rol.INSPECTEUR, Rol.JURIST);
    private static final Set<Handeling> LEZEN =
            EnumSet.of(Handeling.INZIEN, Handeling.ZOEKEN, Handeling.EXPORTEREN, Handeling.AFDRUKKEN);

    private final Medewerkers medewerkers;
    private final Toegangslog log;
    private final JdbcClient jdbc;
    private final Clock clock;

    Toegangsbeleid(Medewerkers medewerkers, Toegangslog log, JdbcClient jdbc, Clock clock) {
        this.medewerkers = medewerkers;
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

    public boolean magAfdelingZien(Zorgsector afdeling) {
        return zichtbareAfdelingen().contains(afdeling);
    }

    /**
     * The departments whose notifications and cases the current user may see: all for intake,
     * administrators and analysts (pseudonymised), their own for inspectors and legal staff, none for the
     * privacy officer and care-provider users.
     */
    public Set<Zorgsector> zichtbareAfdelingen() {
        Medewerker ik = ik();
        if (PER_AFDELING.contains(ik.rol())) {
            return ik.afdelingen().isEmpty() ? EnumSet.noneOf(Zorgsector.class) : EnumSet.copyOf(ik.afdelingen());
        }
        return LEZERS.contains(ik.rol()) ? EnumSet.allOf(Zorgsector.class) : EnumSet.noneOf(Zorgsector.class);
    }

    public boolean isIntake() {
        Rol rol = ik().rol();
        return rol == Rol.INTAKE || rol == Rol.BEHEERDER;
    }

    /**
     * Whether the current user sees who the patient is (name, BSN, date of birth) and how to reach the
     * reporter (ASVS 8.2.3): those who handle the notification. Analysts and administrators see the
     * pseudonym only.
     */
    public boolean magIdentiteitZien() {
        return IDENTITEIT.contains(ik().rol());
    }

    /**
     * Whether the current user reads free text: a notification's description, the notes on a case's
     * timeline, attachments' file names. Such text routinely names the patient, relatives and others, and
     * no masking finds every name, so whoever sees the pseudonym only sees none of it (decision 0024).
     */
    public boolean magVrijeTekstZien() {
        return magIdentiteitZien();
    }

    /** Analysts read (pseudonymised) but never change a notification or case. */
    public boolean isAlleenLezen() {
        return !BEHANDELAARS.contains(ik().rol());
    }

    /** Whether the current user may break the glass: inspectors and legal staff, for a case elsewhere. */
    public boolean magDoorbreken() {
        return PER_AFDELING.contains(ik().rol());
    }

    /** A list filter on one department: refused (403) when the user may not see that department. */
    public void eisAfdeling(Zorgsector afdeling) {
        if (!magAfdelingZien(afdeling)) {
            throw new AccessDeniedException("afdeling");
        }
    }

    /** Linking notifications to providers, joining notifications to cases: the intake desk's work. */
    public void eisIntake() {
        if (!isIntake()) {
            throw new AccessDeniedException("intake");
        }
    }

    /** Administration: bulk import of the history (module historie). */
    public void eisBeheerder() {
        if (ik().rol() != Rol.BEHEERDER) {
            throw new AccessDeniedException("beheerder");
        }
    }

    /** Maintaining the provider register. */
    public void eisRegisterBeheer() {
        eisIntake();
    }

    /**
     * Function level: whether the role may do this kind of thing with notifications and cases at all.
     * Refused: logged as denied with the objects, and 403.
     */
    public void eisRol(Handeling handeling, Logobject... objecten) {
        Rol rol = ik().rol();
        boolean mag = LEZEN.contains(handeling) ? LEZERS.contains(rol) : BEHANDELAARS.contains(rol);
        if (!mag) {
            log.geweigerd(handeling, objecten);
            throw new AccessDeniedException("rol");
        }
    }

    /** Intake work on objects (linking, joining): refused ones are logged, and 403. */
    public void eisIntake(Handeling handeling, Logobject... objecten) {
        if (!isIntake()) {
            log.geweigerd(handeling, objecten);
            throw new AccessDeniedException("intake");
        }
    }

    /** Field level for whole objects that may show identity (attachments): refused ones are logged, 403. */
    public void eisIdentiteit(Handeling handeling, Logobject... objecten) {
        if (!magIdentiteitZien()) {
            log.geweigerd(handeling, objecten);
            throw new AccessDeniedException("identiteit");
        }
    }

    /**
     * Need-to-know for one object of a department (the first of {@code objecten} is the object asked for,
     * the others are what it shows). Granted: logged, and the caller goes on. Denied: logged, and the
     * object does not exist for this user ({@link BuitenBereik}, 404), so ids cannot be probed. Reading
     * is also granted where the user broke the glass for one of the objects and that has not expired.
     */
    public void eisToegang(Handeling handeling, Zorgsector afdeling, Logobject... objecten) {
        eisRol(handeling, objecten);
        boolean mag = magAfdelingZien(afdeling) || (LEZEN.contains(handeling) && isDoorbroken(objecten));
        if (!mag) {
            log.geweigerd(handeling, objecten);
            throw new BuitenBereik(objecten.length == 0 ? "object" : objecten[0].type(), objecten);
        }
        log.toegestaan(handeling, objecten);
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
            throw new AccessDeniedException("doorbreken");
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
     * Whether the current user may read this object of this department (own department, or broken glass
     * that has not expired), without logging: for deciding whether to show that something exists.
     */
    public boolean magLezen(Zorgsector afdeling, Logobject object) {
        Rol rol = ik().rol();
        return LEZERS.contains(rol) && (magAfdelingZien(afdeling) || isDoorbroken(object));
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

    /**
     * A care-provider user's providers, by KvK number; refused (403, logged) for everyone else. The
     * provider portal shows only notifications these made or that concern them.
     */
    public Set<String> eisZorgaanbieder(Handeling handeling, Logobject... objecten) {
        Medewerker ik = ik();
        if (ik.rol() != Rol.ZORGAANBIEDER) {
            log.geweigerd(handeling, objecten);
            throw new AccessDeniedException("zorgaanbieder");
        }
        return ik.kvkNummers();
    }

    public boolean isPrivacyfunctionaris() {
        return ik().rol() == Rol.PRIVACYFUNCTIONARIS;
    }

    /** Reading the access log, answering a right-of-access request: the privacy officer's work. */
    public void eisPrivacyfunctionaris() {
        if (!isPrivacyfunctionaris()) {
            throw new AccessDeniedException("privacyfunctionaris");
        }
    }

    /**
     * Provisional figures (not yet approved) of any period: the inspectorate's own staff, not a care
     * provider's user.
     */
    public boolean magVoorlopigeCijfersZien() {
        return ik().rol() != Rol.ZORGAANBIEDER;
    }

    public void eisVoorlopigeCijfers() {
        if (!magVoorlopigeCijfersZien()) {
            throw new AccessDeniedException("voorlopige cijfers");
        }
    }

    /** Unrounded annual figures: analysts only (pseudonymised and aggregate data is their work). */
    public boolean magOngeafrondeCijfersZien() {
        return ik().rol() == Rol.ANALIST;
    }

    public void eisOngeafrondeCijfers() {
        if (!magOngeafrondeCijfersZien()) {
            throw new AccessDeniedException("ongeafronde cijfers");
        }
    }

    /** Drafting and checking a year's figures: analysts and administrators. */
    public void eisCijfersOpstellen() {
        Rol rol = ik().rol();
        if (rol != Rol.ANALIST && rol != Rol.BEHEERDER) {
            throw new AccessDeniedException("cijfers opstellen");
        }
    }

    /**
     * Approving (freezing) a year's figures for publication: administrators only, so the one who drafts
     * (an analyst) is not the one who approves.
     */
    public void eisCijfersVaststellen() {
        if (ik().rol() != Rol.BEHEERDER) {
            throw new AccessDeniedException("cijfers vaststellen");
        }
    }
}
