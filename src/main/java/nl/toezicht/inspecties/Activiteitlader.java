package nl.toezicht.inspecties;

import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import nl.toezicht.kern.Bestandskeuring;
import nl.toezicht.kern.Bestandsopslag;
import nl.toezicht.kern.Zorgsector;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * Writes past supervision activities in bulk (the demo data; later the history import): each with its team, its
 * locations, one step to the state it reached, its findings and, when its report was made final, the report with
 * its PDF (stored through {@link Bestandsopslag} with its SHA-256, as {@link Rapportage} stores a live one). No
 * event, no clock, no access log: this is history, not work.
 */
@Service
public class Activiteitlader {

    /** A finding on a norm of the activity's framework: the score's code and the evidence. */
    public record Historischebevinding(
            String normCode, @Nullable String score, String onderbouwing) {}

    /** The final report: when and by whom it was made final, and its PDF. */
    public record Historischrapport(String inleiding, String beoordeeldDoor, Instant definitiefOp, byte[] pdf) {}

    /**
     * One past activity; {@code status} is where it got to (planned, cancelled, carried out, or final with its
     * report: never a state that needs a running clock); without a reference it takes the next of the live
     * numbering in the year of its first day.
     */
    public record Historischeactiviteit(
            UUID id,
            @Nullable String referentie,
            Activiteitsoort soort,
            Aankondiging aankondiging,
            Activiteitstatus status,
            Zorgsector afdeling,
            Aanleiding aanleiding,
            String omschrijving,
            UUID zorgaanbieder,
            List<UUID> locaties,
            @Nullable UUID kaderversie,
            String leider,
            LocalDate begindatum,
            LocalDate einddatum,
            List<Historischebevinding> bevindingen,
            @Nullable Historischrapport rapport) {

        public Historischeactiviteit {
            if (aanleiding == Aanleiding.ZAAK) {
                throw new IllegalArgumentException("a past activity from a case is not written in bulk");
            }
            if (soort.isBezoek() && locaties.isEmpty()) {
                throw new IllegalArgumentException("a visit needs a location");
            }
            if (!soort.isBezoek() && aankondiging != Aankondiging.AANGEKONDIGD) {
                throw new IllegalArgumentException("only a visit comes unannounced");
            }
            if (!TOEGESTAAN.contains(status)) {
                throw new IllegalArgumentException("a past activity is planned, cancelled, carried out or final");
            }
            if ((rapport != null)
                    != (status == Activiteitstatus.RAPPORT_DEFINITIEF || status == Activiteitstatus.GEPUBLICEERD)) {
                throw new IllegalArgumentException("a final report belongs to a final activity, and only there");
            }
            locaties = List.copyOf(locaties);
            bevindingen = List.copyOf(bevindingen);
        }
    }

    private static final java.util.Set<Activiteitstatus> TOEGESTAAN = java.util.EnumSet.of(
            Activiteitstatus.GEPLAND,
            Activiteitstatus.GEANNULEERD,
            Activiteitstatus.IN_UITVOERING,
            Activiteitstatus.VELDWERK_AFGEROND,
            Activiteitstatus.RAPPORT_DEFINITIEF);

    private final JdbcClient jdbc;
    private final Activiteitschrijver schrijver;

    public Activiteitlader(JdbcClient jdbc, Bestandsopslag opslag) {
        this.jdbc = jdbc;
        this.schrijver = new Activiteitschrijver(jdbc, opslag);
    }

    /** A published framework version to score against: its norms and the codes of its scale, best first. */
    public record Kaderkeuze(UUID versie, @Nullable Zorgsector sector, List<String> normen, List<String> schaal) {}

    /** The published framework versions, to give past activities findings on real norms. */
    public List<Kaderkeuze> gepubliceerdeKaders() {
        return new Kaderversies(jdbc)
                .alle().stream()
                        .filter(Kaderversie::isGepubliceerd)
                        .map(v -> new Kaderkeuze(
                                v.id(),
                                v.sector(),
                                List.copyOf(v.inhoud().normen().keySet()),
                                v.inhoud().schaal().stream()
                                        .map(Kaderinhoud.Schaalstap::code)
                                        .toList()))
                        .toList();
    }

    /** Writes them all (in the caller's transaction, if any); returns how many. */
    public int schrijf(List<Historischeactiviteit> activiteiten, String door, Instant nu) {
        for (Historischeactiviteit a : activiteiten) {
            schrijver.activiteit(
                    new Activiteitschrijver.Activiteitrij(
                            a.id(),
                            a.referentie(),
                            a.soort(),
                            a.aankondiging(),
                            a.status(),
                            a.afdeling(),
                            a.aanleiding(),
                            null,
                            null,
                            a.omschrijving(),
                            a.zorgaanbieder(),
                            a.kaderversie(),
                            a.leider(),
                            a.begindatum(),
                            a.einddatum()),
                    nu,
                    door,
                    false);
            schrijver.teamlid(a.id(), a.leider(), true);
            schrijver.locaties(a.id(), a.locaties());
            stappen(a, door);
            Instant bevonden = a.einddatum()
                    .atStartOfDay(nl.toezicht.kern.Tijdzone.NEDERLAND)
                    .toInstant();
            for (Historischebevinding b : a.bevindingen()) {
                schrijver.bevinding(a.id(), b.normCode(), b.score(), b.onderbouwing(), bevonden, a.leider());
            }
            Historischrapport r = a.rapport();
            if (r != null) {
                Map<String, String> teksten = new LinkedHashMap<>();
                a.bevindingen().forEach(b -> teksten.put(b.normCode(), b.onderbouwing()));
                schrijver.rapport(
                        a.id(),
                        new Activiteitschrijver.Rapportrij(
                                r.inleiding(),
                                a.leider(),
                                bevonden,
                                r.beoordeeldDoor(),
                                r.definitiefOp(),
                                r.definitiefOp(),
                                r.pdf(),
                                Bestandskeuring.sha256(r.pdf()),
                                null,
                                teksten));
            }
        }
        return activiteiten.size();
    }

    /** The flow's steps to the state the activity reached, as they would have been taken (the flow's path). */
    private void stappen(Historischeactiviteit a, String door) {
        Instant begin =
                a.begindatum().atStartOfDay(nl.toezicht.kern.Tijdzone.NEDERLAND).toInstant();
        Instant eind = a.einddatum()
                .atTime(17, 0)
                .atZone(nl.toezicht.kern.Tijdzone.NEDERLAND)
                .toInstant();
        List<Object[]> pad = new java.util.ArrayList<>();
        pad.add(new Object[] {Activiteitstap.PLANNEN, Activiteitstatus.GEPLAND, door, begin.minusSeconds(30 * 86_400)});
        if (a.status() == Activiteitstatus.GEANNULEERD) {
            pad.add(new Object[] {Activiteitstap.ANNULEREN, Activiteitstatus.GEANNULEERD, a.leider(), begin});
        } else if (a.status() != Activiteitstatus.GEPLAND) {
            pad.add(new Object[] {Activiteitstap.STARTEN, Activiteitstatus.IN_UITVOERING, a.leider(), begin});
        }
        if (a.status() == Activiteitstatus.VELDWERK_AFGEROND || a.status() == Activiteitstatus.RAPPORT_DEFINITIEF) {
            pad.add(new Object[] {Activiteitstap.VELDWERK_AFRONDEN, Activiteitstatus.VELDWERK_AFGEROND, a.leider(), eind
            });
        }
        Historischrapport r = a.rapport();
        if (r != null) {
            pad.add(new Object[] {Activiteitstap.RAPPORT_OPSTELLEN, Activiteitstatus.RAPPORT_CONCEPT, a.leider(), eind
            });
            pad.add(new Object[] {
                Activiteitstap.RAPPORT_AANBIEDEN, Activiteitstatus.RAPPORT_TER_BEOORDELING, a.leider(), eind
            });
            pad.add(new Object[] {
                Activiteitstap.RAPPORT_GOEDKEUREN, Activiteitstatus.ZIENSWIJZE_GEVRAAGD, r.beoordeeldDoor(), eind
            });
            pad.add(new Object[] {
                Activiteitstap.RAPPORT_VASTSTELLEN, Activiteitstatus.RAPPORT_DEFINITIEF, a.leider(), r.definitiefOp()
            });
        }
        Activiteitstatus van = null;
        for (int i = 0; i < pad.size(); i++) {
            Object[] s = pad.get(i);
            schrijver.stap(
                    a.id(),
                    i + 1,
                    van,
                    (Activiteitstatus) s[1],
                    (Activiteitstap) s[0],
                    (String) s[2],
                    (Instant) s[3],
                    i == 0 ? "Overgenomen uit de historie" : null);
            van = (Activiteitstatus) s[1];
        }
    }
}
