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
import nl.toezicht.meldingen.Patient;
import nl.toezicht.meldingen.SggSoort;
import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.multipart.MultipartFile;

/** A care provider's mandatory notification (Wkkgz); fields keep what the user typed. */
@SuppressWarnings("NullAway")
public class ZorgaanbiederFormulier {

    static final List<Meldingsoort> SOORTEN = List.of(
            Meldingsoort.CALAMITEIT, Meldingsoort.GEWELD_IN_ZORGRELATIE, Meldingsoort.ONTSLAG_WEGENS_DISFUNCTIONEREN);

    @NotNull(message = "{melding.formulier.verlopen}")
    @Pattern(regexp = "[A-Za-z0-9_-]{20,64}", message = "{melding.formulier.verlopen}")
    private @Nullable String formulierSleutel;

    @NotBlank(message = "{melding.kvkNummer.verplicht}")
    @Pattern(regexp = "|[0-9]{8}", message = "{melding.kvkNummer.ongeldig}")
    private @Nullable String kvkNummer;

    @NotNull(message = "{melding.soort.verplicht}")
    private @Nullable Meldingsoort soort;

    @NotNull(message = "{melding.sector.verplicht}")
    private @Nullable Zorgsector sector;

    @Size(max = 500, message = "{melding.zorgaanbiederOmschrijving.te-lang}")
    private @Nullable String locatie;

    @NotNull(message = "{melding.datumGebeurtenis.verplicht}")
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private @Nullable LocalDate datumGebeurtenis;

    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private @Nullable LocalDate datumVastgesteld;

    @NotBlank(message = "{melding.omschrijving.verplicht}")
    @Size(max = 10000, message = "{melding.omschrijving.te-lang}")
    private @Nullable String omschrijving;

    private boolean patientOverleden;
    private boolean doorSuicide;
    private boolean suicidepoging;
    private boolean geslotenJeugdinstelling;
    private boolean seksueelGrensoverschrijdend;
    private @Nullable SggSoort sggSoort;

    @Size(max = 200, message = "{melding.patient.naam.te-lang}")
    private @Nullable String patientNaam;

    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private @Nullable LocalDate patientGeboortedatum;

    @NotBlank(message = "{melding.melder.naam.verplicht}")
    @Size(max = 200, message = "{melding.melder.naam.te-lang}")
    private @Nullable String contactNaam;

    @NotBlank(message = "{melding.melder.email.verplicht}")
    @Email(message = "{melding.melder.email.ongeldig}")
    @Size(max = 254, message = "{melding.melder.email.ongeldig}")
    private @Nullable String contactEmail;

    @Pattern(regexp = "|\\+?[0-9 ()-]{6,20}", message = "{melding.melder.telefoon.ongeldig}")
    private @Nullable String contactTelefoon;

    private List<MultipartFile> bijlagen = new ArrayList<>();

    Meldinggegevens gegevens() {
        return new Meldinggegevens(
                Bron.ZORGAANBIEDER,
                Kanaal.WEBFORMULIER,
                soort,
                sector,
                null,
                null,
                locatie,
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
                new Melder(contactNaam, contactEmail, contactTelefoon),
                new Patient(patientNaam, patientGeboortedatum));
    }

    public @Nullable String getFormulierSleutel() {
        return formulierSleutel;
    }

    public void setFormulierSleutel(@Nullable String formulierSleutel) {
        this.formulierSleutel = formulierSleutel;
    }

    public @Nullable String getKvkNummer() {
        return kvkNummer;
    }

    public void setKvkNummer(@Nullable String kvkNummer) {
        this.kvkNummer = kvkNummer == null ? null : kvkNummer.strip();
    }

    public @Nullable Meldingsoort getSoort() {
        return soort;
    }

    public void setSoort(@Nullable Meldingsoort soort) {
        this.soort = soort;
    }

    public @Nullable Zorgsector getSector() {
        return sector;
    }

    public void setSector(@Nullable Zorgsector sector) {
        this.sector = sector;
    }

    public @Nullable String getLocatie() {
        return locatie;
    }

    public void setLocatie(@Nullable String locatie) {
        this.locatie = locatie;
    }

    public @Nullable LocalDate getDatumGebeurtenis() {
        return datumGebeurtenis;
    }

    public void setDatumGebeurtenis(@Nullable LocalDate datumGebeurtenis) {
        this.datumGebeurtenis = datumGebeurtenis;
    }

    public @Nullable LocalDate getDatumVastgesteld() {
        return datumVastgesteld;
    }

    public void setDatumVastgesteld(@Nullable LocalDate datumVastgesteld) {
        this.datumVastgesteld = datumVastgesteld;
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

    public boolean isSuicidepoging() {
        return suicidepoging;
    }

    public void setSuicidepoging(boolean suicidepoging) {
        this.suicidepoging = suicidepoging;
    }

    public boolean isGeslotenJeugdinstelling() {
        return geslotenJeugdinstelling;
    }

    public void setGeslotenJeugdinstelling(boolean geslotenJeugdinstelling) {
        this.geslotenJeugdinstelling = geslotenJeugdinstelling;
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

    public @Nullable String getPatientNaam() {
        return patientNaam;
    }

    public void setPatientNaam(@Nullable String patientNaam) {
        this.patientNaam = patientNaam;
    }

    public @Nullable LocalDate getPatientGeboortedatum() {
        return patientGeboortedatum;
    }

    public void setPatientGeboortedatum(@Nullable LocalDate patientGeboortedatum) {
        this.patientGeboortedatum = patientGeboortedatum;
    }

    public @Nullable String getContactNaam() {
        return contactNaam;
    }

    public void setContactNaam(@Nullable String contactNaam) {
        this.contactNaam = contactNaam;
    }

    public @Nullable String getContactEmail() {
        return contactEmail;
    }

    public void setContactEmail(@Nullable String contactEmail) {
        this.contactEmail = contactEmail;
    }

    public @Nullable String getContactTelefoon() {
        return contactTelefoon;
    }

    public void setContactTelefoon(@Nullable String contactTelefoon) {
        this.contactTelefoon = contactTelefoon;
    }

    public List<MultipartFile> getBijlagen() {
        return bijlagen;
    }

    public void setBijlagen(List<MultipartFile> bijlagen) {
        this.bijlagen = bijlagen;
    }
}
