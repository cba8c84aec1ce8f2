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

    /** Maintaining the provider register. */
    public void eisRegisterBeheer() {
        eisIntake();
    }

    /**
     * Provisional figures (not yet approved) of any period: the inspectorate's own staff, not a care
     * provider's user.
     */
    public boolean magVoorlopigeCijfersZien() {
        return medewerkers.huidige().rol() != Rol.ZORGAANBIEDER;
    }

    public void eisVoorlopigeCijfers() {
        if (!magVoorlopigeCijfersZien()) {
            throw new AccessDeniedException("voorlopige cijfers");
        }
    }

    /** Unrounded annual figures: analysts only (pseudonymised and aggregate data is their work). */
    public boolean magOngeafrondeCijfersZien() {
        return medewerkers.huidige().rol() == Rol.ANALIST;
    }

    public void eisOngeafrondeCijfers() {
        if (!magOngeafrondeCijfersZien()) {
            throw new AccessDeniedException("ongeafronde cijfers");
        }
    }

    /** Drafting and checking a year's figures: analysts and administrators. */
    public void eisCijfersOpstellen() {
        Rol rol = medewerkers.huidige().rol();
        if (rol != Rol.ANALIST && rol != Rol.BEHEERDER) {
            throw new AccessDeniedException("cijfers opstellen");
        }
    }

    /**
     * Approving (freezing) a year's figures for publication: administrators only, so the one who drafts
     * (an analyst) is not the one who approves.
     */
    public void eisCijfersVaststellen() {
        if (medewerkers.huidige().rol() != Rol.BEHEERDER) {
            throw new AccessDeniedException("cijfers vaststellen");
        }
    }
}
