package nl.toezicht.zaken.web;

import java.util.List;
import java.util.UUID;
import nl.toezicht.meldingen.MeldingSamenvatting;
import nl.toezicht.toegang.Toegangsbeleid;
import nl.toezicht.zaken.Zaak;
import nl.toezicht.zaken.ZaakRechten;
import org.jspecify.annotations.Nullable;

/**
 * The case page's form to split a notification off (issue 13 item 8), for the fragment {@code zaken/splitsen.html}:
 * shown to the intake desk on a case of its departments, and to the case's own inspector, when the case holds more
 * than one notification (the last one cannot go).
 */
public record Splitsweergave(
        boolean mag, UUID zaakId, @Nullable Long versie, List<String> meldingen) {

    static Splitsweergave voor(Zaak zaak, List<MeldingSamenvatting> gemeld, Toegangsbeleid toegang) {
        boolean intake = toegang.heeft(ZaakRechten.SAMENVOEGEN);
        boolean mag = toegang.heeft(ZaakRechten.SPLITSEN)
                && toegang.magAfdelingZien(zaak.afdeling())
                && (intake || toegang.ik().gebruikersnaam().equals(zaak.inspecteur()))
                && gemeld.size() > 1;
        return new Splitsweergave(
                mag,
                zaak.id().waarde(),
                zaak.versie(),
                gemeld.stream().map(MeldingSamenvatting::referentie).toList());
    }
}
