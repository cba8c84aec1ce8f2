package nl.toezicht.demo;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import nl.toezicht.inspecties.Aankondiging;
import nl.toezicht.inspecties.Aanleiding;
import nl.toezicht.inspecties.Activiteitlader.Historischeactiviteit;
import nl.toezicht.inspecties.Activiteitlader.Historischebevinding;
import nl.toezicht.inspecties.Activiteitlader.Historischrapport;
import nl.toezicht.inspecties.Activiteitlader.Kaderkeuze;
import nl.toezicht.inspecties.Activiteitsoort;
import nl.toezicht.inspecties.Activiteitstatus;
import nl.toezicht.inspecties.Publicatielader;
import nl.toezicht.kern.Tijdzone;
import nl.toezicht.kern.Zorgsector;
import org.jspecify.annotations.Nullable;

/**
 * Past supervision activities for the demo data: in each of the three years before now, every kind in the
 * proportions of the annual report 2021 ("Realisatie productie": 1,415 announced visits, 201 unannounced, 760
 * with unannounced elements, 206 desk inspections, ...), divided by {@link #SCHAAL}; visits and desk inspections
 * end in a final report, conversations with their fieldwork done. A few cancelled ones each year and a few
 * planned in the coming weeks count nowhere. Findings on the norms of a published framework when there is one.
 * Of the final reports {@link #VRIJGEGEVEN_PER_VIJF} in five are released by their lead inspector some days after
 * the final date, so they are public (past the waiting period) in the public search; a few visits of this year
 * have a report made final days ago, some released and waiting for their public day, some not released yet.
 */
final class Demoactiviteiten {

    /** The annual report's 2021 figures are divided by this (rounded) for each demo year. */
    static final int SCHAAL = 25;

    /** 2021 per kind; a visit per announcement. */
    static final Map<Activiteitsoort, Integer> PER_SOORT_2021 = Map.of(
            Activiteitsoort.BUREAUONDERZOEK, 206,
            Activiteitsoort.OORDEELSGESPREK, 190,
            Activiteitsoort.BESTUURLIJK_GESPREK, 98,
            Activiteitsoort.GESPREK_ONDERTOEZICHTSTAANDE, 1_243,
            Activiteitsoort.GESPREK_BURGERS, 41,
            Activiteitsoort.GESPREK_BETROKKENEN, 383,
            Activiteitsoort.DIGITAAL_TOEZICHTGESPREK, 44);

    static final Map<Aankondiging, Integer> BEZOEKEN_2021 = Map.of(
            Aankondiging.AANGEKONDIGD, 1_415,
            Aankondiging.ONAANGEKONDIGD, 201,
            Aankondiging.DEELS_ONAANGEKONDIGD, 760);

    static final int GEANNULEERD_PER_JAAR = 3;
    static final int GEPLAND = 5;

    /** Of five final reports of past years this many are released (and so public by now). */
    static final int VRIJGEGEVEN_PER_VIJF = 4;

    /** Visits of this year whose report was made final days ago: the even ones released, the odd ones not yet. */
    static final int RECENT_DEFINITIEF = 4;

    /** What the demo writes: the activities, and the releases of final reports among them. */
    record Uitkomst(List<Historischeactiviteit> activiteiten, List<Publicatielader.Vrijgave> vrijgaven) {}

    static int aantal(int jaarcijfer) {
        return Math.max(1, Math.round(jaarcijfer / (float) SCHAAL));
    }

    private static final Zorgsector[] SECTOREN = Zorgsector.values();
    private static final ZoneId ZONE = Tijdzone.NEDERLAND;

    private final SplittableRandom toeval;
    private final SplittableRandom ids;
    private final List<DemoGenerator.Land.Aanbieder> aanbieders;
    private final Map<Zorgsector, List<DemoGenerator.Inspecteur>> inspecteurs;
    private final List<Kaderkeuze> kaders;
    private final List<Historischeactiviteit> uit = new ArrayList<>();
    private final List<Publicatielader.Vrijgave> vrijgaven = new ArrayList<>();

    private Demoactiviteiten(
            SplittableRandom toeval,
            SplittableRandom ids,
            List<DemoGenerator.Land.Aanbieder> aanbieders,
            Map<Zorgsector, List<DemoGenerator.Inspecteur>> inspecteurs,
            List<Kaderkeuze> kaders) {
        this.toeval = toeval;
        this.ids = ids;
        this.aanbieders = aanbieders;
        this.inspecteurs = inspecteurs;
        this.kaders = kaders;
    }

    /** {@code ids}: the run's id source (different per run on a shared database, as the generator's). */
    static Uitkomst maak(
            SplittableRandom toeval,
            SplittableRandom ids,
            List<DemoGenerator.Land.Aanbieder> aanbieders,
            Map<Zorgsector, List<DemoGenerator.Inspecteur>> inspecteurs,
            List<Kaderkeuze> kaders,
            LocalDate vandaag) {
        Demoactiviteiten d = new Demoactiviteiten(toeval, ids, aanbieders, inspecteurs, kaders);
        if (aanbieders.stream().noneMatch(a -> !a.locaties().isEmpty())) {
            return new Uitkomst(List.of(), List.of());
        }
        for (int jaar = vandaag.getYear() - 3; jaar < vandaag.getYear(); jaar++) {
            for (Activiteitsoort soort : Activiteitsoort.values()) {
                if (soort.isBezoek()) {
                    for (Aankondiging a : Aankondiging.values()) {
                        for (int i = 0; i < aantal(BEZOEKEN_2021.get(a)); i++) {
                            d.uitgevoerd(jaar, soort, a);
                        }
                    }
                } else {
                    for (int i = 0; i < aantal(PER_SOORT_2021.get(soort)); i++) {
                        d.uitgevoerd(jaar, soort, Aankondiging.AANGEKONDIGD);
                    }
                }
            }
            for (int i = 0; i < GEANNULEERD_PER_JAAR; i++) {
                LocalDate dag = LocalDate.of(jaar, 1, 1).plusDays(d.toeval.nextInt(300));
                d.voegToe(Activiteitsoort.BEZOEK, Aankondiging.AANGEKONDIGD, Activiteitstatus.GEANNULEERD, dag, false);
            }
        }
        for (int i = 0; i < GEPLAND; i++) {
            LocalDate dag = vandaag.plusDays(7 + d.toeval.nextInt(50));
            d.voegToe(Activiteitsoort.BEZOEK, Aankondiging.AANGEKONDIGD, Activiteitstatus.GEPLAND, dag, false);
        }
        for (int i = 0; i < RECENT_DEFINITIEF; i++) {
            // visited five to six weeks ago, final two to five days ago: inside the waiting period of two weeks
            LocalDate dag = vandaag.minusDays(35 + d.toeval.nextInt(7));
            LocalDate definitief = vandaag.minusDays(2 + i % 4);
            if (dag.getYear() != vandaag.getYear()) {
                continue; // early January: a visit of last year would change last year's figures
            }
            Historischeactiviteit a = d.voegToe(
                    Activiteitsoort.BEZOEK,
                    Aankondiging.AANGEKONDIGD,
                    Activiteitstatus.RAPPORT_DEFINITIEF,
                    dag,
                    definitief);
            if (i % 2 == 0) {
                d.vrijgaven.add(new Publicatielader.Vrijgave(
                        a.id(), a.leider(), a.rapport().definitiefOp().plusSeconds(3_600)));
            }
        }
        return new Uitkomst(d.uit, d.vrijgaven);
    }

    private void uitgevoerd(int jaar, Activiteitsoort soort, Aankondiging aankondiging) {
        // first day from January to mid-October, so a report made final some weeks later stays in its year
        LocalDate dag = LocalDate.of(jaar, 1, 2).plusDays(toeval.nextInt(285));
        boolean rapport = soort.isBezoek() || soort == Activiteitsoort.BUREAUONDERZOEK;
        Historischeactiviteit a = voegToe(
                soort,
                aankondiging,
                rapport ? Activiteitstatus.RAPPORT_DEFINITIEF : Activiteitstatus.VELDWERK_AFGEROND,
                dag,
                rapport);
        Historischrapport verslag = a.rapport();
        if (verslag != null && toeval.nextInt(5) < VRIJGEGEVEN_PER_VIJF) {
            // released one to five working days after the final date, public two weeks after it
            vrijgaven.add(new Publicatielader.Vrijgave(
                    a.id(), a.leider(), verslag.definitiefOp().plusSeconds(86_400L * (1 + toeval.nextInt(5)))));
        }
    }

    private Historischeactiviteit voegToe(
            Activiteitsoort soort, Aankondiging aankondiging, Activiteitstatus status, LocalDate dag, boolean rapport) {
        return voegToe(soort, aankondiging, status, dag, rapport ? BEREKEND : null);
    }

    /** {@code definitief}: the day its report was made final; {@link #BEREKEND} some weeks after the visit. */
    private Historischeactiviteit voegToe(
            Activiteitsoort soort,
            Aankondiging aankondiging,
            Activiteitstatus status,
            LocalDate dag,
            @Nullable LocalDate definitiefOp) {
        boolean rapport = definitiefOp != null;
        DemoGenerator.Land.Aanbieder aanbieder;
        do {
            aanbieder = aanbieders.get(toeval.nextInt(aanbieders.size()));
        } while (aanbieder.locaties().isEmpty());
        Zorgsector afdeling = SECTOREN[toeval.nextInt(SECTOREN.length)];
        List<DemoGenerator.Inspecteur> team = inspecteurs.getOrDefault(afdeling, List.of());
        String leider =
                team.isEmpty() ? "demo" : team.get(toeval.nextInt(team.size())).gebruikersnaam();
        String beoordelaar = team.size() < 2
                ? "demo-beoordelaar"
                : team.stream()
                        .map(DemoGenerator.Inspecteur::gebruikersnaam)
                        .filter(n -> !n.equals(leider))
                        .findFirst()
                        .orElseThrow();
        LocalDate eind = soort.isBezoek() && toeval.nextInt(4) == 0 ? dag.plusDays(1) : dag;
        Kaderkeuze kader = soort.isBezoek() || soort == Activiteitsoort.BUREAUONDERZOEK ? kader(afdeling) : null;
        List<Historischebevinding> bevindingen = new ArrayList<>();
        if (kader != null && status != Activiteitstatus.GEPLAND && status != Activiteitstatus.GEANNULEERD) {
            for (String norm : kader.normen()) {
                // mostly good: the best step half the time, then each worse step less often
                int stap = Math.min(kader.schaal().size() - 1, Integer.numberOfTrailingZeros(toeval.nextInt(16) | 16));
                bevindingen.add(new Historischebevinding(
                        norm, kader.schaal().get(stap), ONDERBOUWINGEN.get(toeval.nextInt(ONDERBOUWINGEN.size()))));
            }
        }
        String omschrijving = soort.isBezoek() ? "Risicogestuurd bezoek" : "Thematisch toezicht";
        Historischrapport verslag = null;
        if (rapport) {
            LocalDate definitief =
                    BEREKEND.equals(definitiefOp) ? eind.plusDays(21 + toeval.nextInt(30)) : definitiefOp;
            verslag = new Historischrapport(
                    "Dit rapport beschrijft de bevindingen van de inspectie.",
                    beoordelaar,
                    definitief.atTime(14, 0).atZone(ZONE).toInstant(),
                    pdf("Inspectierapport (demonstratiegegevens) " + dag));
        }
        Historischeactiviteit activiteit = new Historischeactiviteit(
                DemoGenerator.uuid(ids),
                null,
                soort,
                aankondiging,
                status,
                afdeling,
                toeval.nextBoolean() ? Aanleiding.THEMA : Aanleiding.PROGRAMMA,
                omschrijving,
                aanbieder.id(),
                soort.isBezoek() ? List.of(aanbieder.locaties().get(0)) : List.of(),
                kader == null ? null : kader.versie(),
                leider,
                dag,
                eind,
                bevindingen,
                verslag);
        uit.add(activiteit);
        return activiteit;
    }

    /** Marks "a report made final some weeks after the visit" (compared by identity). */
    private static final LocalDate BEREKEND = LocalDate.MIN;

    private @Nullable Kaderkeuze kader(Zorgsector afdeling) {
        for (Kaderkeuze k : kaders) {
            if (afdeling.equals(k.sector())) {
                return k;
            }
        }
        return kaders.stream().filter(k -> k.sector() == null).findFirst().orElse(null);
    }

    private static final List<String> ONDERBOUWINGEN = List.of(
            "Gesprekken met medewerkers en de dossiers bevestigen dit.",
            "De werkwijze is beschreven, maar niet overal toegepast.",
            "Uit de steekproef van dossiers blijkt dat dit niet consequent gebeurt.",
            "De zorgaanbieder heeft dit goed geregeld en evalueert het jaarlijks.");

    /** A one-page PDF with one line (ASCII), a stand-in for the rendered report of a demo activity. */
    static byte[] pdf(String regel) {
        String tekst = regel.replaceAll("[^ -~]", "-")
                .replace("\\", "")
                .replace("(", "")
                .replace(")", "");
        String inhoud = "BT /F1 14 Tf 72 770 Td (" + tekst + ") Tj ET";
        List<String> objecten = List.of(
                "<< /Type /Catalog /Pages 2 0 R >>",
                "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
                "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 4 0 R >> >>"
                        + " /Contents 5 0 R >>",
                "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
                "<< /Length " + inhoud.length() + " >>\nstream\n" + inhoud + "\nendstream");
        StringBuilder pdf = new StringBuilder("%PDF-1.4\n");
        List<Integer> posities = new ArrayList<>();
        for (int i = 0; i < objecten.size(); i++) {
            posities.add(pdf.length());
            pdf.append(i + 1).append(" 0 obj\n").append(objecten.get(i)).append("\nendobj\n");
        }
        int xref = pdf.length();
        pdf.append("xref\n0 ").append(objecten.size() + 1).append("\n0000000000 65535 f \n");
        for (int p : posities) {
            pdf.append(String.format("%010d 00000 n \n", p));
        }
        pdf.append("trailer\n<< /Size ")
                .append(objecten.size() + 1)
                .append(" /Root 1 0 R >>\nstartxref\n")
                .append(xref)
                .append("\n%%EOF\n");
        return pdf.toString().getBytes(StandardCharsets.US_ASCII);
    }
}
