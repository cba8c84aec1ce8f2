package nl.toezicht.zaken.web;

import java.util.Optional;
import nl.toezicht.kern.Zorgsector;
import nl.toezicht.meldingen.Meldingsoort;
import nl.toezicht.toegang.Medewerker;
import nl.toezicht.toegang.Rol;
import nl.toezicht.zaken.Werkbak;
import nl.toezicht.zaken.Zaakstatus;
import org.jspecify.annotations.Nullable;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * What the work queue shows, as its query parameters: the tab ("mijn", "alle" or a department), the filters and
 * the order. Bound by name by the page, its export and its saved filters, so all three read a view the same way.
 */
record Werkbakkeuze(
        @Nullable String weergave,
        @Nullable Zorgsector sector,
        @Nullable Meldingsoort soort,
        @Nullable Zaakstatus status,
        @Nullable Boolean teLaat,
        @Nullable Boolean binnenkort,
        Werkbak.@Nullable Sortering sortering) {

    /** The tab shown: the one asked for, or the user's own start (an inspector's cases, else all). */
    String gekozen(Medewerker ik) {
        boolean inspecteur = ik.rol() == Rol.INSPECTEUR;
        if (weergave == null || weergave.isBlank()) {
            return inspecteur ? "mijn" : "alle";
        }
        if (weergave.equals("mijn") || weergave.equals("alle") || afdeling(weergave) != null) {
            return weergave;
        }
        return inspecteur ? "mijn" : "alle";
    }

    Werkbak.Sortering volgorde() {
        return sortering == null ? Werkbak.Sortering.TERMIJN : sortering;
    }

    Werkbak.Filter filter(Medewerker ik) {
        String gekozen = gekozen(ik);
        return new Werkbak.Filter(
                afdeling(gekozen),
                gekozen.equals("mijn") ? ik.gebruikersnaam() : null,
                status,
                soort,
                sector,
                Boolean.TRUE.equals(teLaat) ? Boolean.TRUE : null,
                Boolean.TRUE.equals(binnenkort) ? 7 : null);
    }

    /** The link to this view at its first page (the default order left out). */
    UriComponentsBuilder link(String pad, Medewerker ik) {
        UriComponentsBuilder basis = UriComponentsBuilder.fromPath(pad)
                .queryParam("weergave", gekozen(ik))
                .queryParamIfPresent("sector", Optional.ofNullable(sector))
                .queryParamIfPresent("soort", Optional.ofNullable(soort))
                .queryParamIfPresent("status", Optional.ofNullable(status))
                .queryParamIfPresent(
                        "sortering", Optional.ofNullable(volgorde() == Werkbak.Sortering.TERMIJN ? null : sortering));
        if (Boolean.TRUE.equals(teLaat)) {
            basis.queryParam("teLaat", true);
        }
        if (Boolean.TRUE.equals(binnenkort)) {
            basis.queryParam("binnenkort", true);
        }
        return basis;
    }

    /** The query string of this view, as a saved filter keeps it. */
    String zoekopdracht(Medewerker ik) {
        String query = link("/werkbak", ik).build().encode().getQuery();
        return query == null ? "" : query;
    }

    static @Nullable Zorgsector afdeling(String code) {
        try {
            return Zorgsector.valueOf(code);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
