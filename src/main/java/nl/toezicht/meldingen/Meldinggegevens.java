package nl.toezicht.meldingen;

import java.time.LocalDate;
import java.util.List;
import nl.toezicht.kern.Zorgsector;
import nl.toezicht.register.LocatieId;
import nl.toezicht.register.ZorgaanbiederId;
import org.jspecify.annotations.Nullable;

/**
 * What a reporter tells us, from whichever channel. The edge (API, web form) checks the shape; the
 * aggregate {@link Melding} checks the rules that tie fields together.
 */
public record Meldinggegevens(
        Bron bron,
        Kanaal kanaal,
        Meldingsoort soort,
        Zorgsector sector,
        @Nullable ZorgaanbiederId zorgaanbieder,
        @Nullable LocatieId locatie,
        @Nullable String zorgaanbiederOmschrijving,
        @Nullable String melderKvkNummer,
        @Nullable LocalDate datumGebeurtenis,
        @Nullable LocalDate datumVastgesteld,
        String omschrijving,
        boolean patientOverleden,
        boolean doorSuicide,
        boolean suicidepoging,
        boolean geslotenJeugdinstelling,
        boolean seksueelGrensoverschrijdend,
        @Nullable SggSoort sggSoort,
        List<String> themas,
        @Nullable Melder melder,
        @Nullable Patient patient) {

    public Meldinggegevens {
        themas = List.copyOf(themas);
    }

    /**
     * Judges these data by the rules of a live notification ({@link Melding}), with {@code vandaag} as the
     * day of judging: the bulk import of past notifications passes their date of receipt.
     *
     * @throws nl.toezicht.kern.Weigering on the field concerned
     */
    public void controleer(LocalDate vandaag) {
        Melding.controleer(this, vandaag);
    }
}
