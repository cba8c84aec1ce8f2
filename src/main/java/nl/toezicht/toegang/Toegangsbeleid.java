package nl.toezicht.toegang;

import java.util.EnumSet;
import java.util.Set;
import nl.toezicht.kern.Zorgsector;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/**
 * The one place that decides who may see and handle what. Services call it before they read or change
 * a case; the web layer only hides what this refuses. Intake staff and administrators see all
 * departments; an inspector sees the cases of the departments they work in.
 */
@Component
public class Toegangsbeleid {

    private final Medewerkers medewerkers;

    Toegangsbeleid(Medewerkers medewerkers) {
        this.medewerkers = medewerkers;
    }

    public boolean magAfdelingZien(Zorgsector afdeling) {
        Medewerker ik = medewerkers.huidige();
        return ik.rol() != Rol.INSPECTEUR || ik.werktBij(afdeling);
    }

    /** The departments whose cases the current user may see: all for intake and administrators. */
    public Set<Zorgsector> zichtbareAfdelingen() {
        Medewerker ik = medewerkers.huidige();
        return ik.rol() == Rol.INSPECTEUR ? ik.afdelingen() : EnumSet.allOf(Zorgsector.class);
    }

    public boolean isIntake() {
        Rol rol = medewerkers.huidige().rol();
        return rol == Rol.INTAKE || rol == Rol.BEHEERDER;
    }

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
        if (medewerkers.huidige().rol() != Rol.BEHEERDER) {
            throw new AccessDeniedException("beheerder");
        }
    }

    /** Maintaining the provider register. */
    public void eisRegisterBeheer() {
        eisIntake();
    }
}
