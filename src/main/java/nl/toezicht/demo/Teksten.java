package nl.toezicht.demo;

import java.util.SplittableRandom;
import nl.toezicht.kern.Zorgsector;

/**
 * The words of the demo country: provider names from parts, street names, and notification descriptions
 * from templates, so that a screen full of demo data reads like real work rather than "Lorem ipsum".
 * Everything invented; any likeness to a real provider is the likeness of a common Dutch name.
 */
final class Teksten {

    private Teksten() {}

    private static final String[] EIGENNAMEN = {
        "De Linde", "Het Baken", "De Horst", "Zonnehuis", "De Wielewaal", "Het Anker", "De Zorgboog", "Rivierduinen",
        "De Meander", "Het Lichtpunt", "De Brug", "Vivence", "Careyn", "De Vijverhof", "Het Kompas", "De Waterlelie",
        "Sint Jozef", "Sint Franciscus", "De Eik", "Oosterlengte", "Het Dok", "De Parabool", "Zuiderhout",
                "Het Gasthuis",
        "De Hoge Veluwe", "Amaliahof", "De Rozenhof", "Het Palet", "De Stouwe", "Vredenburg", "De Kroonsteede",
                "Noorderbreedte"
    };

    private static final String[] ACHTERNAMEN = {
        "de Jong", "Jansen", "de Vries", "van den Berg", "van Dijk", "Bakker", "Janssen", "Visser", "Smit", "Meijer",
        "de Boer", "Mulder", "de Groot", "Bos", "Vos", "Peters", "Hendriks", "van Leeuwen", "Dekker", "Brouwer",
        "de Wit", "Dijkstra", "Smits", "de Graaf", "van der Meer", "van der Linden", "Kok", "Jacobs", "de Haan",
                "Vermeulen",
        "El Idrissi", "Yılmaz", "Öztürk", "Baldewsingh", "Ramdin", "Nguyen", "Kaya", "Bouzid"
    };

    private static final String[] VOORNAMEN = {
        "Anna", "Sophie", "Emma", "Fleur", "Sanne", "Lotte", "Noor", "Fatima", "Yasmina", "Mila", "Daan", "Sem",
                "Lucas",
        "Jesse", "Thomas", "Ahmed", "Mohamed", "Youssef", "Bram", "Ruben", "Kees", "Joke", "Wim", "Ria", "Henk", "Gerda"
    };

    private static final String[] STRATEN = {
        "Stationsstraat",
        "Kerkstraat",
        "Dorpsstraat",
        "Molenweg",
        "Julianalaan",
        "Wilhelminastraat",
        "Beatrixlaan",
        "Schoolstraat",
        "Nieuwstraat",
        "Parkweg",
        "Ziekenhuislaan",
        "Hoofdstraat",
        "Emmalaan",
        "Oranjestraat",
        "Prins Hendrikkade",
        "Lindelaan",
        "Eikenlaan",
        "Industrieweg",
        "Kastanjelaan",
        "Burgemeester de Withstraat",
        "Van Goghstraat",
        "Rembrandtlaan",
        "Zonnebloemstraat",
        "Marktplein",
        "Boerhaavelaan",
        "Dr. Schaepmanstraat"
    };

    private static final String[] LETTERS = {
        "AA", "AB", "AC", "AD", "AE", "AG", "AH", "AJ", "AK", "AL", "AM", "AN", "AP", "AR", "AT", "AV", "AW", "AX",
                "AZ",
        "BA", "BB", "BC", "BD", "BE", "BG", "BH", "BJ", "BK", "BL", "BM", "BN", "BP", "BR", "BS", "BT", "BV", "BW",
                "BX",
        "CA", "CB", "CC", "CD", "CE", "CG", "CH", "CJ", "CK", "CL", "CM", "CN", "CP", "CR", "CS", "CT", "CV", "CW",
                "CX",
        "DA", "DB", "DC", "DE", "DG", "DH", "DJ", "DK", "DL", "DM", "DN", "DP", "DR", "DT", "DV", "DW", "DX", "EA",
                "EB",
        "GA", "GB", "GC", "GD", "GE", "GG", "GH", "GJ", "GK", "GL", "GM", "GN", "GP", "GR", "GS", "GT", "GV", "GW",
                "HA",
        "HB", "HC", "HD", "HE", "HG", "HH", "HJ", "HK", "HL", "HM", "HN", "HP", "HR", "HS", "HT", "HV", "HW", "HX",
                "JA",
        "JB", "JC", "JD", "JE", "JG", "JH", "JJ", "JK", "JL", "JM", "JN", "JP", "JR", "JS", "JT", "JV", "JW", "KA",
                "KB",
        "KC", "KD", "KE", "KG", "KH", "KJ", "KK", "KL", "KM", "KN", "KP", "KR", "KS", "KT", "KV", "KW", "KX", "LA", "LB"
    };

    static String zorgaanbiedernaam(Zorgsector sector, Plaats plaats, SplittableRandom r) {
        String eigen = kies(EIGENNAMEN, r);
        return switch (sector) {
            case JEUGD ->
                kies(
                        r,
                        "Jeugdzorg " + plaats.regio(),
                        "Stichting Jeugdhulp " + plaats.naam(),
                        "Jeugdzorg " + eigen,
                        "Gezinshuis " + eigen,
                        "Jeugdbescherming " + plaats.regio());
            case FARMACEUTISCHE_PRODUCTEN ->
                kies(
                        r,
                        "Apotheek " + eigen,
                        "Apotheek " + plaats.naam(),
                        eigen + " Pharma B.V.",
                        "Farmaceutische Groothandel " + plaats.regio(),
                        eigen + " Geneesmiddelen B.V.");
            case GGZ ->
                kies(
                        r,
                        "GGZ " + plaats.regio(),
                        "Stichting GGZ " + plaats.naam(),
                        "GGZ " + eigen,
                        "Psychiatrisch Centrum " + eigen,
                        "Verslavingszorg " + plaats.regio());
            case MEDISCHE_TECHNOLOGIE ->
                kies(
                        r,
                        eigen + " Medical B.V.",
                        eigen + " Medische Techniek B.V.",
                        "MedTech " + plaats.naam() + " B.V.",
                        eigen + " Hulpmiddelen B.V.");
            case VERZORGING_EN_VERPLEGING ->
                kies(
                        r,
                        "Zorggroep " + eigen,
                        "Woonzorgcentrum " + eigen,
                        "Thuiszorg " + plaats.naam(),
                        "Zorggroep " + plaats.regio(),
                        "Verpleeghuis " + eigen);
            case EERSTELIJNSZORG ->
                kies(
                        r,
                        "Huisartsenpraktijk " + kies(ACHTERNAMEN, r),
                        "Huisartsenpraktijk " + plaats.naam() + "-"
                                + kies(r, "Centrum", "Noord", "Zuid", "Oost", "West"),
                        "Tandartspraktijk " + eigen,
                        "Gezondheidscentrum " + eigen,
                        "Huisartsenpost " + plaats.regio(),
                        "Fysiotherapie " + plaats.naam());
            case ZORG_VOOR_ASIELZOEKERS_EN_JUSTITIABELEN ->
                kies(
                        r,
                        "Gezondheidscentrum Asielzoekers " + plaats.naam(),
                        "Medische Dienst Penitentiaire Inrichting " + plaats.naam(),
                        "Forensisch Psychiatrisch Centrum " + eigen);
            case GEHANDICAPTENZORG ->
                kies(
                        r,
                        "Stichting " + eigen,
                        eigen + " Gehandicaptenzorg",
                        "Stichting Zorg voor Verstandelijk Gehandicapten " + plaats.regio(),
                        "Woongroep " + eigen);
            case MEDISCH_SPECIALISTISCHE_ZORG ->
                kies(
                        r,
                        "Ziekenhuis " + plaats.naam(),
                        eigen + " Ziekenhuis",
                        "Medisch Centrum " + plaats.regio(),
                        "Zelfstandig Behandelcentrum " + eigen,
                        "Kliniek " + eigen);
            case NETWERKZORG ->
                kies(
                        r,
                        "Regionale Ambulancevoorziening " + plaats.regio(),
                        "Acute Zorg Netwerk " + plaats.regio(),
                        "Meldkamer Ambulancezorg " + plaats.regio());
            case PREVENTIE ->
                kies(
                        r,
                        "GGD " + plaats.regio(),
                        "Bevolkingsonderzoek " + plaats.regio(),
                        "Jeugdgezondheidszorg " + plaats.naam());
            case SECTOROVERSTIJGEND ->
                kies(
                        r,
                        "Zorggroep " + eigen,
                        "Stichting " + eigen + " Zorg en Welzijn",
                        "Zorgcoöperatie " + plaats.regio());
        };
    }

    static String adres(SplittableRandom r) {
        String huisnummer = String.valueOf(1 + r.nextInt(r.nextInt(10) == 0 ? 400 : 120));
        return kies(STRATEN, r) + " " + huisnummer + (r.nextInt(12) == 0 ? kies(r, "a", "b", "-1", "A") : "");
    }

    /** Dutch postcode, stored without a space; the letter pairs SA, SD and SS are not issued. */
    static String postcode(Plaats plaats, SplittableRandom r) {
        return String.format("%02d%02d%s", plaats.postcodeRegio(), r.nextInt(100), kies(LETTERS, r));
    }

    static String locatienaam(Zorgsector sector, int volgnummer, Plaats plaats, SplittableRandom r) {
        if (volgnummer == 0) {
            return kies(r, "Hoofdlocatie", "Locatie " + plaats.naam());
        }
        return switch (sector) {
            case MEDISCH_SPECIALISTISCHE_ZORG -> "Locatie " + plaats.naam();
            case VERZORGING_EN_VERPLEGING, GEHANDICAPTENZORG ->
                kies(r, "Woonlocatie ", "Locatie ") + kies(EIGENNAMEN, r);
            default -> "Locatie " + plaats.naam() + (r.nextBoolean() ? "" : " " + kies(r, "Noord", "Zuid", "Centrum"));
        };
    }

    static String persoonsnaam(SplittableRandom r) {
        return kies(VOORNAMEN, r) + " " + kies(ACHTERNAMEN, r);
    }

    static String email(String naam, long nummer) {
        String lokaal = naam.toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z]+", ".");
        return lokaal + "." + nummer + "@example.nl";
    }

    /** What a reporter writes when they do not know the provider's registered name. */
    static String zorgaanbiederOmschrijving(Zorgsector sector, Plaats plaats, SplittableRandom r) {
        String wat = switch (sector) {
            case JEUGD -> kies(r, "de jeugdhulpinstelling", "de gezinsvoogd van het wijkteam", "een gezinshuis");
            case FARMACEUTISCHE_PRODUCTEN ->
                kies(r, "de apotheek", "een webwinkel die medicijnen verkoopt", "de apotheek op de hoek");
            case GGZ -> kies(r, "de psychiater", "de GGZ-instelling", "de crisisdienst");
            case MEDISCHE_TECHNOLOGIE ->
                kies(r, "de leverancier van mijn insulinepomp", "de fabrikant van de gehoorapparaten");
            case VERZORGING_EN_VERPLEGING ->
                kies(r, "het verpleeghuis", "de thuiszorg", "het verzorgingshuis van mijn moeder");
            case EERSTELIJNSZORG -> kies(r, "de huisarts", "de tandarts", "de huisartsenpost", "de fysiotherapeut");
            case ZORG_VOOR_ASIELZOEKERS_EN_JUSTITIABELEN ->
                kies(r, "de medische dienst van het azc", "de gevangenisarts");
            case GEHANDICAPTENZORG -> kies(r, "de woongroep van mijn broer", "de dagbesteding", "de zorginstelling");
            case MEDISCH_SPECIALISTISCHE_ZORG -> kies(r, "het ziekenhuis", "de spoedeisende hulp", "de privékliniek");
            case NETWERKZORG -> kies(r, "de ambulancedienst", "de meldkamer");
            case PREVENTIE -> kies(r, "de GGD", "de priklocatie", "het consultatiebureau");
            case SECTOROVERSTIJGEND -> kies(r, "een zorgaanbieder", "een kliniek die online reclame maakt");
        };
        return wat + kies(r, " in ", " in ", " aan de " + kies(STRATEN, r) + " in ") + plaats.naam();
    }

    static String omschrijving(
            String soort, Zorgsector sector, boolean overleden, boolean suicide, SplittableRandom r) {
        String tekst = switch (soort) {
            case "CALAMITEIT" -> calamiteit(sector, r);
            case "GEWELD_IN_ZORGRELATIE" ->
                kies(
                        r,
                        "Een medewerker heeft een cliënt tijdens de avondzorg hardhandig vastgepakt; de cliënt heeft blauwe plekken op de bovenarm.",
                        "Een cliënt meldt dat een begeleider haar herhaaldelijk ongewenst heeft aangeraakt. De begeleider is op non-actief gesteld.",
                        "Tussen twee bewoners van de woongroep is het tot een fysieke mishandeling gekomen; de begeleiding greep niet tijdig in.",
                        "Bij het verschonen is een bewoner door een medewerker geslagen. Een collega was getuige en heeft het gemeld.",
                        "Een jongere meldt dat een groepsleider hem heeft bedreigd en in zijn kamer heeft opgesloten.");
            case "ONTSLAG_WEGENS_DISFUNCTIONEREN" ->
                kies(
                        r,
                        "Een verpleegkundige is ontslagen nadat bleek dat zij meerdere keren medicatie heeft afgetekend zonder die toe te dienen.",
                        "Een arts is op staande voet ontslagen wegens het werken onder invloed van alcohol tijdens de dienst.",
                        "Een verzorgende is ontslagen na herhaald grensoverschrijdend gedrag richting cliënten, ondanks eerdere waarschuwingen.",
                        "Een ambulanceverpleegkundige is ontslagen wegens het vervalsen van ritformulieren.");
            case "INCIDENT_MEDISCH_HULPMIDDEL" ->
                kies(
                        r,
                        "De insulinepomp gaf geen alarm bij een verstopte canule; de patiënt werd opgenomen met een ontregelde bloedsuiker.",
                        "Tijdens de operatie brak de punt van een botboor af; het fragment moest operatief worden verwijderd.",
                        "Een infuuspomp gaf een hogere dosis dan ingesteld. De fabrikant onderzoekt de software van deze serie.",
                        "Bij een heupprothese van dit type komen vaker dan verwacht revisieoperaties voor.",
                        "De thuismonitor voor telemonitoring verstuurde dagenlang geen metingen, zonder dat iemand een melding kreeg.",
                        "Een zelftest gaf bij herhaling een negatieve uitslag bij een bevestigde infectie.");
            case "GENEESMIDDELENTEKORT" ->
                kies(
                        r,
                        "Door een productieprobleem kan de registratiehouder het middel de komende drie maanden niet leveren.",
                        "Verwacht leveringstekort van een antibioticumsuspensie voor kinderen; er is een alternatief met een andere sterkte.",
                        "Tekort aan een schildkliermiddel door een vertraagde vrijgifte van een partij; verzoek om tijdelijk afwijkende verpakking.",
                        "De enige leverancier van dit anti-epilepticum stopt met de Nederlandse markt.");
            case "OVERIG" ->
                kies(
                        r,
                        "Een website biedt receptplichtige afslankmiddelen aan zonder recept.",
                        "Vraag over de regels voor het melden van incidenten door een nieuwe zorgaanbieder.",
                        "Signaal van een zusterinspectie over een zorgaanbieder die ook in Nederland actief is.",
                        "Op sociale media doet een arts uitspraken over behandelingen die niet bewezen werkzaam zijn.",
                        "Een zorgaanbieder heeft zijn jaardocument niet tijdig gedeponeerd.");
            default -> klacht(sector, r);
        };
        if (overleden) {
            tekst += suicide
                    ? " De cliënt is overleden; het gaat vermoedelijk om suïcide."
                    : kies(r, " De patiënt is later overleden.", " De patiënt is overleden.");
        }
        return tekst;
    }

    private static String calamiteit(Zorgsector sector, SplittableRandom r) {
        return switch (sector) {
            case MEDISCH_SPECIALISTISCHE_ZORG ->
                kies(
                        r,
                        "Na een electieve operatie werd een nabloeding niet tijdig herkend; de vitale functies werden niet volgens protocol gecontroleerd.",
                        "Een patiënt kreeg een tienvoudige dosis morfine door een rekenfout bij het voorschrijven in het EPD.",
                        "Op de spoedeisende hulp werd een hartinfarct aangezien voor maagklachten; de patiënt werd naar huis gestuurd.",
                        "Verwisseling van patiënten bij de operatiekamer: de time-out is niet volledig doorlopen.",
                        "Een afwijkende uitslag van het lab bereikte de behandelaar niet; de behandeling begon pas weken later.");
            case VERZORGING_EN_VERPLEGING ->
                kies(
                        r,
                        "Een bewoner met een hoog valrisico kwam 's nachts ten val en liep een heupfractuur op. De sensor stond uit.",
                        "Een bewoner verslikte zich tijdens de maaltijd; het voorgeschreven gemalen dieet was niet doorgegeven.",
                        "Een bewoner met dementie verliet ongemerkt de gesloten afdeling en werd uren later onderkoeld gevonden.",
                        "Bij de thuiszorg is de insuline twee dagen niet toegediend door een fout in de planning.",
                        "Een decubituswond werd te laat opgemerkt en ontwikkelde zich tot een categorie 4 wond.");
            case GGZ ->
                kies(
                        r,
                        "Een cliënt is kort na ontslag uit de kliniek overleden; het signaleringsplan was niet met de ambulante behandelaar gedeeld.",
                        "Tijdens een separatie is de cliënt onvoldoende bewaakt; de cameracontrole viel uit.",
                        "Een cliënt met een verhoogd suïciderisico kreeg zonder overleg onbegeleid verlof.",
                        "De crisisdienst kwam pas na zes uur ter plaatse bij een acute psychose.");
            case JEUGD ->
                kies(
                        r,
                        "Een jongere is ernstig gewond geraakt na een ontvluchting van de gesloten groep.",
                        "Een jeugdige met bekende suïcidale uitingen is niet opnieuw beoordeeld na een incident op de groep.",
                        "Bij een crisisplaatsing is de medicatie van de jeugdige niet meegegeven; er volgde een epileptische aanval.");
            case EERSTELIJNSZORG ->
                kies(
                        r,
                        "De huisartsenpost schatte de urgentie van een telefonische hulpvraag te laag in; de patiënt bleek een sepsis te hebben.",
                        "Een verwijzing naar de cardioloog is niet verstuurd door een fout in het huisartseninformatiesysteem.",
                        "De apotheek leverde een middel in een tienvoudige sterkte; de controle aan de balie signaleerde dit niet.");
            case GEHANDICAPTENZORG ->
                kies(
                        r,
                        "Een cliënt met epilepsie is in bad onwel geworden terwijl het toezicht niet volgens zorgplan was geregeld.",
                        "Een cliënt verslikte zich in een boterham; de slikadviezen van de logopedist waren niet bekend bij de invalkracht.");
            case ZORG_VOOR_ASIELZOEKERS_EN_JUSTITIABELEN ->
                kies(
                        r,
                        "Een gedetineerde met ontwenningsverschijnselen is niet tijdig door een arts gezien.",
                        "Bij een bewoner van het azc is tuberculose pas na maanden vastgesteld.");
            default ->
                kies(
                        r,
                        "Door een onvolledige overdracht tussen twee diensten werd een verslechtering van de patiënt niet opgemerkt.",
                        "Een patiënt heeft ernstige schade opgelopen doordat een alarm niet werd opgevolgd.");
        };
    }

    private static String klacht(Zorgsector sector, SplittableRandom r) {
        return switch (sector) {
            case FARMACEUTISCHE_PRODUCTEN ->
                kies(
                        r,
                        "Ik kreeg bij de apotheek een ander merk medicijn mee zonder uitleg en heb daar bijwerkingen van.",
                        "Een webshop verkoopt zonder recept middelen die alleen op recept mogen worden geleverd.",
                        "Mijn medicijn is al weken niet leverbaar en niemand kan zeggen wanneer het weer komt.",
                        "Een bericht op internet biedt ivermectine aan als middel tegen COVID-19.");
            case MEDISCHE_TECHNOLOGIE ->
                kies(
                        r,
                        "Het hoortoestel valt steeds uit en de leverancier reageert niet op mijn klacht.",
                        "De sensor van mijn glucosemeter geeft afwijkende waarden ten opzichte van de vingerprik.",
                        "Na de ooglaserbehandeling in een privékliniek zie ik slechter dan daarvoor.");
            case VERZORGING_EN_VERPLEGING ->
                kies(
                        r,
                        "Mijn moeder in het verpleeghuis wordt 's ochtends pas om elf uur geholpen en zit dan al uren nat.",
                        "Er is structureel te weinig personeel op de afdeling; bewoners worden vastgezet in hun rolstoel.",
                        "De thuiszorg komt steeds op wisselende tijden en met steeds andere medewerkers.");
            case EERSTELIJNSZORG ->
                kies(
                        r,
                        "De huisarts weigert mij door te verwijzen terwijl mijn klachten al maanden aanhouden.",
                        "Bij de tandarts is zonder overleg een dure behandeling uitgevoerd.",
                        "De huisartsenpost was telefonisch niet bereikbaar toen mijn kind hoge koorts had.");
            case GGZ ->
                kies(
                        r,
                        "Mijn zoon staat al negen maanden op de wachtlijst voor behandeling.",
                        "De behandelaar heeft zonder mijn toestemming informatie gedeeld met mijn werkgever.",
                        "Mijn broer is na een crisis naar huis gestuurd zonder vervolgafspraak.");
            case JEUGD ->
                kies(
                        r,
                        "Mijn dochter is op de groep gepest en de begeleiding doet er niets aan.",
                        "De jeugdbeschermer houdt zich niet aan de afspraken over de omgangsregeling.",
                        "Er is geen passende plek voor mijn zoon; hij wordt steeds overgeplaatst.");
            case MEDISCH_SPECIALISTISCHE_ZORG ->
                kies(
                        r,
                        "Na de operatie kreeg ik een infectie en ik heb het gevoel dat die te laat is behandeld.",
                        "De arts heeft de risico's van de ingreep niet met mij besproken.",
                        "Mijn vader lag uren op de gang van de spoedeisende hulp zonder pijnstilling.");
            case PREVENTIE ->
                kies(
                        r,
                        "Op de priklocatie werd de vaccinatie gegeven zonder dat naar mijn medische voorgeschiedenis werd gevraagd.",
                        "De uitslag van het bevolkingsonderzoek is pas na twee maanden verstuurd.",
                        "De testlocatie gaf een negatieve testuitslag af zonder dat er een test was afgenomen.");
            case GEHANDICAPTENZORG ->
                kies(
                        r,
                        "Mijn zus wordt zonder overleg vaker afgezonderd op haar kamer.",
                        "De dagbesteding is gesloten wegens personeelstekort en er is geen alternatief.");
            default ->
                kies(
                        r,
                        "Ik maak mij zorgen over de kwaliteit van de zorg die hier wordt gegeven.",
                        "Er wordt reclame gemaakt voor een behandeling die volgens mij niet is toegestaan.");
        };
    }

    static String sluittoelichting(String reden, SplittableRandom r) {
        return switch (reden) {
            case "ONDERZOEK_VOLDOENDE" ->
                kies(
                        r,
                        "Het onderzoek van de zorgaanbieder is zorgvuldig; de verbetermaatregelen zijn passend.",
                        "Oorzaken goed geanalyseerd; maatregelen worden binnen drie maanden ingevoerd.",
                        "Onderzoek voldoet aan de eisen; geen verder toezicht nodig.");
            case "MAATREGEL_VOORGESTELD" ->
                kies(
                        r,
                        "Herhaalde tekortkomingen; voorstel voor een aanwijzing voorgelegd aan handhaving.",
                        "Verbetermaatregelen onvoldoende; voorstel voor een last onder dwangsom.");
            case "DOORVERWEZEN" ->
                kies(
                        r,
                        "Melder verwezen naar het Landelijk Meldpunt Zorg voor advies over de klachtenregeling.",
                        "Doorgezet naar de toezichthouder Wmo van de gemeente.",
                        "Verwezen naar de geschilleninstantie van de zorgaanbieder.");
            default ->
                kies(
                        r,
                        "Geen aanwijzingen voor structurele risico's; meegenomen in het signaaloverzicht.",
                        "Signaal geregistreerd; geen aanleiding voor nader onderzoek.",
                        "Zorgaanbieder heeft de klacht naar tevredenheid van de melder afgehandeld.");
        };
    }

    static String kies(String[] woorden, SplittableRandom r) {
        return woorden[r.nextInt(woorden.length)];
    }

    static String kies(SplittableRandom r, String... woorden) {
        return woorden[r.nextInt(woorden.length)];
    }
}
