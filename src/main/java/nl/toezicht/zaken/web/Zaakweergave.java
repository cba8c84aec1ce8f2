package nl.toezicht.zaken.web;

import java.time.Instant;
import java.time.LocalDate;
import nl.toezicht.kern.Zorgsector;
import nl.toezicht.meldingen.Meldingsoort;
import nl.toezicht.register.ZorgaanbiederId;
import nl.toezicht.termijnen.Termijn;
import nl.toezicht.zaken.Sluitreden;
import nl.toezicht.zaken.Zaak;
import nl.toezicht.zaken.ZaakId;
import nl.toezicht.zaken.Zaakstatus;
import org.jspecify.annotations.Nullable;

/**
 * What the case page shows of a case, read from the aggregate once in the controller: the templates (the page
 * and the fragments other modules add to it) read this, never the {@code Zaak} itself, so the aggregate's
 * methods stay free to change and nothing on the page can call one.
 *
 * @param versie the version the page's forms send back (optimistic locking)
 * @param teLaat past its deadline (and its clock not suspended), as of today
 * @param binnenkort not overdue, not suspended, due within seven days
 */
record Zaakweergave(
        ZaakId id,
        @Nullable Long versie,
        String referentie,
        Zaakstatus status,
        Meldingsoort soort,
        Zorgsector sector,
        Zorgsector afdeling,
        @Nullable ZorgaanbiederId zorgaanbieder,
        @Nullable String inspecteur,
        @Nullable Termijn termijn,
        boolean termijnOpgeschort,
        boolean teLaat,
        boolean binnenkort,
        boolean teLaatGemeld,
        Instant ontvangenOp,
        Instant geopendOp,
        @Nullable Instant geslotenOp,
        @Nullable Sluitreden sluitreden) {

    static Zaakweergave van(Zaak zaak, LocalDate vandaag) {
        boolean teLaat = zaak.isTeLaat(vandaag);
        Termijn termijn = zaak.termijn();
        return new Zaakweergave(
                zaak.id(),
                zaak.versie(),
                zaak.referentie(),
                zaak.status(),
                zaak.soort(),
                zaak.sector(),
                zaak.afdeling(),
                zaak.zorgaanbieder(),
                zaak.inspecteur(),
                termijn,
                zaak.isTermijnOpgeschort(),
                teLaat,
                !teLaat
                        && !zaak.isTermijnOpgeschort()
                        && termijn != null
                        && !termijn.datum().isAfter(vandaag.plusDays(7)),
                zaak.isTeLaatGemeld(),
                zaak.ontvangenOp(),
                zaak.geopendOp(),
                zaak.geslotenOp(),
                zaak.sluitreden());
    }
}
