package nl.toezicht.zaken;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import nl.toezicht.documenten.Brieven;
import nl.toezicht.documenten.Document;
import nl.toezicht.documenten.DocumentRechten;
import nl.toezicht.documenten.Documenten;
import nl.toezicht.documenten.Dossierweergave;
import nl.toezicht.kern.Tijdzone;
import nl.toezicht.kern.Weigering;
import nl.toezicht.meldingen.MeldingSamenvatting;
import nl.toezicht.meldingen.Meldingen;
import nl.toezicht.meldingen.Meldingsoort;
import nl.toezicht.register.Register;
import nl.toezicht.register.ZorgaanbiederSamenvatting;
import nl.toezicht.termijnen.KlokStand;
import nl.toezicht.termijnen.Klokstatus;
import nl.toezicht.termijnen.Termijnsoort;
import nl.toezicht.toegang.Medewerker;
import nl.toezicht.toegang.Toegangsbeleid;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A case's letters: which can be made now, what goes in them (the case's reference, the outcome, the
 * deadline of its clock, the inspector's free text), and filing the rendered PDF in the case's dossier.
 * The rendering itself is documenten's one mechanism ({@link Brieven}); this class only fills it in.
 */
@Service
public class Zaakbrieven {

    /** The inspector's free text at most, in characters. */
    static final int MAX_TEKST = 5000;

    private static final Locale NEDERLANDS = Locale.forLanguageTag("nl-NL");
    private static final DateTimeFormatter DATUM = DateTimeFormatter.ofPattern("d MMMM yyyy", NEDERLANDS);

    private final Zaakbehandeling behandeling;
    private final Brieven brieven;
    private final Documenten documenten;
    private final Meldingen meldingen;
    private final Register register;
    private final Toegangsbeleid toegang;
    private final nl.toezicht.termijnen.Termijnen termijnen;
    private final MessageSource berichten;

    Zaakbrieven(
            Zaakbehandeling behandeling,
            Brieven brieven,
            Documenten documenten,
            Meldingen meldingen,
            Register register,
            Toegangsbeleid toegang,
            nl.toezicht.termijnen.Termijnen termijnen,
            MessageSource berichten) {
        this.behandeling = behandeling;
        this.brieven = brieven;
        this.documenten = documenten;
        this.meldingen = meldingen;
        this.register = register;
        this.toegang = toegang;
        this.termijnen = termijnen;
        this.berichten = berichten;
    }

    /** A letter filled in for a case, not yet filed: the template and its data. */
    public record Concept(
            ZaakId zaak, String referentie, Zaakbrief brief, String tekst, Map<String, Object> gegevens) {}

    /**
     * The case's documents and letters for its page, with the letters it can have now; null when the
     * user's role may not read documents.
     */
    public @Nullable Dossierweergave dossier(Zaak zaak) {
        List<Dossierweergave.Briefkeuze> keuzes = mogelijk(zaak).stream()
                .map(b -> new Dossierweergave.Briefkeuze(
                        b.berichtSleutel(), "/zaken/" + zaak.id().waarde() + "/brieven/" + b.code()))
                .toList();
        return documenten.weergave(ZaakDossiers.van(zaak.id()), keuzes).orElse(null);
    }

    /** The letters this case can have now: a closing letter once closed, the request while its clock runs. */
    public List<Zaakbrief> mogelijk(Zaak zaak) {
        List<Zaakbrief> mogelijk = new ArrayList<>();
        mogelijk.add(Zaakbrief.ONTVANGSTBEVESTIGING);
        if (zaak.status() == Zaakstatus.GESLOTEN
                && zaak.sluitreden() != null
                && zaak.sluitreden().isHandmatig()) {
            mogelijk.add(Zaakbrief.SLUITBRIEF);
        }
        if (zaak.soort() == Meldingsoort.CALAMITEIT
                && zaak.zorgaanbieder() != null
                && onderzoeksrapportKlok(zaak).isPresent()) {
            mogelijk.add(Zaakbrief.VERZOEK_ONDERZOEKSRAPPORT);
        }
        return mogelijk;
    }

    /**
     * The letter for this case with the inspector's free text (null: the letter's default), after reading
     * the case (need-to-know, logged).
     *
     * @throws Weigering when this letter cannot be made for the case now, or the text is too long
     */
    @Transactional(readOnly = true)
    public Concept concept(ZaakId id, Zaakbrief brief, @Nullable String tekst) {
        toegang.eis(DocumentRechten.OPSTELLEN);
        Zaak zaak = behandeling.zaak(id);
        if (!mogelijk(zaak).contains(brief)) {
            throw new Weigering("zaakbrief.niet-mogelijk");
        }
        String vrij = tekst == null ? "" : tekst.strip();
        if (vrij.length() > MAX_TEKST) {
            throw Weigering.opVeld("tekst", "zaakbrief.tekst.te-lang", String.valueOf(MAX_TEKST));
        }
        return new Concept(id, zaak.referentie(), brief, vrij, gegevens(zaak, brief, vrij));
    }

    /** The letter as it will be filed. */
    public byte[] pdf(Concept concept) {
        return brieven.pdf(concept.brief().sjabloon(), concept.gegevens(), NEDERLANDS);
    }

    /** The letter's pages as PNG images, for the preview. */
    public List<byte[]> voorbeeld(Concept concept) {
        return brieven.paginas(pdf(concept));
    }

    /** Renders the letter and files it as a document of the case; its SHA-256 is kept with it. */
    @Transactional
    public Document archiveer(ZaakId id, Zaakbrief brief, @Nullable String tekst) {
        Concept concept = concept(id, brief, tekst);
        byte[] pdf = pdf(concept);
        String titel = berichten.getMessage(brief.berichtSleutel(), null, NEDERLANDS);
        return documenten.archiveer(
                ZaakDossiers.van(id), titel, brief.code(), brief.code() + "-" + concept.referentie() + ".pdf", pdf);
    }

    private Map<String, Object> gegevens(Zaak zaak, Zaakbrief brief, String tekst) {
        Map<String, Object> g = new HashMap<>();
        List<MeldingSamenvatting> gemeld = meldingen.vind(zaak.meldingen());
        Optional<ZorgaanbiederSamenvatting> aanbieder =
                zaak.zorgaanbieder() == null ? Optional.empty() : register.vind(zaak.zorgaanbieder());
        g.put("afdeling", bericht(zaak.afdeling().berichtSleutel()));
        g.put("kenmerk", zaak.referentie());
        g.put("datum", DATUM.format(termijnen.vandaag()));
        g.put("betreft", bericht("zaakbrief." + brief.code() + ".betreft"));
        g.put("alineas", alineas(tekst));
        Medewerker ik = toegang.ik();
        g.put(
                "ondertekenaar",
                Map.of("naam", ik.naam(), "functie", bericht("rol." + ik.rol().name())));
        if (brief.isAanZorgaanbieder()) {
            List<String> adres = new ArrayList<>();
            aanbieder.ifPresent(a -> {
                adres.add(a.naam());
                adres.add(bericht("zaakbrief.aan-bestuur"));
                ZorgaanbiederSamenvatting.LocatieSamenvatting locatie = a.hoofdlocatie();
                if (locatie != null) {
                    adres.add(locatie.adres());
                    adres.add(locatie.postcode() + "  " + locatie.plaats());
                }
            });
            g.put("geadresseerde", adres);
            g.put("aanhef", bericht("zaakbrief.aanhef.zorgaanbieder"));
            g.put("uwKenmerk", null);
            onderzoeksrapportKlok(zaak).ifPresent(k -> g.put("uiterlijk", DATUM.format(k.uiterlijk())));
        } else {
            String melding = gemeld.isEmpty() ? "" : gemeld.get(0).referentie();
            g.put("geadresseerde", List.of(bericht("zaakbrief.aan-melder"), bericht("zaakbrief.melding", melding)));
            g.put("aanhef", bericht("zaakbrief.aanhef.melder"));
            g.put("uwKenmerk", melding.isEmpty() ? null : melding);
        }
        LocalDate ontvangen = zaak.ontvangenOp().atZone(Tijdzone.NEDERLAND).toLocalDate();
        g.put("ontvangen", DATUM.format(ontvangen));
        if (zaak.sluitreden() != null) {
            g.put("uitkomst", bericht("zaakbrief.uitkomst." + zaak.sluitreden().name()));
        }
        return g;
    }

    /** Paragraphs are separated by an empty line; single line breaks within one are kept as spaces. */
    static List<String> alineas(String tekst) {
        List<String> alineas = new ArrayList<>();
        for (String alinea : tekst.split("\\R\\s*\\R")) {
            String schoon = alinea.strip().replaceAll("\\s*\\R\\s*", " ");
            if (!schoon.isEmpty()) {
                alineas.add(schoon);
            }
        }
        return alineas;
    }

    private Optional<KlokStand> onderzoeksrapportKlok(Zaak zaak) {
        return behandeling.klokgeschiedenis(zaak).stream()
                .map(Zaakbehandeling.Klokgeschiedenis::klok)
                .filter(k -> k.soort().equals(Termijnsoort.ONDERZOEKSRAPPORT_ZORGAANBIEDER.name()))
                .filter(k -> k.status() != Klokstatus.GESTOPT)
                .reduce((eerste, laatste) -> laatste);
    }

    private String bericht(String sleutel, Object... argumenten) {
        return berichten.getMessage(sleutel, argumenten, NEDERLANDS);
    }
}
