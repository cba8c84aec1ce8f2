package nl.toezicht.inspecties;

import static nl.toezicht.inspecties.Activiteitstap.ANNULEREN;
import static nl.toezicht.inspecties.Activiteitstap.PLANNEN;
import static nl.toezicht.inspecties.Activiteitstap.STARTEN;
import static nl.toezicht.inspecties.Activiteitstap.VELDWERK_AFRONDEN;
import static nl.toezicht.inspecties.Activiteitstatus.GEANNULEERD;
import static nl.toezicht.inspecties.Activiteitstatus.GEPLAND;
import static nl.toezicht.inspecties.Activiteitstatus.IN_UITVOERING;
import static nl.toezicht.inspecties.Activiteitstatus.VELDWERK_AFGEROND;

import nl.toezicht.kern.Stroom;

/**
 * The flow of a supervision activity (decision 0032), as far as this slice goes: planned, carried out, the
 * fieldwork done; or cancelled before it started. The report's steps follow {@link Activiteitstatus#VELDWERK_AFGEROND}.
 * The rules look at the kind of activity (none needs it yet: a desk inspection is "carried out" too).
 */
public final class Activiteitstroom {

    private static final String PLANNER = InspectieRechten.PLANNEN.code();

    public static final Stroom<Activiteitstatus, Activiteitstap, Activiteitsoort, Void> STROOM =
            Stroom.<Activiteitstatus, Activiteitstap, Activiteitsoort, Void>van(
                            Activiteitstatus.class, Activiteitstap.class)
                    .begin(PLANNEN, GEPLAND)
                    .door(PLANNER)
                    .eigenOpdracht()
                    .stap(STARTEN)
                    .vanaf(GEPLAND)
                    .naar(IN_UITVOERING)
                    .door(PLANNER)
                    .stap(VELDWERK_AFRONDEN)
                    .vanaf(IN_UITVOERING)
                    .naar(VELDWERK_AFGEROND)
                    .door(PLANNER)
                    .stap(ANNULEREN)
                    .vanaf(GEPLAND)
                    .naar(GEANNULEERD)
                    .door(PLANNER)
                    .bouw();

    private Activiteitstroom() {}
}
