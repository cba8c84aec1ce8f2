package nl.toezicht.demo;

import nl.toezicht.kern.Zorgsector;

/**
 * The published 2021 figures of one sector (jaarbericht 2021, "Cijfers 2021", rounded to tens; "&lt;5" taken
 * as 2), from which the generator derives its proportions: received notifications, of which calamities and
 * dismissals, deaths and suicides, sexual misconduct by kind. Counts over the whole year, all sectors:
 * 15,460 received, 1,770 calamities, 230 dismissals, 1,120 deaths, 370 sexual misconduct.
 */
record Sectorcijfers(
        Zorgsector sector,
        int ontvangen,
        int calamiteiten,
        int ontslagen,
        int overleden,
        int suicide,
        int sggProfessional,
        int sggTussenClienten,
        int sggOverig,
        int aanbiedersGewicht) {

    static final Sectorcijfers[] ALLE = {
        new Sectorcijfers(Zorgsector.JEUGD, 540, 100, 0, 15, 13, 40, 60, 40, 14),
        new Sectorcijfers(Zorgsector.FARMACEUTISCHE_PRODUCTEN, 2870, 2, 0, 10, 0, 0, 0, 0, 8),
        new Sectorcijfers(Zorgsector.GGZ, 470, 70, 40, 100, 70, 40, 20, 2, 12),
        new Sectorcijfers(Zorgsector.MEDISCHE_TECHNOLOGIE, 7450, 2, 0, 90, 0, 0, 0, 0, 5),
        new Sectorcijfers(Zorgsector.VERZORGING_EN_VERPLEGING, 1050, 360, 90, 300, 10, 20, 10, 0, 20),
        new Sectorcijfers(Zorgsector.EERSTELIJNSZORG, 1060, 300, 20, 220, 10, 20, 0, 0, 22),
        new Sectorcijfers(Zorgsector.ZORG_VOOR_ASIELZOEKERS_EN_JUSTITIABELEN, 70, 20, 2, 40, 20, 2, 0, 2, 2),
        new Sectorcijfers(Zorgsector.GEHANDICAPTENZORG, 520, 100, 60, 40, 10, 50, 60, 2, 9),
        new Sectorcijfers(Zorgsector.MEDISCH_SPECIALISTISCHE_ZORG, 1160, 810, 30, 320, 2, 10, 2, 2, 5),
        new Sectorcijfers(Zorgsector.NETWERKZORG, 20, 0, 0, 0, 0, 2, 0, 0, 2),
        new Sectorcijfers(Zorgsector.PREVENTIE, 220, 10, 2, 2, 2, 0, 0, 0, 2),
        new Sectorcijfers(Zorgsector.SECTOROVERSTIJGEND, 30, 2, 0, 0, 0, 0, 0, 0, 1)
    };

    static Sectorcijfers van(Zorgsector sector) {
        return ALLE[sector.ordinal()];
    }

    double kansCalamiteit() {
        return (double) calamiteiten / ontvangen;
    }

    double kansOntslag() {
        return (double) ontslagen / ontvangen;
    }

    /** Most deaths come in as calamities; the rest are spread over the other notifications. */
    double kansOverledenBijCalamiteit() {
        return calamiteiten == 0 ? 0 : Math.min(0.6, 0.7 * overleden / calamiteiten);
    }

    double kansOverledenAnders() {
        double viaCalamiteiten = kansOverledenBijCalamiteit() * calamiteiten;
        return Math.max(0, (overleden - viaCalamiteiten) / (ontvangen - calamiteiten));
    }

    double kansSuicideBijOverlijden() {
        return overleden == 0 ? 0 : (double) suicide / overleden;
    }

    int sgg() {
        return sggProfessional + sggTussenClienten + sggOverig;
    }

    double kansSgg() {
        return (double) sgg() / ontvangen;
    }
}
