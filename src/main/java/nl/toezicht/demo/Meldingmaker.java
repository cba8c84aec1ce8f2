package nl.toezicht.demo;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.UUID;
import nl.toezicht.kern.Stroom;
import nl.toezicht.kern.Zorgsector;
import nl.toezicht.meldingen.Bron;
import nl.toezicht.meldingen.Kanaal;
import nl.toezicht.meldingen.Melder;
import nl.toezicht.meldingen.MeldingId;
import nl.toezicht.meldingen.Meldingenlader.Bulkmelding;
import nl.toezicht.meldingen.Meldinggegevens;
import nl.toezicht.meldingen.Meldingsoort;
import nl.toezicht.meldingen.Meldingstatus;
import nl.toezicht.meldingen.SggSoort;
import nl.toezicht.register.LocatieId;
import nl.toezicht.register.ZorgaanbiederId;
import nl.toezicht.termijnen.Termijn;
import nl.toezicht.termijnen.TermijnenProperties;
import nl.toezicht.termijnen.Termijnsoort;
import nl.toezicht.zaken.Sluitreden;
import nl.toezicht.zaken.Statuswijziging;
import nl.toezicht.zaken.Termijneffect;
import nl.toezicht.zaken.Transitie;
import nl.toezicht.zaken.ZaakId;
import nl.toezicht.zaken.Zaakstatus;
import nl.toezicht.zaken.Zaakstroom;
import nl.toezicht.zaken.Zakenlader.Bulkzaak;
import nl.toezicht.zaken.Zakenlader.Koppeling;
import org.jspecify.annotations.Nullable;

/**
 * Makes notifications and their cases, in receipt order, one chunk at a time. A case's history is
 * simulated from its receipt (triage, investigation by the provider, assessment, closing, each taking a
 * believable time, sometimes too long) and cut off at "now": what has happened by then is its timeline,
 * the last step its state, and the clock of that state its deadline. So older cases are mostly closed,
 * recent ones open, and the overdue ones are those whose step took longer than the law allows.
 *
 * <p>Which steps a case takes and when is drawn here; which state each step leads to, whether the flow allows
 * it and which legal clock it starts or stops comes from the case flow ({@link Zaakstroom}), as for a live
 * case, so a generated history is one the application could have made.
 */
final class Meldingmaker {

    private static final Stroom<Zaakstatus, Transitie, Meldingsoort, Termijneffect> STROOM = Zaakstroom.STROOM;
    /** The default periods of the legal clocks (the generated past knows no configuration of its own). */
    private static final TermijnenProperties PERIODEN = TermijnenProperties.standaard();

    private static final long DAG = 86_400_000L;
    private static final long UUR = 3_600_000L;
    /** Who opens a case and links its notification: the application itself. */
    private static final String SYSTEEM = "systeem";
    /** The demo intake account, who triages and assigns. */
    private static final String INTAKE = "intake";

    /** A chunk for the owners' bulk writers: notifications, then their cases (with timelines). */
    record Brok(List<Bulkmelding> meldingen, List<Bulkzaak> zaken, int statuswijzigingen) {}

    private final SplittableRandom r;
    private final SplittableRandom ids;
    private final DemoGenerator.Land land;
    private final Map<Zorgsector, List<DemoGenerator.Inspecteur>> inspecteurs;
    private final Werkdagen werkdagen;
    private final long nuMs;
    private final ZoneId zone;
    private final LocalDate vandaag;
    private final int aantal;
    private final long beginMs;
    private final long spanMs;
    private final int totaalOntvangen;

    Meldingmaker(
            SplittableRandom r,
            SplittableRandom ids,
            DemoGenerator.Land land,
            Map<Zorgsector, List<DemoGenerator.Inspecteur>> inspecteurs,
            Werkdagen werkdagen,
            Instant nu,
            ZoneId zone,
            int aantal) {
        this.r = r;
        this.ids = ids;
        this.land = land;
        this.inspecteurs = inspecteurs;
        this.werkdagen = werkdagen;
        this.nuMs = nu.toEpochMilli();
        this.zone = zone;
        this.vandaag = LocalDate.ofInstant(nu, zone);
        this.aantal = aantal;
        this.spanMs = 365 * DAG - UUR;
        this.beginMs = nuMs - 365 * DAG;
        int totaal = 0;
        for (Sectorcijfers s : Sectorcijfers.ALLE) {
            totaal += s.ontvangen();
        }
        this.totaalOntvangen = totaal;
    }

    Brok brok(int van, int grootte) {
        int tot = Math.min(van + grootte, aantal);
        List<Bulkmelding> meldingen = new ArrayList<>(Math.max(0, tot - van));
        List<Bulkzaak> zaken = new ArrayList<>(Math.max(0, tot - van));
        int statuswijzigingen = 0;
        for (int i = van; i < tot; i++) {
            statuswijzigingen += maak(i, meldingen, zaken);
        }
        return new Brok(meldingen, zaken, statuswijzigingen);
    }

    /** Makes notification {@code i} and its case; returns the length of the case's timeline. */
    private int maak(int i, List<Bulkmelding> meldingen, List<Bulkzaak> zaken) {
        long ontvangenMs = beginMs + (long) ((i + r.nextDouble()) * spanMs / aantal);
        Instant ontvangen = Instant.ofEpochMilli(ontvangenMs);
        LocalDate ontvangstdatum = LocalDate.ofInstant(ontvangen, zone);
        Zorgsector sector = sector();
        Sectorcijfers cijfers = Sectorcijfers.van(sector);

        String soort = soort(sector, cijfers);
        String sggSoort = null;
        if (r.nextDouble() < cijfers.kansSgg()) {
            sggSoort = sggSoort(cijfers);
            if ((soort.equals("KLACHT_OF_SIGNAAL") || soort.equals("OVERIG")) && r.nextBoolean()) {
                soort = "GEWELD_IN_ZORGRELATIE";
            }
        }
        boolean calamiteit = soort.equals("CALAMITEIT");
        boolean overleden =
                r.nextDouble() < (calamiteit ? cijfers.kansOverledenBijCalamiteit() : cijfers.kansOverledenAnders());
        boolean suicide = overleden && r.nextDouble() < cijfers.kansSuicideBijOverlijden();
        boolean jeugd = sector == Zorgsector.JEUGD;
        boolean suicidepoging = jeugd && !overleden && r.nextInt(540) < 15;
        boolean geslotenJeugdinstelling = jeugd && (suicide ? r.nextInt(13) < 2 : r.nextInt(100) < 4);

        String bron = bron(soort);
        String kanaal = kanaal(bron);
        DemoGenerator.Land.Aanbieder aanbieder = gekoppeld(bron) ? aanbieder(sector) : null;
        UUID locatie = aanbieder != null && r.nextInt(100) < 80
                ? aanbieder.locaties().get(r.nextInt(aanbieder.locaties().size()))
                : null;
        String omschrijvingAanbieder = aanbieder == null
                ? Teksten.zorgaanbiederOmschrijving(sector, Plaats.ALLE.get(r.nextInt(Plaats.ALLE.size())), r)
                : null;

        LocalDate gebeurtenis = datumGebeurtenis(soort, ontvangstdatum);
        // Wkkgz: reported within 3 working days of establishing it; a few providers are late
        LocalDate vastgesteld = calamiteit
                ? laatste(gebeurtenis, ontvangstdatum.minusDays(r.nextInt(100) < 6 ? 5 + r.nextInt(16) : r.nextInt(4)))
                : null;
        boolean teLaatGemeld = vastgesteld != null && ontvangstdatum.isAfter(werkdagen.plus(vastgesteld, 3));

        String melderNaam = null;
        String melderEmail = null;
        String melderTelefoon = null;
        // a number in the reporter's e-mail address, as some use one
        long meldingnummer = i + 1L;
        switch (bron) {
            case "BURGER" -> {
                melderNaam = r.nextInt(100) < 80 ? Teksten.persoonsnaam(r) : null;
                melderEmail = r.nextInt(100) < 70
                        ? Teksten.email(melderNaam == null ? "melder" : melderNaam, meldingnummer)
                        : null;
                melderTelefoon = r.nextInt(100) < 30 ? "06" + (10_000_000 + r.nextInt(90_000_000)) : null;
            }
            case "ZORGAANBIEDER" -> {
                melderNaam = Teksten.persoonsnaam(r);
                melderEmail = Teksten.email("kwaliteit", meldingnummer);
            }
            case "FABRIKANT" -> melderEmail = Teksten.email("vigilantie", meldingnummer);
            default -> melderNaam = r.nextBoolean() ? Teksten.persoonsnaam(r) : null;
        }

        Zaak zaak = simuleer(soort, sector, ontvangenMs, ontvangstdatum);
        Meldingstatus meldingstatus = zaak.status().meldingstatus();

        UUID meldingId = DemoGenerator.uuid7(ontvangenMs, ids);
        Meldinggegevens gegevens = new Meldinggegevens(
                Bron.valueOf(bron),
                Kanaal.valueOf(kanaal),
                Meldingsoort.valueOf(soort),
                sector,
                aanbieder == null ? null : new ZorgaanbiederId(aanbieder.id()),
                locatie == null ? null : new LocatieId(locatie),
                omschrijvingAanbieder,
                null,
                gebeurtenis,
                vastgesteld,
                Teksten.omschrijving(soort, sector, overleden, suicide, r),
                overleden,
                suicide,
                suicidepoging,
                geslotenJeugdinstelling,
                sggSoort != null,
                sggSoort == null ? null : SggSoort.valueOf(sggSoort),
                themas(sector, soort, suicide),
                melderNaam == null && melderEmail == null && melderTelefoon == null
                        ? null
                        : new Melder(melderNaam, melderEmail, melderTelefoon),
                null);
        meldingen.add(new Bulkmelding(new MeldingId(meldingId), gegevens, meldingstatus, hex64(), ontvangen));

        Instant geopend = Instant.ofEpochMilli(zaak.geopendMs);
        UUID zaakId = DemoGenerator.uuid7(zaak.geopendMs, ids);
        List<Statuswijziging> tijdlijn = new ArrayList<>(zaak.stappen.size());
        for (Stap stap : zaak.stappen) {
            tijdlijn.add(new Statuswijziging(
                    stap.van, stap.naar, stap.transitie, stap.door, Instant.ofEpochMilli(stap.opMs), stap.toelichting));
        }
        zaken.add(new Bulkzaak(
                new ZaakId(zaakId),
                zaak.status(),
                Meldingsoort.valueOf(soort),
                sector,
                sector,
                aanbieder == null ? null : new ZorgaanbiederId(aanbieder.id()),
                zaak.inspecteur,
                zaak.termijnSoort == null || zaak.termijnDatum == null
                        ? null
                        : new Termijn(zaak.termijnSoort, zaak.termijnDatum),
                zaak.teLaat,
                teLaatGemeld,
                ontvangen,
                zaak.sluitreden == null ? null : Sluitreden.valueOf(zaak.sluitreden),
                tijdlijn,
                List.of(new Koppeling(new MeldingId(meldingId), geopend, SYSTEEM))));
        return tijdlijn.size();
    }

    private record Stap(
            Transitie transitie,
            @Nullable Zaakstatus van,
            Zaakstatus naar,
            String door,
            long opMs,
            @Nullable String toelichting) {}

    /** What the simulated history leaves at "now". */
    private static final class Zaak {
        final Meldingsoort soort;
        final LocalDate ontvangstdatum;
        final List<Stap> stappen = new ArrayList<>(6);
        long geopendMs;

        /** Null until the case is opened. */
        @Nullable
        Zaakstatus status;

        @Nullable
        String inspecteur;

        @Nullable
        Termijnsoort termijnSoort;

        @Nullable
        LocalDate termijnDatum;

        boolean teLaat;
        long geslotenMs;

        @Nullable
        String sluitreden;

        Zaak(Meldingsoort soort, LocalDate ontvangstdatum) {
            this.soort = soort;
            this.ontvangstdatum = ontvangstdatum;
        }

        Zaakstatus status() {
            return java.util.Objects.requireNonNull(status, "opened");
        }
    }

    private Zaak simuleer(String soort, Zorgsector sector, long ontvangenMs, LocalDate ontvangstdatum) {
        Zaak zaak = new Zaak(Meldingsoort.valueOf(soort), ontvangstdatum);
        // the case opens when intake's listener has run, a moment after the notification was stored
        zaak.geopendMs = ontvangenMs + 500 + r.nextInt(3_000);
        neem(zaak, Transitie.OPENEN, SYSTEEM, zaak.geopendMs, null);

        // every random draw happens whether or not the step lies in the past, so a case's history does
        // not depend on the moment of generating (only where it is cut off does)
        long triageStart = zaak.geopendMs
                + (r.nextInt(100) < 8
                        ? 3 * DAG + (long) (r.nextDouble() * 12 * DAG)
                        : UUR / 2 + (long) (r.nextDouble() * 40 * UUR));
        long triageKlaar = triageStart + 2 * UUR + (long) (r.nextDouble() * 5 * DAG);
        List<DemoGenerator.Inspecteur> kandidaten = inspecteurs.getOrDefault(sector, List.of());
        DemoGenerator.Inspecteur inspecteur =
                !kandidaten.isEmpty() && r.nextInt(100) < 70 ? kandidaten.get(r.nextInt(kandidaten.size())) : null;
        String behandelaar = inspecteur == null ? INTAKE : inspecteur.gebruikersnaam();
        boolean calamiteit = soort.equals("CALAMITEIT");
        boolean verplicht = soort.equals("GEWELD_IN_ZORGRELATIE") || soort.equals("ONTSLAG_WEGENS_DISFUNCTIONEREN");
        int route = r.nextInt(100);
        boolean onderzoek = calamiteit || (verplicht && route < 50);
        boolean beoordeling = !onderzoek && route >= 65;
        long rapportTermijn = onderzoek ? 56 * DAG : 0;
        long rapport = onderzoek
                ? (calamiteit ? ontvangenMs : triageKlaar)
                        + (r.nextInt(100) < 15
                                ? rapportTermijn + (long) (r.nextDouble() * 35 * DAG)
                                : 28 * DAG + (long) (r.nextDouble() * 28 * DAG))
                : 0;
        long beoordeeld = (onderzoek ? Math.max(rapport, triageKlaar + DAG) : triageKlaar)
                + (r.nextInt(100) < 20
                        ? 25 * DAG + (long) (r.nextDouble() * 45 * DAG)
                        : DAG + (long) (r.nextDouble() * 24 * DAG));
        String reden = sluitreden(onderzoek, beoordeling);
        String toelichting = Teksten.sluittoelichting(reden, r);

        if (!stap(zaak, Transitie.START_TRIAGE, INTAKE, triageStart, null)) {
            return klaar(zaak);
        }
        if (inspecteur != null && stap(zaak, Transitie.TOEWIJZEN, INTAKE, triageKlaar - 60_000, inspecteur.naam())) {
            // as the zaken module records an assignment: same state before and after, the inspector's name
            zaak.inspecteur = inspecteur.gebruikersnaam();
        }
        if (onderzoek) {
            if (!stap(zaak, Transitie.VRAAG_ONDERZOEK_AAN, behandelaar, triageKlaar, null)) {
                return klaar(zaak);
            }
            long ontvangst = Math.max(rapport, triageKlaar + DAG);
            if (!stap(zaak, Transitie.ONTVANG_ONDERZOEK, behandelaar, ontvangst, null)) {
                return klaar(zaak);
            }
        } else if (beoordeling) {
            if (!stap(zaak, Transitie.NEEM_IN_BEOORDELING, behandelaar, triageKlaar, null)) {
                return klaar(zaak);
            }
        } else {
            beoordeeld = triageKlaar;
        }
        if (stap(zaak, Transitie.SLUIT, behandelaar, beoordeeld, toelichting)) {
            zaak.geslotenMs = beoordeeld;
            zaak.sluitreden = reden;
        }
        return klaar(zaak);
    }

    /** Takes the step when it lies in the past; false when the history is cut off here. */
    private boolean stap(Zaak zaak, Transitie transitie, String door, long opMs, @Nullable String toelichting) {
        if (opMs > nuMs) {
            return false;
        }
        neem(zaak, transitie, door, opMs, toelichting);
        return true;
    }

    /** The step through the case flow: the state it leads to, and the legal clock it starts or stops. */
    private void neem(Zaak zaak, Transitie transitie, String door, long opMs, @Nullable String toelichting) {
        Zaakstatus van = zaak.status;
        Zaakstatus naar = STROOM.neem(
                transitie,
                van,
                zaak.soort,
                bezwaar -> new IllegalStateException("a demo history the case flow refuses: " + bezwaar));
        Termijneffect effect = STROOM.effect(transitie, zaak.soort);
        if (effect instanceof Termijneffect.Start start) {
            zaak.termijnSoort = start.soort();
            zaak.termijnDatum = termijn(start, zaak, opMs);
        } else if (effect instanceof Termijneffect.Stop) {
            zaak.termijnSoort = null;
            zaak.termijnDatum = null;
        }
        zaak.stappen.add(new Stap(transitie, van, naar, door, opMs, toelichting));
        zaak.status = naar;
    }

    /** The deadline of a clock, with the working days of the generated period looked up once. */
    private LocalDate termijn(Termijneffect.Start start, Zaak zaak, long opMs) {
        LocalDate vanaf = start.vanaf() == Termijneffect.Vanaf.ONTVANGST
                ? zaak.ontvangstdatum
                : LocalDate.ofInstant(Instant.ofEpochMilli(opMs), zone);
        return switch (start.soort()) {
            case TRIAGE -> werkdagen.plus(vanaf, PERIODEN.triageWerkdagen());
            case ONDERZOEKSRAPPORT_ZORGAANBIEDER -> vanaf.plusWeeks(PERIODEN.onderzoeksrapportWeken());
            case AANVULLING_ZORGAANBIEDER -> vanaf.plusWeeks(PERIODEN.aanvullingWeken());
            case BEOORDELING -> werkdagen.plus(vanaf, PERIODEN.beoordelingWerkdagen());
        };
    }

    /** Overdue as the daily job would have marked it: an open case past its deadline. */
    private Zaak klaar(Zaak zaak) {
        zaak.teLaat = zaak.status().isOpen() && zaak.termijnDatum != null && zaak.termijnDatum.isBefore(vandaag);
        return zaak;
    }

    private String sluitreden(boolean onderzoek, boolean beoordeling) {
        int x = r.nextInt(100);
        if (onderzoek) {
            return x < 70
                    ? "ONDERZOEK_VOLDOENDE"
                    : x < 78 ? "MAATREGEL_VOORGESTELD" : x < 93 ? "GEEN_VERVOLG" : "DOORVERWEZEN";
        }
        if (beoordeling) {
            return x < 45
                    ? "ONDERZOEK_VOLDOENDE"
                    : x < 82 ? "GEEN_VERVOLG" : x < 92 ? "MAATREGEL_VOORGESTELD" : "DOORVERWEZEN";
        }
        return x < 65 ? "GEEN_VERVOLG" : "DOORVERWEZEN";
    }

    private Zorgsector sector() {
        int x = r.nextInt(totaalOntvangen);
        for (Sectorcijfers s : Sectorcijfers.ALLE) {
            x -= s.ontvangen();
            if (x < 0) {
                return s.sector();
            }
        }
        return Zorgsector.SECTOROVERSTIJGEND;
    }

    private String soort(Zorgsector sector, Sectorcijfers cijfers) {
        double x = r.nextDouble();
        if (x < cijfers.kansCalamiteit()) {
            return "CALAMITEIT";
        }
        if (x < cijfers.kansCalamiteit() + cijfers.kansOntslag()) {
            return "ONTSLAG_WEGENS_DISFUNCTIONEREN";
        }
        int y = r.nextInt(100);
        return switch (sector) {
            case MEDISCHE_TECHNOLOGIE ->
                y < 88 ? "INCIDENT_MEDISCH_HULPMIDDEL" : y < 96 ? "KLACHT_OF_SIGNAAL" : "OVERIG";
            case FARMACEUTISCHE_PRODUCTEN -> y < 35 ? "GENEESMIDDELENTEKORT" : y < 85 ? "KLACHT_OF_SIGNAAL" : "OVERIG";
            case JEUGD, GGZ, GEHANDICAPTENZORG, VERZORGING_EN_VERPLEGING, ZORG_VOOR_ASIELZOEKERS_EN_JUSTITIABELEN ->
                y < 7 ? "GEWELD_IN_ZORGRELATIE" : y < 15 ? "OVERIG" : "KLACHT_OF_SIGNAAL";
            default -> y < 2 ? "GEWELD_IN_ZORGRELATIE" : y < 10 ? "OVERIG" : "KLACHT_OF_SIGNAAL";
        };
    }

    private String sggSoort(Sectorcijfers c) {
        int x = r.nextInt(c.sgg());
        return x < c.sggProfessional()
                ? "PROFESSIONAL_BETROKKEN"
                : x < c.sggProfessional() + c.sggTussenClienten() ? "TUSSEN_CLIENTEN" : "OVERIG";
    }

    private String bron(String soort) {
        int x = r.nextInt(100);
        return switch (soort) {
            case "CALAMITEIT", "GEWELD_IN_ZORGRELATIE", "ONTSLAG_WEGENS_DISFUNCTIONEREN" ->
                x < 95 ? "ZORGAANBIEDER" : "ANDERS";
            case "INCIDENT_MEDISCH_HULPMIDDEL" -> x < 70 ? "FABRIKANT" : x < 95 ? "ZORGAANBIEDER" : "BURGER";
            case "GENEESMIDDELENTEKORT" -> x < 85 ? "FABRIKANT" : x < 95 ? "ZORGAANBIEDER" : "ANDERS";
            case "OVERIG" -> x < 50 ? "ANDERS" : "BURGER";
            default -> x < 82 ? "BURGER" : x < 92 ? "ZORGAANBIEDER" : "ANDERS";
        };
    }

    private String kanaal(String bron) {
        int x = r.nextInt(100);
        return switch (bron) {
            case "BURGER" ->
                x < 55 ? "WEBFORMULIER" : x < 75 ? "EMAIL" : x < 95 ? "TELEFOON" : x < 98 ? "BRIEF" : "SOCIAL_MEDIA";
            case "ZORGAANBIEDER" -> x < 85 ? "WEBFORMULIER" : x < 95 ? "API" : "EMAIL";
            case "FABRIKANT" -> x < 50 ? "API" : x < 85 ? "WEBFORMULIER" : "EMAIL";
            default -> x < 40 ? "EMAIL" : x < 70 ? "WEBFORMULIER" : x < 90 ? "TELEFOON" : "SOCIAL_MEDIA";
        };
    }

    private boolean gekoppeld(String bron) {
        int x = r.nextInt(100);
        return switch (bron) {
            case "ZORGAANBIEDER" -> x < 97;
            case "FABRIKANT" -> x < 85;
            case "BURGER" -> x < 55;
            default -> x < 40;
        };
    }

    /** Some providers get many notifications, most get few: the square skews the pick to the first. */
    private DemoGenerator.Land.@Nullable Aanbieder aanbieder(Zorgsector sector) {
        List<DemoGenerator.Land.Aanbieder> kandidaten = land.perSector.get(sector);
        if (kandidaten.isEmpty()) {
            return null;
        }
        double u = r.nextDouble();
        return kandidaten.get((int) (u * u * kandidaten.size()));
    }

    private @Nullable LocalDate datumGebeurtenis(String soort, LocalDate ontvangen) {
        return switch (soort) {
            case "CALAMITEIT" -> ontvangen.minusDays(3 + r.nextInt(38));
            case "GEWELD_IN_ZORGRELATIE", "ONTSLAG_WEGENS_DISFUNCTIONEREN" -> ontvangen.minusDays(r.nextInt(10));
            case "INCIDENT_MEDISCH_HULPMIDDEL" -> ontvangen.minusDays(r.nextInt(30));
            case "GENEESMIDDELENTEKORT" -> null;
            default -> r.nextInt(100) < 10 ? null : ontvangen.minusDays(r.nextInt(120));
        };
    }

    private List<String> themas(Zorgsector sector, String soort, boolean suicide) {
        List<String> themas = new ArrayList<>(2);
        int covid = switch (sector) {
            case PREVENTIE -> 40;
            case FARMACEUTISCHE_PRODUCTEN, VERZORGING_EN_VERPLEGING -> 10;
            default -> 5;
        };
        if (r.nextInt(100) < covid) {
            themas.add("COVID-19");
        }
        int x = r.nextInt(100);
        switch (sector) {
            case VERZORGING_EN_VERPLEGING -> {
                if (x < 10) {
                    themas.add("Valincidenten");
                } else if (x < 16) {
                    themas.add("Personeelstekort");
                }
            }
            case MEDISCH_SPECIALISTISCHE_ZORG, EERSTELIJNSZORG -> {
                if (x < 6) {
                    themas.add("Medicatieveiligheid");
                }
            }
            case FARMACEUTISCHE_PRODUCTEN -> {
                if (x < 6) {
                    themas.add("Illegale handel in geneesmiddelen");
                } else if (x < 9) {
                    themas.add("Vervalste geneesmiddelen");
                }
            }
            case PREVENTIE -> {
                if (x < 5) {
                    themas.add("Vervalste testuitslagen");
                } else if (x < 8) {
                    themas.add("QR-codefraude");
                }
            }
            case JEUGD, GGZ, GEHANDICAPTENZORG -> {
                if (x < 5) {
                    themas.add("Personeelstekort");
                }
            }
            default -> {}
        }
        if (suicide) {
            themas.add("Suïcidepreventie");
        }
        if (soort.equals("OVERIG") && x >= 95) {
            themas.add("Misinformatie door artsen");
        }
        return themas;
    }

    private static LocalDate laatste(@Nullable LocalDate a, LocalDate b) {
        return a == null || b.isAfter(a) ? b : a;
    }

    /** Like a SHA-256 of a status token: unique and unguessable, and no token exists to match it. */
    private String hex64() {
        StringBuilder s = new StringBuilder(64);
        for (int i = 0; i < 4; i++) {
            String deel = Long.toHexString(ids.nextLong());
            for (int p = deel.length(); p < 16; p++) {
                s.append('0');
            }
            s.append(deel);
        }
        return s.toString();
    }
}
