package nl.toezicht.inspecties.web;

import nl.toezicht.inspecties.InspectieRechten;
import nl.toezicht.kern.Zorgsector;
import nl.toezicht.toegang.Toegangsbeleid;
import org.springframework.stereotype.Component;

/** What other modules' pages ask of inspecties in their templates ({@code @inspectieweergave}). */
@Component("inspectieweergave")
public class Inspectieweergave {

    private final Toegangsbeleid toegang;

    Inspectieweergave(Toegangsbeleid toegang) {
        this.toegang = toegang;
    }

    /** Whether the user may plan an activity for a case of this department (the case page's link). */
    public boolean magPlannen(Zorgsector afdeling) {
        return toegang.heeft(InspectieRechten.PLANNEN) && toegang.magAfdelingZien(afdeling);
    }
}
