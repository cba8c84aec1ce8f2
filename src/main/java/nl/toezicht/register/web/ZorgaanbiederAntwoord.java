package nl.toezicht.register.web;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import nl.toezicht.kern.Pagina;
import nl.toezicht.kern.Zorgsector;
import nl.toezicht.register.ZoekVraag;
import nl.toezicht.register.Zorgaanbieder;
import nl.toezicht.register.ZorgaanbiederSamenvatting;
import org.jspecify.annotations.Nullable;

/** A care provider as the JSON API answers it. */
record ZorgaanbiederAntwoord(
        UUID id,
        String naam,
        String kvkNummer,
        @Nullable String agbCode,
        Set<Zorgsector> sectoren,
        List<Locatie> locaties,
        Instant aangemaaktOp,
        Instant gewijzigdOp,
        long versie) {

    record Locatie(
            UUID id,
            @Nullable String naam,
            String adres,
            String postcode,
            String plaats,
            @Nullable String gemeente) {}

    static ZorgaanbiederAntwoord van(Zorgaanbieder z) {
        return new ZorgaanbiederAntwoord(
                z.id().waarde(),
                z.naam(),
                z.kvkNummer().waarde(),
                z.agbCode(),
                z.sectoren(),
                z.locaties().stream()
                        .map(l -> new Locatie(
                                l.id().waarde(),
                                l.naam(),
                                l.adres(),
                                l.postcode().waarde(),
                                l.plaats(),
                                l.gemeente()))
                        .toList(),
                z.aangemaaktOp(),
                z.gewijzigdOp(),
                z.versie());
    }

    /** One search result. */
    record Samenvatting(UUID id, String naam, String kvkNummer, Set<Zorgsector> sectoren, List<Locatie> locaties) {
        static Samenvatting van(ZorgaanbiederSamenvatting z) {
            return new Samenvatting(
                    z.id().waarde(),
                    z.naam(),
                    z.kvkNummer(),
                    z.sectoren(),
                    z.locaties().stream()
                            .map(l -> new Locatie(l.id().waarde(), l.naam(), l.adres(), l.postcode(), l.plaats(), null))
                            .toList());
        }
    }

    /** A page of search results, best match first; pages count from 1. */
    record Zoekresultaat(List<Samenvatting> items, int pagina, int grootte, long totaal) {
        static Zoekresultaat van(Pagina<ZorgaanbiederSamenvatting> pagina, ZoekVraag vraag) {
            return new Zoekresultaat(
                    pagina.items().stream().map(Samenvatting::van).toList(),
                    vraag.pagina(),
                    vraag.grootte(),
                    pagina.totaal() == null ? 0 : pagina.totaal());
        }
    }
}
