package nl.toezicht.zoeken;

import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import nl.toezicht.kern.Pagina;
import nl.toezicht.kern.Weigering;
import nl.toezicht.kern.Zoekopdracht;
import nl.toezicht.kern.Zoekterm;
import nl.toezicht.kern.Zoekuitkomst;
import nl.toezicht.kern.Zorgsector;
import nl.toezicht.logboek.Handeling;
import nl.toezicht.meldingen.MeldingRechten;
import nl.toezicht.meldingen.Meldingzoeker;
import nl.toezicht.register.KvkNummer;
import nl.toezicht.register.Register;
import nl.toezicht.register.ZorgaanbiederSamenvatting;
import nl.toezicht.toegang.Toegangsbeleid;
import nl.toezicht.zaken.ZaakRechten;
import nl.toezicht.zaken.Zaakzoeker;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;

/**
 * One search over cases, notifications and care providers (decision 0068). It reads the request (refusing what
 * it cannot read, on its field), counts each kind the user may search, and shows one kind with its facets: the
 * kind asked for, else the first that found something. Each owner applies need-to-know before it counts and logs
 * what it shows; the register is public.
 */
@Service
public class Zoeken {

    /** The register answers at most this many providers, best match first (it is searched by similarity). */
    static final int ZORGAANBIEDERS_MAX = 100;

    public static final int GROOTTE = 25;

    private final Zaakzoeker zaken;
    private final Meldingzoeker meldingen;
    private final Register register;
    private final Toegangsbeleid toegang;

    Zoeken(Zaakzoeker zaken, Meldingzoeker meldingen, Register register, Toegangsbeleid toegang) {
        this.zaken = zaken;
        this.meldingen = meldingen;
        this.register = register;
        this.toegang = toegang;
    }

    public Zoekresultaat zoek(
            @Nullable String q,
            @Nullable String soort,
            @Nullable String status,
            @Nullable String afdeling,
            @Nullable Integer jaar,
            int pagina,
            int grootte) {
        toegang.eis(ZoekRechten.ZOEKEN, Handeling.ZOEKEN);
        Zoekterm term = Zoekterm.lees(q);
        if (grootte < 1 || grootte > Zoekopdracht.MAX_GROOTTE) {
            throw Weigering.opVeld("grootte", "zoeken.grootte", Zoekopdracht.MAX_GROOTTE);
        }
        Soort gevraagd = soort == null || soort.isBlank() ? null : waarde(Soort.class, soort, "soort");
        Zorgsector sector =
                afdeling == null || afdeling.isBlank() ? null : waarde(Zorgsector.class, afdeling, "afdeling");
        String statuscode =
                status == null || status.isBlank() ? null : status.strip().toUpperCase(Locale.ROOT);
        if (statuscode != null && gevraagd == null) {
            throw Weigering.opVeld("status", "zoeken.status.zonder-soort");
        }
        Zoekopdracht opdracht = new Zoekopdracht(term, statuscode, sector, jaar, pagina, grootte);

        boolean zaakInzien = toegang.heeft(ZaakRechten.INZIEN);
        boolean meldingInzien = toegang.heeft(MeldingRechten.INZIEN);
        if (gevraagd == Soort.ZAAK && !zaakInzien || gevraagd == Soort.MELDING && !meldingInzien) {
            throw Weigering.opVeld("soort", "zoeken.soort.geen-recht");
        }
        if (gevraagd == Soort.ZORGAANBIEDER && statuscode != null) {
            throw Weigering.opVeld("status", "zoeken.status", statuscode);
        }
        Map<Soort, Long> aantallen = new EnumMap<>(Soort.class);
        boolean afgeschermd = false;
        // Without a kind asked for, the first kind that finds something is shown: each is searched in full
        // (counted, faceted and its page read) until one finds something, the rest only counted, so that no
        // kind is counted twice and only the page shown is read and logged.
        Soort getoond = gevraagd;
        Zoekuitkomst<Zaakzoeker.Zaaktreffer> zaakuitkomst = null;
        Zoekuitkomst<Meldingzoeker.Meldingtreffer> meldinguitkomst = null;
        if (zaakInzien) {
            boolean volledig = getoond == Soort.ZAAK || getoond == null;
            zaakuitkomst = zaken.zoek(volledig ? opdracht : opdracht.telling());
            aantallen.put(Soort.ZAAK, zaakuitkomst.totaal());
            afgeschermd |= zaakuitkomst.afgeschermd();
            if (getoond == null && zaakuitkomst.totaal() > 0) {
                getoond = Soort.ZAAK;
            }
        }
        if (meldingInzien) {
            boolean volledig = getoond == Soort.MELDING || getoond == null;
            meldinguitkomst = meldingen.zoek(volledig ? opdracht : opdracht.telling());
            aantallen.put(Soort.MELDING, meldinguitkomst.totaal());
            afgeschermd |= meldinguitkomst.afgeschermd();
            if (getoond == null && meldinguitkomst.totaal() > 0) {
                getoond = Soort.MELDING;
            }
        }
        List<ZorgaanbiederSamenvatting> aanbieders = zorgaanbieders(term);
        aantallen.put(Soort.ZORGAANBIEDER, (long) aanbieders.size());
        if (getoond == null) {
            getoond = !aanbieders.isEmpty()
                    ? Soort.ZORGAANBIEDER
                    : zaakInzien ? Soort.ZAAK : meldingInzien ? Soort.MELDING : Soort.ZORGAANBIEDER;
        }
        return switch (getoond) {
            case ZAAK ->
                resultaat(
                        q,
                        getoond,
                        aantallen,
                        zaakuitkomst,
                        afgeschermd,
                        t -> new Treffer(
                                Soort.ZAAK,
                                t.id().waarde().toString(),
                                t.referentie(),
                                t.status().name(),
                                t.afdeling(),
                                null,
                                t.ontvangenOp(),
                                "/zaken/" + t.id().waarde()));
            case MELDING ->
                resultaat(
                        q,
                        getoond,
                        aantallen,
                        meldinguitkomst,
                        afgeschermd,
                        t -> new Treffer(
                                Soort.MELDING,
                                t.id().waarde().toString(),
                                t.referentie(),
                                t.status().name(),
                                t.sector(),
                                t.zorgaanbiederOmschrijving(),
                                t.ontvangenOp(),
                                "/meldingen/" + t.id().waarde()));
            case ZORGAANBIEDER -> {
                int van = (int) Math.min(aanbieders.size(), (long) (pagina - 1) * grootte);
                List<Treffer> treffers = aanbieders.subList(van, Math.min(aanbieders.size(), van + grootte)).stream()
                        .map(a -> new Treffer(
                                Soort.ZORGAANBIEDER,
                                a.id().waarde().toString(),
                                a.naam(),
                                null,
                                null,
                                a.hoofdlocatie() == null
                                        ? null
                                        : a.hoofdlocatie().plaats(),
                                null,
                                "/zorgaanbieders/" + a.id().waarde()))
                        .toList();
                yield new Zoekresultaat(
                        term.tekst(),
                        getoond,
                        aantallen,
                        Pagina.genummerd(treffers, pagina, grootte, aanbieders.size()),
                        Map.of(),
                        Map.of(),
                        Map.of(),
                        afgeschermd);
            }
        };
    }

    /** The register by name (typo-tolerant) or KvK number; a case or notification number is not a name. */
    private List<ZorgaanbiederSamenvatting> zorgaanbieders(Zoekterm term) {
        if (term.isReferentie() && !(term.letter() == null && KvkNummer.isGeldig(term.tekst()))) {
            return List.of();
        }
        return register.zoek(term.tekst(), ZORGAANBIEDERS_MAX);
    }

    private static <T> Zoekresultaat resultaat(
            @Nullable String q,
            Soort soort,
            Map<Soort, Long> aantallen,
            @Nullable Zoekuitkomst<T> gevonden,
            boolean afgeschermd,
            java.util.function.Function<T, Treffer> alsTreffer) {
        Zoekuitkomst<T> uitkomst = java.util.Objects.requireNonNull(gevonden, "searched in full above");
        Pagina<T> pagina = uitkomst.pagina();
        return new Zoekresultaat(
                q == null ? "" : q.strip(),
                soort,
                aantallen,
                new Pagina<>(
                        pagina.items().stream().map(alsTreffer).toList(),
                        pagina.vorige(),
                        pagina.volgende(),
                        pagina.totaal()),
                uitkomst.statussen(),
                uitkomst.afdelingen(),
                uitkomst.jaren(),
                afgeschermd || uitkomst.afgeschermd());
    }

    private static <E extends Enum<E>> E waarde(Class<E> soort, String tekst, String veld) {
        try {
            return Enum.valueOf(soort, tekst.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw Weigering.opVeld(veld, "zoeken." + veld, tekst.strip());
        }
    }
}
