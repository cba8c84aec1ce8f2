package nl.toezicht.inspecties;

import static nl.toezicht.inspecties.Activiteitstap.ANNULEREN;
import static nl.toezicht.inspecties.Activiteitstap.GEIMPORTEERD;
import static nl.toezicht.inspecties.Activiteitstap.PLANNEN;
import static nl.toezicht.inspecties.Activiteitstap.PUBLICATIE_VRIJGEVEN;
import static nl.toezicht.inspecties.Activiteitstap.RAPPORT_AANBIEDEN;
import static nl.toezicht.inspecties.Activiteitstap.RAPPORT_GOEDKEUREN;
import static nl.toezicht.inspecties.Activiteitstap.RAPPORT_OPSTELLEN;
import static nl.toezicht.inspecties.Activiteitstap.RAPPORT_PUBLICEREN;
import static nl.toezicht.inspecties.Activiteitstap.RAPPORT_TERUGSTUREN;
import static nl.toezicht.inspecties.Activiteitstap.RAPPORT_VASTSTELLEN;
import static nl.toezicht.inspecties.Activiteitstap.STARTEN;
import static nl.toezicht.inspecties.Activiteitstap.VELDWERK_AFRONDEN;
import static nl.toezicht.inspecties.Activiteitstap.ZIENSWIJZE_GEVEN;
import static nl.toezicht.inspecties.Activiteitstatus.GEANNULEERD;
import static nl.toezicht.inspecties.Activiteitstatus.GEPLAND;
import static nl.toezicht.inspecties.Activiteitstatus.GEPUBLICEERD;
import static nl.toezicht.inspecties.Activiteitstatus.IN_UITVOERING;
import static nl.toezicht.inspecties.Activiteitstatus.RAPPORT_CONCEPT;
import static nl.toezicht.inspecties.Activiteitstatus.RAPPORT_DEFINITIEF;
import static nl.toezicht.inspecties.Activiteitstatus.RAPPORT_TER_BEOORDELING;
import static nl.toezicht.inspecties.Activiteitstatus.VELDWERK_AFGEROND;
import static nl.toezicht.inspecties.Activiteitstatus.ZIENSWIJZE_GEVRAAGD;
import static nl.toezicht.inspecties.Activiteitstatus.ZIENSWIJZE_ONTVANGEN;

import nl.toezicht.kern.Stroom;
import org.jspecify.annotations.Nullable;

/**
 * The flow of a supervision activity (decision 0032): planned, carried out, the fieldwork done, or cancelled
 * before it started; then its report. The draft is offered for review and approved or sent back by a second
 * inspector (four eyes, as a case's closing in zaken.Zaakstroom); approval sends it to the provider for its
 * view; the report becomes final when the view came or its clock ran out, and is then published. The report's
 * steps are commands of their own ({@link Rapportage}); the page offers only the plain ones.
 */
public final class Activiteitstroom {

    private static final String PLANNER = InspectieRechten.PLANNEN.code();
    private static final String RAPPORTEUR = InspectieRechten.RAPPORTEREN.code();
    private static final String BEOORDELAAR = InspectieRechten.RAPPORT_BEOORDELEN.code();

    /**
     * What the rules look at.
     *
     * @param aangebodenDoor while the draft waits for review: who offered it
     * @param door who takes the step now; null when the step is not a person's review
     * @param zienswijzeTermijnVoorbij the provider's view came, or its clock ran out
     */
    public record Kenmerken(
            Activiteitsoort soort,
            @Nullable String aangebodenDoor,
            @Nullable String door,
            boolean zienswijzeTermijnVoorbij) {

        public static Kenmerken van(Activiteitsoort soort) {
            return new Kenmerken(soort, null, null, false);
        }

        /** Four eyes: who reviews a draft is not who offered it. */
        boolean isTweedePersoon() {
            return door == null || !door.equals(aangebodenDoor);
        }
    }

    public static final Stroom<Activiteitstatus, Activiteitstap, Kenmerken, Void> STROOM =
            Stroom.<Activiteitstatus, Activiteitstap, Kenmerken, Void>van(Activiteitstatus.class, Activiteitstap.class)
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
                    // the report: drafted from the findings, edited, offered for review
                    .stap(RAPPORT_OPSTELLEN)
                    .vanaf(VELDWERK_AFGEROND)
                    .naar(RAPPORT_CONCEPT)
                    .door(RAPPORTEUR)
                    .eigenOpdracht()
                    .stap(RAPPORT_AANBIEDEN)
                    .vanaf(RAPPORT_CONCEPT)
                    .naar(RAPPORT_TER_BEOORDELING)
                    .door(RAPPORTEUR)
                    .eigenOpdracht()
                    // four eyes: a second inspector approves (the draft goes to the provider) or sends it back
                    .stap(RAPPORT_GOEDKEUREN)
                    .vanaf(RAPPORT_TER_BEOORDELING)
                    .naar(ZIENSWIJZE_GEVRAAGD)
                    .door(BEOORDELAAR)
                    .eigenOpdracht()
                    .alleenAls(Kenmerken::isTweedePersoon, "rapport.vier-ogen")
                    .stap(RAPPORT_TERUGSTUREN)
                    .vanaf(RAPPORT_TER_BEOORDELING)
                    .naar(RAPPORT_CONCEPT)
                    .door(BEOORDELAAR)
                    .eigenOpdracht()
                    .alleenAls(Kenmerken::isTweedePersoon, "rapport.vier-ogen")
                    // the provider answers in the portal (it holds no right of this module: checked there)
                    .stap(ZIENSWIJZE_GEVEN)
                    .vanaf(ZIENSWIJZE_GEVRAAGD)
                    .naar(ZIENSWIJZE_ONTVANGEN)
                    .doorSysteem()
                    .stap(RAPPORT_VASTSTELLEN)
                    .vanaf(ZIENSWIJZE_GEVRAAGD, ZIENSWIJZE_ONTVANGEN)
                    .naar(RAPPORT_DEFINITIEF)
                    .door(RAPPORTEUR)
                    .eigenOpdracht()
                    .alleenAls(Kenmerken::zienswijzeTermijnVoorbij, "rapport.vaststellen.termijn-loopt")
                    // publication (decision 0092): the team releases it after the anonymisation check, the
                    // publication job makes it public once the waiting period after the final date is over
                    .stap(PUBLICATIE_VRIJGEVEN)
                    .vanaf(RAPPORT_DEFINITIEF)
                    .blijft()
                    .door(RAPPORTEUR)
                    .eigenOpdracht()
                    .stap(RAPPORT_PUBLICEREN)
                    .vanaf(RAPPORT_DEFINITIEF)
                    .naar(GEPUBLICEERD)
                    .doorSysteem()
                    // an activity imported from the history has this one entry, written by the import beside the flow
                    .stap(GEIMPORTEERD)
                    .vanaf(java.util.EnumSet.allOf(Activiteitstatus.class))
                    .blijft()
                    .doorSysteem()
                    .alleenAls(k -> false, "activiteit.geimporteerd.alleen-import")
                    .bouw();

    private Activiteitstroom() {}
}
