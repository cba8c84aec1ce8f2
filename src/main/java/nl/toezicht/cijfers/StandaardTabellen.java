package nl.toezicht.cijfers;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.toezicht.kern.Zorgsector;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The six tables of the annual report ("Cijfers 2021"), with the report's rows and rule sets: the notification
 * tables rounded to tens with {@code <5} and nothing else hidden, the youth table exact, the deaths table
 * without Jeugd (youth deaths are in the youth table), the production table with the manual figures.
 */
@Configuration(proxyBeanMethods = false)
class StandaardTabellen {

    record Definitie(
            String id,
            int volgorde,
            String titel,
            String kortetitel,
            Indeling indeling,
            List<Kolom> kolommen,
            List<Zorgsector> sectoren,
            boolean metTotaal,
            Map<Grootheid, List<Grootheid>> sommen,
            Map<Grootheid, String> nietInToezicht,
            List<String> toelichting,
            Regelset regelset,
            Set<Grootheid> handmatig)
            implements Tabeldefinitie {

        Definitie {
            if (kortetitel.length() > 31 || kortetitel.matches(".*[\\[\\]:*?/\\\\].*")) {
                throw new IllegalArgumentException("not a spreadsheet tab name: " + kortetitel);
            }
        }

        Definitie(String id, int volgorde, String titel, String kortetitel, List<Kolom> kolommen) {
            this(
                    id,
                    volgorde,
                    titel,
                    kortetitel,
                    Indeling.SECTOREN,
                    kolommen,
                    List.of(Zorgsector.values()),
                    true,
                    Map.of(),
                    Map.of(),
                    List.of(),
                    Regelset.AFGEROND,
                    Set.of());
        }

        Definitie met(Regelset andere) {
            return new Definitie(
                    id,
                    volgorde,
                    titel,
                    kortetitel,
                    indeling,
                    kolommen,
                    sectoren,
                    metTotaal,
                    sommen,
                    nietInToezicht,
                    toelichting,
                    andere,
                    handmatig);
        }

        Definitie met(List<Zorgsector> rijen) {
            return new Definitie(
                    id,
                    volgorde,
                    titel,
                    kortetitel,
                    indeling,
                    kolommen,
                    rijen,
                    metTotaal,
                    sommen,
                    nietInToezicht,
                    toelichting,
                    regelset,
                    handmatig);
        }
    }

    @Bean
    Tabeldefinitie ontvangenMeldingen() {
        return new Definitie(
                "ontvangen-meldingen",
                10,
                "Ontvangen meldingen per zorgsector",
                "Ontvangen meldingen",
                List.of(
                        Kolom.van("Ontvangen", Grootheid.ONTVANGEN),
                        Kolom.waarvan("Waarvan calamiteit", Grootheid.ONTVANGEN_CALAMITEIT, Grootheid.ONTVANGEN),
                        Kolom.waarvan(
                                "Waarvan ontslag wegens disfunctioneren",
                                Grootheid.ONTVANGEN_ONTSLAG,
                                Grootheid.ONTVANGEN)));
    }

    @Bean
    Tabeldefinitie afgeslotenMeldingen() {
        return new Definitie(
                "afgesloten-meldingen",
                20,
                "Afgesloten meldingen per zorgsector",
                "Afgesloten meldingen",
                List.of(
                        Kolom.van("Afgesloten", Grootheid.GESLOTEN),
                        Kolom.waarvan("Waarvan calamiteit", Grootheid.GESLOTEN_CALAMITEIT, Grootheid.GESLOTEN),
                        Kolom.waarvan(
                                "Waarvan ontslag wegens disfunctioneren",
                                Grootheid.GESLOTEN_ONTSLAG,
                                Grootheid.GESLOTEN)));
    }

    @Bean
    Tabeldefinitie overlijden() {
        // eleven sectors, the total over those: the report prints youth deaths in the youth table
        return new Definitie(
                        "overlijden",
                        30,
                        "Meldingen over overlijden/suïcide per zorgsector",
                        "Overlijden en suïcide",
                        List.of(
                                Kolom.van("Is overleden", Grootheid.OVERLEDEN),
                                Kolom.waarvan("Waarvan suïcide", Grootheid.SUICIDE, Grootheid.OVERLEDEN)))
                .met(Arrays.stream(Zorgsector.values())
                        .filter(s -> s != Zorgsector.JEUGD)
                        .toList());
    }

    @Bean
    Tabeldefinitie seksueelGrensoverschrijdendGedrag() {
        return new Definitie(
                "seksueel-grensoverschrijdend-gedrag",
                40,
                "Meldingen (vermoeden van) seksueel grensoverschrijdend gedrag per zorgsector",
                "Grensoverschrijdend gedrag",
                Tabeldefinitie.Indeling.SECTOREN,
                List.of(
                        Kolom.van("Totaal aantal", Grootheid.SGG),
                        Kolom.waarvan("Waarvan met hulpverlener betrokken", Grootheid.SGG_PROFESSIONAL, Grootheid.SGG),
                        Kolom.waarvan(
                                "Waarvan binnen de relatie patiënt-patiënt",
                                Grootheid.SGG_TUSSEN_CLIENTEN,
                                Grootheid.SGG),
                        Kolom.waarvan("Overige", Grootheid.SGG_OVERIG, Grootheid.SGG)),
                List.of(Zorgsector.values()),
                true,
                Map.of(
                        Grootheid.SGG,
                        List.of(Grootheid.SGG_PROFESSIONAL, Grootheid.SGG_TUSSEN_CLIENTEN, Grootheid.SGG_OVERIG)),
                Map.of(),
                List.of(),
                Regelset.AFGEROND,
                Set.of());
    }

    @Bean
    Tabeldefinitie jeugd() {
        return new Definitie(
                "jeugd-suicide",
                50,
                "Jeugd: meldingen over suïcides en suïcidepogingen van jeugdigen",
                "Suïcide jeugdigen",
                Tabeldefinitie.Indeling.SECTOREN,
                List.of(
                        Kolom.van("Suïcides", Grootheid.SUICIDE),
                        Kolom.van("Suïcidepogingen", Grootheid.SUICIDEPOGING),
                        Kolom.waarvan(
                                "Suïcides in een gesloten jeugdhulpinstelling",
                                Grootheid.SUICIDE_GESLOTEN_INSTELLING,
                                Grootheid.SUICIDE)),
                List.of(Zorgsector.JEUGD),
                false,
                Map.of(),
                Map.of(),
                List.of("Meldingen bij de afdeling Jeugd."),
                Regelset.EXACT,
                Set.of());
    }

    @Bean
    Tabeldefinitie productie() {
        return new Definitie(
                "productie",
                60,
                "Overige productie-indicatoren",
                "Productie-indicatoren",
                Tabeldefinitie.Indeling.JAREN,
                List.of(
                        Kolom.van("Ontvangen telefoongesprekken Frontoffice", Grootheid.TELEFOONGESPREKKEN),
                        Kolom.van("Verwerkte e-mails Meldpunt", Grootheid.EMAILS),
                        Kolom.van("Ontvangen meldingen", Grootheid.ONTVANGEN),
                        Kolom.van("Afgesloten meldingen", Grootheid.GESLOTEN),
                        Kolom.van("Geaggregeerde rapporten en overige publicaties", Grootheid.PUBLICATIES),
                        Kolom.van("Uitgebrachte nieuwsberichten", Grootheid.NIEUWSBERICHTEN),
                        Kolom.van("Beantwoorde persvragen", Grootheid.PERSVRAGEN),
                        Kolom.van("Beantwoorde Kamervragen", Grootheid.KAMERVRAGEN),
                        Kolom.van("Klachten over de inspectie", Grootheid.KLACHTEN_OVER_INSPECTIE)),
                List.of(),
                false,
                Map.of(),
                Map.of(
                        Grootheid.TELEFOONGESPREKKEN,
                        "de telefooncentrale telt de gesprekken; Toezicht registreert alleen de meldingen die eruit"
                                + " voortkomen.",
                        Grootheid.EMAILS,
                        "het postsysteem van het Meldpunt telt de e-mails; Toezicht registreert alleen de meldingen"
                                + " die eruit voortkomen.",
                        Grootheid.KLACHTEN_OVER_INSPECTIE,
                        "klachten over de inspectie worden (nog) niet in Toezicht geregistreerd.",
                        Grootheid.PUBLICATIES,
                        "publicaties staan op de website van de inspectie, niet in Toezicht.",
                        Grootheid.NIEUWSBERICHTEN,
                        "nieuwsberichten staan op de website van de inspectie, niet in Toezicht.",
                        Grootheid.PERSVRAGEN,
                        "persvragen worden door Communicatie bijgehouden, niet in Toezicht.",
                        Grootheid.KAMERVRAGEN,
                        "Kamervragen worden door de Bestuursondersteuning bijgehouden, niet in Toezicht."),
                List.of(),
                Regelset.AFGEROND,
                // every row of the printed table can be entered by hand: the report's own figure where it
                // differs from the count (15.280 closed in 2021) then fails the consistency check
                Set.of(
                        Grootheid.TELEFOONGESPREKKEN,
                        Grootheid.EMAILS,
                        Grootheid.ONTVANGEN,
                        Grootheid.GESLOTEN,
                        Grootheid.KLACHTEN_OVER_INSPECTIE,
                        Grootheid.PUBLICATIES,
                        Grootheid.NIEUWSBERICHTEN,
                        Grootheid.PERSVRAGEN,
                        Grootheid.KAMERVRAGEN));
    }

    /**
     * "Realisatie productie", the supervision part (issue 14): activities and reports, counted by module inspecties
     * ({@code inspecties.Productiecijfers}). Printed exactly in the report (2,376 visits, not 2,380), so its own
     * table under the exact rule set beside the rounded notification figures of {@link #productie()}; the visits
     * are the sum of their three kinds (the printed 2019 column is not: 835 + 693 + 1,044 = 2,572 against 2,575).
     */
    @Bean
    Tabeldefinitie toezichtproductie() {
        return new Definitie(
                "toezichtproductie",
                55,
                "Realisatie productie",
                "Realisatie productie",
                Tabeldefinitie.Indeling.JAREN,
                List.of(
                        Kolom.van("Externe bezoeken", Grootheid.BEZOEKEN),
                        Kolom.waarvan("Waarvan aangekondigd", Grootheid.BEZOEKEN_AANGEKONDIGD, Grootheid.BEZOEKEN),
                        Kolom.waarvan("Waarvan onaangekondigd", Grootheid.BEZOEKEN_ONAANGEKONDIGD, Grootheid.BEZOEKEN),
                        Kolom.waarvan(
                                "Waarvan met onaangekondigde elementen",
                                Grootheid.BEZOEKEN_DEELS_ONAANGEKONDIGD,
                                Grootheid.BEZOEKEN),
                        Kolom.van("Bureauonderzoeken", Grootheid.BUREAUONDERZOEKEN),
                        Kolom.van("Oordeelsvormende gesprekken op kantoor", Grootheid.OORDEELSGESPREKKEN),
                        Kolom.van("Bestuurlijke gesprekken", Grootheid.BESTUURLIJKE_GESPREKKEN),
                        Kolom.van(
                                "Gesprekken met de ondertoezichtstaande organisatie",
                                Grootheid.GESPREKKEN_ONDERTOEZICHTSTAANDE),
                        Kolom.van("Gesprekken met burgers", Grootheid.GESPREKKEN_BURGERS),
                        Kolom.van("Gesprekken met overige betrokkenen", Grootheid.GESPREKKEN_BETROKKENEN),
                        Kolom.van("Digitale toezichtgesprekken", Grootheid.DIGITALE_TOEZICHTGESPREKKEN),
                        Kolom.van("Geschreven rapporten", Grootheid.RAPPORTEN),
                        // "toezicht met effect": the activities whose intended effect was judged, by outcome
                        Kolom.van("Toezicht met beoordeeld effect", Grootheid.EFFECT_BEOORDEELD),
                        Kolom.waarvan(
                                "Waarvan beoogd effect bereikt", Grootheid.EFFECT_BEREIKT, Grootheid.EFFECT_BEOORDEELD),
                        Kolom.waarvan(
                                "Waarvan deels bereikt", Grootheid.EFFECT_DEELS_BEREIKT, Grootheid.EFFECT_BEOORDEELD),
                        Kolom.waarvan(
                                "Waarvan niet bereikt", Grootheid.EFFECT_NIET_BEREIKT, Grootheid.EFFECT_BEOORDEELD)),
                List.of(),
                false,
                Map.of(
                        Grootheid.BEZOEKEN,
                        List.of(
                                Grootheid.BEZOEKEN_AANGEKONDIGD,
                                Grootheid.BEZOEKEN_ONAANGEKONDIGD,
                                Grootheid.BEZOEKEN_DEELS_ONAANGEKONDIGD),
                        Grootheid.EFFECT_BEOORDEELD,
                        List.of(
                                Grootheid.EFFECT_BEREIKT,
                                Grootheid.EFFECT_DEELS_BEREIKT,
                                Grootheid.EFFECT_NIET_BEREIKT)),
                Map.of(),
                List.of(
                        "Toezichtactiviteiten geteld naar hun eerste dag, zodra ze zijn uitgevoerd (niet gepland of"
                                + " geannuleerd); rapporten naar de dag waarop ze definitief zijn vastgesteld. Rapporten die"
                                + " buiten een toezichtactiviteit worden geschreven, staan niet in Toezicht.",
                        "Toezicht met effect: activiteiten waarvan het team bij de start het beoogde effect vastlegde"
                                + " en na afloop beoordeelde of het bereikt is, geteld naar de dag van dat oordeel."),
                Regelset.EXACT,
                Set.of());
    }
}
