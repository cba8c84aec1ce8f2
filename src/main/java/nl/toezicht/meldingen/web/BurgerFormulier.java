package nl.toezicht.meldingen.web;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import nl.toezicht.kern.Zorgsector;
import nl.toezicht.meldingen.Bron;
import nl.toezicht.meldingen.Kanaal;
import nl.toezicht.meldingen.Melder;
import nl.toezicht.meldingen.Meldinggegevens;
import nl.toezicht.meldingen.Meldingsoort;
import nl.toezicht.meldingen.SggSoort;
import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.multipart.MultipartFile;

/** The citizen's form of the national hotline (LMZ); fields keep what the user typed. */
@SuppressWarnings("NullAway")
public class BurgerFormulier {

    static final List<Meldingsoort> SOORTEN = List.of(Meldingsoort.KLACHT_OF_SIGNAAL, Meldingsoort.OVERIG);

    @NotNull(message = "{melding.formulier.verlopen}")
    @Pattern(regexp = "[A-Za-z0-9_-]{20,64}", message = "{melding.formulier.verlopen}")
    private @Nullable String formulierSleutel;

    @NotNull(message = "{melding.sector.verplicht}")
    private @Nullable Zorgsector sector;

    @NotNull(message = "{melding.soort.verplicht}")
    private @Nullable Meldingsoort soort;

    @NotBlank(message = "{melding.zorgaanbieder.tekst.verplicht}")
    @Size(max = 500, message = "{melding.zorgaanbiederOmschrijving.te-lang}")
    private @Nullable String zorgaanbieder;

    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private @Nullable LocalDate datumGebeurtenis;

    @NotBlank(message = "{melding.omschrijving.verplicht}")
    @Size(max = 10000, message = "{melding.omschrijving.te-lang}")
    private @Nullable String omschrijving;

    private boolean patientOverleden;
    private boolean doorSuicide;
    private boolean seksueelGrensoverschrijdend;
    private @Nullable SggSoort sggSoort;

    @Size(max = 200, message = "{melding.melder.naam.te-lang}")
    private @Nullable String naam;

    @Email(message = "{melding.melder.email.ongeldig}")
    @Size(max = 254, message = "{melding.melder.email.ongeldig}")
    private @Nullable String email;

    @Pattern(regexp = "|\\+?[0-9 ()-]{6,20}", message = "{melding.melder.telefoon.ongeldig}")
    private @Nullable String telefoon;

    private List<MultipartFile> bijlagen = new ArrayList<>();

    Meldinggegevens gegevens() {
        return new Meldinggegevens(
                Bron.BURGER,
                Kanaal.WEBFORMULIER,
                soort,
                sector,
                null,
                null,
                zorgaanbieder,
                null,
                datumGebeurtenis,
                null,
                omschrijving,
                patientOverleden,
                doorSuicide,
                false,
                false,
                seksueelGrensoverschrijdend,
                seksueelGrensoverschrijdend ? sggSoort : null,
                List.of(),
                new Melder(naam, email, telefoon),
                null);
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

    public @Nullable String getZorgaanbieder() {
        return zorgaanbieder;
    }

    public void setZorgaanbieder(@Nullable String zorgaanbieder) {
        this.zorgaanbieder = zorgaanbieder;
    }

    public @Nullable LocalDate getDatumGebeurtenis() {
        return datumGebeurtenis;
    }

    public void setDatumGebeurtenis(@Nullable LocalDate datumGebeurtenis) {
        this.datumGebeurtenis = datumGebeurtenis;
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

    public @Nullable String getNaam() {
        return naam;
    }

    public void setNaam(@Nullable String naam) {
        this.naam = naam;
    }

    public @Nullable String getEmail() {
        return email;
    }

    public void setEmail(@Nullable String email) {
        this.email = email;
    }

    public @Nullable String getTelefoon() {
        return telefoon;
    }

    public void setTelefoon(@Nullable String telefoon) {
        this.telefoon = telefoon;
    }

    public List<MultipartFile> getBijlagen() {
        return bijlagen;
    }

    public void setBijlagen(List<MultipartFile> bijlagen) {
        this.bijlagen = bijlagen;
    }
}
