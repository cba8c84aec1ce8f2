package nl.toezicht.historie;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import nl.toezicht.inspecties.Aankondiging;
import nl.toezicht.inspecties.Aanleiding;
import nl.toezicht.inspecties.Activiteitsoort;
import nl.toezicht.inspecties.Activiteitstatus;
import nl.toezicht.inspecties.Inspectielader;
import nl.toezicht.kern.Zorgsector;
import org.jspecify.annotations.Nullable;

/**
 * The record kinds of inspections in the exchange format (issue 14; docs/historie-import.md, "Inspections"): a
 * past framework version and a past supervision activity, read and typed by {@link Inspectieregels}, judged against
 * the database by {@link Inspectieinlezer}.
 */
final class Inspectierecords {

    private Inspectierecords() {}

    /**
     * A framework version: the framework's exchange document as the editor imports it ({@code document}, JSON text),
     * its number when the file gives one, and when it was published. It is imported published.
     */
    record Kaderversie(String id, String document, @Nullable Integer versie, Instant gepubliceerdOp)
            implements Historierecord {
        @Override
        public Soort soort() {
            return Soort.KADERVERSIE;
        }
    }

    /**
     * A past supervision activity; {@code zorgaanbieder}, {@code locaties} and {@code kaderversie} are legacy ids
     * (earlier in the file or imported before); {@code zaak} the case of reason {@code ZAAK}: a legacy id of a case,
     * or the id or reference of a case in Toezicht. The team's members are user names or, for someone no longer here,
     * free names. A final activity carries its report with the PDF, whose SHA-256 the line reader checked.
     */
    record Toezichtactiviteit(
            String id,
            Activiteitsoort activiteitsoort,
            Aankondiging aankondiging,
            Aanleiding aanleiding,
            @Nullable String zaak,
            @Nullable String aanleidingOmschrijving,
            Zorgsector afdeling,
            String zorgaanbieder,
            List<String> locaties,
            @Nullable String kaderversie,
            List<Inspectielader.Teamlid> team,
            LocalDate begindatum,
            LocalDate einddatum,
            Activiteitstatus status,
            @Nullable String toelichting,
            List<Inspectielader.Bevindingregel> bevindingen,
            Inspectielader.@Nullable Effect effect,
            @Nullable Rapport rapport)
            implements Historierecord {
        @Override
        public String id() {
            return id;
        }

        @Override
        public Soort soort() {
            return Soort.TOEZICHTACTIVITEIT;
        }
    }

    /**
     * The final report of an imported activity: texts per norm code, its PDF and the PDF's SHA-256 (checked), or
     * neither when the old system kept no PDF ({@code zonderPdf}, decision 0107); its reference there if given.
     */
    record Rapport(
            String inleiding,
            Map<String, String> teksten,
            @Nullable String beoordeeldDoor,
            Instant definitiefOp,
            byte @Nullable [] pdf,
            @Nullable String sha256,
            @Nullable String kenmerk) {}
}
