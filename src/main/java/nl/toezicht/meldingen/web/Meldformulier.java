package nl.toezicht.meldingen.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import nl.toezicht.kern.Zorgsector;
import nl.toezicht.meldingen.Bron;
import nl.toezicht.meldingen.Kanaal;
import nl.toezicht.meldingen.Melder;
import nl.toezicht.meldingen.Meldinggegevens;
import nl.toezicht.meldingen.Meldingsoort;
import nl.toezicht.meldingen.Patient;
import nl.toezicht.meldingen.SggSoort;
import org.jspecify.annotations.Nullable;
import org.springframework.web.multipart.MultipartFile;

/**
 * What the citizen's form and the care provider's form ask alike, and how both become one intake command, so
 * that each form only says where it differs. Fields keep what the user typed.
 */
@SuppressWarnings("NullAway")
abstract class Meldformulier {

    @NotNull(message = "{melding.formulier.verlopen}")
    @Pattern(regexp = "[A-Za-z0-9_-]{20,64}", message = "{melding.formulier.verlopen}")
    private @Nullable String formulierSleutel;

    @NotNull(message = "{melding.sector.verplicht}")
    private @Nullable Zorgsector sector;

    @NotNull(message = "{melding.soort.verplicht}")
    private @Nullable Meldingsoort soort;

    @NotBlank(message = "{melding.omschrijving.verplicht}")
    @Size(max = 10000, message = "{melding.omschrijving.te-lang}")
    private @Nullable String omschrijving;

    private boolean patientOverleden;
    private boolean doorSuicide;
    private boolean seksueelGrensoverschrijdend;
    private @Nullable SggSoort sggSoort;

    private List<MultipartFile> bijlagen = new ArrayList<>();

    /** Attachments kept from an earlier round of this form (ids of {@code Formulierbijlagen}). */
    private List<UUID> bewaard = new ArrayList<>();

    /** The fields in the order the form shows them: the error summary lists its errors in this order. */
    public abstract List<String> veldvolgorde();

    /** The kinds of notification this form may be used for. */
    abstract List<Meldingsoort> soorten();

    abstract Meldinggegevens gegevens();

    /** The intake command from the shared fields and what only the one form knows. */
    final Meldinggegevens gegevens(
            Bron bron,
            @Nullable String zorgaanbiederOmschrijving,
            @Nullable String kvkNummer,
            @Nullable LocalDate datumGebeurtenis,
            @Nullable LocalDate datumVastgesteld,
            boolean suicidepoging,
            boolean geslotenJeugdinstelling,
            Melder melder,
            @Nullable Patient patient) {
        return new Meldinggegevens(
                bron,
                Kanaal.WEBFORMULIER,
                soort,
                sector,
                null,
                null,
                zorgaanbiederOmschrijving,
                kvkNummer,
                datumGebeurtenis,
                datumVastgesteld,
                omschrijving,
                patientOverleden,
                doorSuicide,
                suicidepoging,
                geslotenJeugdinstelling,
                seksueelGrensoverschrijdend,
                seksueelGrensoverschrijdend ? sggSoort : null,
                List.of(),
                melder,
                patient);
    }

    public @Nullable String getFormulierSleutel() {
        return formulierSleutel;
    }

    public void setFormulierSleutel(@Nullable String formulierSleutel) {
        this.formulierSleutel = formulierSleutel;
    }

    public @Nullable Zorgsector getSector() {
        return sector;
    }

    public void setSector(@Nullable Zorgsector sector) {
        this.sector = sector;
    }

    public @Nullable Meldingsoort getSoort() {
        return soort;
    }

    public void setSoort(@Nullable Meldingsoort soort) {
        this.soort = soort;
    }

    public @Nullable String getOmschrijving() {
        return omschrijving;
    }

    public void setOmschrijving(@Nullable String omschrijving) {
        this.omschrijving = omschrijving;
    }

    public boolean isPatientOverleden() {
        return patientOverleden;
    }

    public void setPatientOverleden(boolean patientOverleden) {
        this.patientOverleden = patientOverleden;
    }

    public boolean isDoorSuicide() {
        return doorSuicide;
    }

    public void setDoorSuicide(boolean doorSuicide) {
        this.doorSuicide = doorSuicide;
    }

    public boolean isSeksueelGrensoverschrijdend() {
        return seksueelGrensoverschrijdend;
    }

    public void setSeksueelGrensoverschrijdend(boolean seksueelGrensoverschrijdend) {
        this.seksueelGrensoverschrijdend = seksueelGrensoverschrijdend;
    }

    public @Nullable SggSoort getSggSoort() {
        return sggSoort;
    }

    public void setSggSoort(@Nullable SggSoort sggSoort) {
        this.sggSoort = sggSoort;
    }

    public List<MultipartFile> getBijlagen() {
        return bijlagen;
    }

    public void setBijlagen(List<MultipartFile> bijlagen) {
        this.bijlagen = bijlagen;
    }

    public List<UUID> getBewaard() {
        return bewaard;
    }

    public void setBewaard(List<UUID> bewaard) {
        this.bewaard = bewaard;
    }
}
