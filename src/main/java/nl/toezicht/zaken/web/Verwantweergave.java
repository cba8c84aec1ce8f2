package nl.toezicht.zaken.web;

import java.util.List;
import java.util.Map;
import nl.toezicht.meldingen.MeldingId;
import nl.toezicht.meldingen.MeldingRechten;
import nl.toezicht.meldingen.MeldingSamenvatting;
import nl.toezicht.meldingen.Meldingzoeker;
import nl.toezicht.toegang.Toegangsbeleid;
import nl.toezicht.zaken.Zaak;
import nl.toezicht.zaken.ZaakRechten;
import nl.toezicht.zaken.Zaakzoeker;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * Related work on the case page (issue 13.8): the other cases about the same provider, the notifications about
 * the same provider or location, the same patient's other notifications (for who may see identities), and the
 * notifications that may be duplicates, each with the case that holds it and — for the intake desk, on an open
 * case of its own departments — a button that joins it to this case by its reference. Built for the fragment
 * {@code zaken/verwant.html} from the case the controller read; the owners apply need-to-know and log what is shown.
 */
@Component
public class Verwantweergave {

    static final int MAX = 10;

    private final Zaakzoeker zaken;
    private final Meldingzoeker meldingen;
    private final Toegangsbeleid toegang;

    Verwantweergave(Zaakzoeker zaken, Meldingzoeker meldingen, Toegangsbeleid toegang) {
        this.zaken = zaken;
        this.meldingen = meldingen;
        this.toegang = toegang;
    }

    /** What the fragment shows. */
    public record Verwant(
            String zaakId,
            @Nullable Long versie,
            List<Zaakzoeker.Zaaktreffer> zaken,
            List<Meldingzoeker.Meldingtreffer> zelfdeAanbieder,
            List<Meldingzoeker.Meldingtreffer> zelfdePatient,
            List<Meldingzoeker.MogelijkDubbel> dubbelen,
            Map<MeldingId, String> inZaak,
            Map<MeldingId, String> eigenReferenties,
            boolean meldingInzien,
            boolean magSamenvoegen) {

        public boolean isLeeg() {
            return zaken.isEmpty() && zelfdeAanbieder.isEmpty() && zelfdePatient.isEmpty() && dubbelen.isEmpty();
        }
    }

    Verwant voor(Zaak zaak, List<MeldingSamenvatting> gemeld) {
        Map<MeldingId, String> eigenReferenties = gemeld.stream()
                .collect(java.util.stream.Collectors.toMap(MeldingSamenvatting::id, MeldingSamenvatting::referentie));
        List<Zaakzoeker.Zaaktreffer> andereZaken = zaken.zelfdeAanbieder(zaak, MAX);
        boolean meldingInzien = toegang.heeft(MeldingRechten.INZIEN);
        Meldingzoeker.Verwant verwant = meldingInzien
                ? meldingen.verwant(zaak.meldingen(), MAX)
                : new Meldingzoeker.Verwant(List.of(), List.of(), List.of());
        Map<MeldingId, String> inZaak = zaken.zaakreferenties(
                verwant.dubbelen().stream().map(d -> d.melding().id()).toList());
        return new Verwant(
                zaak.id().waarde().toString(),
                zaak.versie(),
                andereZaken,
                verwant.zelfdeAanbieder(),
                verwant.zelfdePatient(),
                verwant.dubbelen(),
                inZaak,
                eigenReferenties,
                meldingInzien,
                toegang.heeft(ZaakRechten.SAMENVOEGEN)
                        && zaak.status().isOpen()
                        && toegang.magAfdelingZien(zaak.afdeling()));
    }
}
