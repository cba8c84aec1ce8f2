package nl.toezicht.cijfers;

import java.util.List;
import java.util.Map;
import nl.toezicht.kern.Zorgsector;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The six tables of the annual report ("Cijfers 2021") that Toezicht computes from its own data. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(Openbaarmakingsregels.class)
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
            List<String> toelichting)
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
                    List.of());
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
        return new Definitie(
                "overlijden",
                30,
                "Meldingen over overlijden/suïcide per zorgsector",
                "Overlijden en suïcide",
                List.of(
                        Kolom.van("Is overleden", Grootheid.OVERLEDEN),
                        Kolom.waarvan("Waarvan suïcide", Grootheid.SUICIDE, Grootheid.OVERLEDEN)));
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
                List.of());
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
                List.of("Meldingen bij de afdeling Jeugd."));
    }

    @Bean
    Tabeldefinitie productie() {
        return new Definitie(
                "productie",
                60,
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
                        Kolom.van("Ontvangen telefoongesprekken Frontoffice", Grootheid.TELEFOONGESPREKKEN),
                        Kolom.van("Waarvan als melding geregistreerd", Grootheid.PER_TELEFOON),
                        Kolom.van("Verwerkte e-mails Meldpunt", Grootheid.EMAILS),
                        Kolom.van("Waarvan als melding geregistreerd", Grootheid.PER_EMAIL),
                        Kolom.van("Ontvangen meldingen", Grootheid.ONTVANGEN),
                        Kolom.van("Afgesloten meldingen", Grootheid.GESLOTEN),
                        Kolom.van("Klachten over de inspectie", Grootheid.KLACHTEN_OVER_INSPECTIE)),
                List.of(),
                false,
                Map.of(
                        Grootheid.BEZOEKEN,
                        List.of(
                                Grootheid.BEZOEKEN_AANGEKONDIGD,
                                Grootheid.BEZOEKEN_ONAANGEKONDIGD,
                                Grootheid.BEZOEKEN_DEELS_ONAANGEKONDIGD)),
                Map.of(
                        Grootheid.TELEFOONGESPREKKEN,
                        "Toezicht registreert alleen gesprekken die tot een melding leiden (de regel eronder); het"
                                + " totaal aantal gesprekken staat in de telefooncentrale.",
                        Grootheid.EMAILS,
                        "Toezicht registreert alleen e-mails die tot een melding leiden (de regel eronder); het"
                                + " totaal aantal e-mails staat in het postsysteem van het Meldpunt.",
                        Grootheid.KLACHTEN_OVER_INSPECTIE,
                        "klachten over de inspectie worden (nog) niet in Toezicht geregistreerd."),
                List.of("Toezichtactiviteiten geteld naar hun eerste dag, zodra ze zijn uitgevoerd (niet gepland of"
                        + " geannuleerd); rapporten naar de dag waarop ze definitief zijn vastgesteld. Rapporten die"
                        + " buiten een toezichtactiviteit worden geschreven, staan niet in Toezicht."));
    }
}
