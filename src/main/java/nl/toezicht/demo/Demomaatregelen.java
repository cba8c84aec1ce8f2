package nl.toezicht.demo;

import static nl.toezicht.handhaving.Maatregelstap.AFRONDEN;
import static nl.toezicht.handhaving.Maatregelstap.BESLUIT_VERZENDEN;
import static nl.toezicht.handhaving.Maatregelstap.BETALING_VASTLEGGEN;
import static nl.toezicht.handhaving.Maatregelstap.INVORDERING_VERZENDEN;
import static nl.toezicht.handhaving.Maatregelstap.NALEVING_VASTSTELLEN;
import static nl.toezicht.handhaving.Maatregelstap.OPHEFFEN;
import static nl.toezicht.handhaving.Maatregelstap.OPSTELLEN;
import static nl.toezicht.handhaving.Maatregelstap.UITSPRAAK_VASTLEGGEN;
import static nl.toezicht.handhaving.Maatregelstap.VERBEURTE_VASTSTELLEN;
import static nl.toezicht.handhaving.Maatregelstap.VOORNEMEN_VERZENDEN;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.SplittableRandom;
import java.util.UUID;
import nl.toezicht.handhaving.Dwangsomeenheid;
import nl.toezicht.handhaving.Maatregel;
import nl.toezicht.handhaving.Maatregellader.Historie;
import nl.toezicht.handhaving.Maatregellader.Historischestap;
import nl.toezicht.handhaving.Maatregelsoort;
import nl.toezicht.handhaving.Maatregelstap;
import nl.toezicht.kern.Zorgsector;

/**
 * Past enforcement measures for the demo data, in the numbers of the annual report 2021 for 2019, 2020 and 2021,
 * laid on the three years before now (the oldest first), so that "Cijfers over maatregelen" shows them exactly:
 * given per year and running at its end, and the collection decisions of each year (some for penalties of the
 * year before, as in 2020: 317 collections against 66 new penalties).
 */
final class Demomaatregelen {

    /** Per kind, for the three years oldest first (2019, 2020, 2021 of the annual report). */
    static final int[] BOETES = {54, 22, 22};

    static final int[] WAARSCHUWINGEN = {56, 114, 68};
    static final int[] DWANGSOMMEN = {560, 66, 1070};
    static final int[] INVORDERINGEN = {305, 317, 420};
    static final int[] AANWIJZINGEN = {37, 21, 19};
    static final int[] AANWIJZINGEN_LOPEND = {21, 13, 12};
    static final int[] BEVELEN = {2, 1, 1};
    static final int[] BEVELEN_LOPEND = {1, 0, 0};
    static final int[] VERSCHERPT = {17, 12, 11};
    static final int[] VERSCHERPT_LOPEND = {11, 10, 11};
    static final int[] TUCHTKLACHTEN = {20, 16, 9};

    private static final Zorgsector[] SECTOREN = Zorgsector.values();

    private final SplittableRandom toeval;
    private final List<UUID> aanbieders;
    private final LocalDate vandaag;
    private final List<Historie> uit = new ArrayList<>();
    private int volgnummer;

    private Demomaatregelen(SplittableRandom toeval, List<UUID> aanbieders, LocalDate vandaag) {
        this.toeval = toeval;
        this.aanbieders = aanbieders;
        this.vandaag = vandaag;
    }

    /** The measures of the three years before {@code vandaag}'s year, for these providers. */
    static List<Historie> maak(SplittableRandom toeval, List<UUID> aanbieders, LocalDate vandaag) {
        Demomaatregelen d = new Demomaatregelen(toeval, aanbieders, vandaag);
        Deque<Integer> vorigeOnbetaald = new ArrayDeque<>();
        for (int i = 0; i < 3; i++) {
            int jaar = vandaag.getYear() - 3 + i;
            d.eenvoudig(Maatregelsoort.WAARSCHUWING, WAARSCHUWINGEN[i], 0, jaar);
            d.eenvoudig(Maatregelsoort.AANWIJZING, AANWIJZINGEN[i], AANWIJZINGEN_LOPEND[i], jaar);
            d.eenvoudig(Maatregelsoort.BEVEL, BEVELEN[i], BEVELEN_LOPEND[i], jaar);
            d.eenvoudig(Maatregelsoort.VERSCHERPT_TOEZICHT, VERSCHERPT[i], VERSCHERPT_LOPEND[i], jaar);
            d.eenvoudig(Maatregelsoort.TUCHTKLACHT, TUCHTKLACHTEN[i], 0, jaar);
            for (int n = 0; n < BOETES[i]; n++) {
                d.boete(jaar);
            }
            // collections of this year: first of this year's penalties, the rest of last year's not collected
            int eigen = Math.min(DWANGSOMMEN[i], INVORDERINGEN[i]);
            int overgenomen = INVORDERINGEN[i] - eigen;
            if (overgenomen > vorigeOnbetaald.size()) {
                throw new IllegalStateException("not enough penalties of the year before to collect");
            }
            for (int n = 0; n < overgenomen; n++) {
                d.dwangsom(jaar - 1, jaar);
                vorigeOnbetaald.pop();
            }
            Deque<Integer> nu = new ArrayDeque<>();
            for (int n = 0; n < DWANGSOMMEN[i]; n++) {
                if (n < eigen) {
                    d.dwangsom(jaar, jaar);
                } else {
                    nu.push(n);
                }
            }
            // this year's penalties not collected: complied, unless next year collects them
            int volgendJaar =
                    i < 2 ? Math.max(0, INVORDERINGEN[i + 1] - Math.min(DWANGSOMMEN[i + 1], INVORDERINGEN[i + 1])) : 0;
            for (int n = 0; n < nu.size() - volgendJaar; n++) {
                d.dwangsom(jaar, 0);
            }
            vorigeOnbetaald = new ArrayDeque<>();
            for (int n = 0; n < volgendJaar; n++) {
                vorigeOnbetaald.push(n);
            }
        }
        return d.uit;
    }

    private LocalDate dag(int jaar, int vanMaand, int totMaand) {
        LocalDate begin = LocalDate.of(jaar, vanMaand, 1);
        LocalDate eind = LocalDate.of(jaar, totMaand, 1).plusMonths(1);
        return begin.plusDays(toeval.nextLong(eind.toEpochDay() - begin.toEpochDay()));
    }

    /** A measure without money: decided in the year; the running ones end early next year (or still run). */
    private void eenvoudig(Maatregelsoort soort, int aantal, int lopend, int jaar) {
        for (int n = 0; n < aantal; n++) {
            LocalDate besluit = dag(jaar, 1, 10);
            List<Historischestap> stappen = new ArrayList<>();
            boolean voornemen = soort.kentVoornemen();
            stappen.add(stap(OPSTELLEN, besluit.minusDays(voornemen ? 28 : 3)));
            if (voornemen) {
                stappen.add(stap(VOORNEMEN_VERZENDEN, besluit.minusDays(21)));
            }
            stappen.add(stap(BESLUIT_VERZENDEN, besluit));
            LocalDate eind = n < lopend ? LocalDate.of(jaar + 1, 1, 15) : besluit.plusDays(30 + toeval.nextInt(30));
            if (!eind.isAfter(vandaag)) {
                switch (soort) {
                    case AANWIJZING -> {
                        stappen.add(stap(NALEVING_VASTSTELLEN, eind.minusDays(1)));
                        stappen.add(stap(OPHEFFEN, eind));
                    }
                    case BEVEL, VERSCHERPT_TOEZICHT -> stappen.add(stap(OPHEFFEN, eind));
                    case TUCHTKLACHT -> stappen.add(stap(UITSPRAAK_VASTLEGGEN, eind));
                    default -> {}
                }
            }
            uit.add(historie(soort, Maatregel.Geld.GEEN, stappen));
        }
    }

    private void boete(int jaar) {
        LocalDate besluit = dag(jaar, 2, 10);
        BigDecimal bedrag = BigDecimal.valueOf(500L * (4 + toeval.nextInt(120))).setScale(2);
        List<Historischestap> stappen = new ArrayList<>(List.of(
                stap(OPSTELLEN, besluit.minusDays(42)),
                stap(VOORNEMEN_VERZENDEN, besluit.minusDays(35)),
                stap(BESLUIT_VERZENDEN, besluit)));
        LocalDate betaald = besluit.plusDays(35);
        if (!betaald.isAfter(vandaag)) {
            stappen.add(new Historischestap(BETALING_VASTLEGGEN, betaald, bedrag));
            stappen.add(stap(AFRONDEN, betaald));
        }
        uit.add(historie(Maatregelsoort.BESTUURLIJKE_BOETE, new Maatregel.Geld(bedrag, null, null), stappen));
    }

    /**
     * An order under penalty decided in {@code jaar}: complied ({@code invordering} 0), or forfeited and
     * collected in {@code invordering} (the same year, or early the next, within the year of limitation).
     */
    private void dwangsom(int jaar, int invordering) {
        LocalDate besluit = dag(jaar, 3, 6);
        List<Historischestap> stappen = new ArrayList<>(List.of(
                stap(OPSTELLEN, besluit.minusDays(21)),
                stap(VOORNEMEN_VERZENDEN, besluit.minusDays(14)),
                stap(BESLUIT_VERZENDEN, besluit)));
        if (invordering == 0) {
            stappen.add(stap(NALEVING_VASTSTELLEN, besluit.plusDays(20)));
        } else {
            LocalDate verbeurd = besluit.plusDays(29);
            stappen.add(new Historischestap(VERBEURTE_VASTSTELLEN, verbeurd, BigDecimal.valueOf(5)));
            LocalDate wanneer = invordering == jaar ? verbeurd.plusDays(30) : dag(invordering, 1, 2);
            stappen.add(stap(INVORDERING_VERZENDEN, wanneer));
        }
        uit.add(historie(
                Maatregelsoort.LAST_ONDER_DWANGSOM,
                new Maatregel.Geld(new BigDecimal("500.00"), Dwangsomeenheid.PER_DAG, new BigDecimal("10000.00")),
                stappen));
    }

    private Historie historie(Maatregelsoort soort, Maatregel.Geld geld, List<Historischestap> stappen) {
        int n = volgnummer++;
        return new Historie(
                soort,
                SECTOREN[n % SECTOREN.length],
                aanbieders.get(toeval.nextInt(aanbieders.size())),
                "Demo: " + soort.name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ')
                        + " na vastgestelde tekortkomingen in de zorg.",
                geld,
                stappen);
    }

    private static Historischestap stap(Maatregelstap stap, LocalDate op) {
        return new Historischestap(stap, op, null);
    }
}
