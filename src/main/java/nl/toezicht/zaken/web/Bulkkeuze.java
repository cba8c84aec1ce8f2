package nl.toezicht.zaken.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.toezicht.kern.Zorgsector;
import nl.toezicht.toegang.Medewerker;
import nl.toezicht.toegang.Medewerkers;
import nl.toezicht.toegang.Toegangsbeleid;
import nl.toezicht.zaken.Bulkbewerking;

/**
 * What the work queue's bulk form offers this user (issue 13 item 7): the actions their role may take, the
 * inspectors of the departments they see, and the departments a case may move to. Empty actions: no form, no
 * checkboxes.
 */
public record Bulkkeuze(
        List<Bulkbewerking.Actie> acties, List<Medewerker> inspecteurs, List<Zorgsector> afdelingen, int maximum) {

    public boolean isMogelijk() {
        return !acties.isEmpty();
    }

    static Bulkkeuze voor(Toegangsbeleid toegang, Medewerkers medewerkers) {
        List<Bulkbewerking.Actie> acties = new ArrayList<>();
        for (Bulkbewerking.Actie actie : Bulkbewerking.Actie.values()) {
            if (toegang.heeft(actie.recht())) {
                acties.add(actie);
            }
        }
        Map<String, Medewerker> inspecteurs = new LinkedHashMap<>();
        if (acties.contains(Bulkbewerking.Actie.TOEWIJZEN)) {
            for (Zorgsector afdeling : Zorgsector.values()) {
                if (toegang.zichtbareAfdelingen().contains(afdeling)) {
                    medewerkers.inspecteursVan(afdeling).forEach(m -> inspecteurs.putIfAbsent(m.gebruikersnaam(), m));
                }
            }
        }
        return new Bulkkeuze(
                List.copyOf(acties),
                List.copyOf(inspecteurs.values()),
                Bulkbewerking.afdelingen(),
                Bulkbewerking.MAXIMUM);
    }
}
