package nl.toezicht.meldingen.web;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import nl.toezicht.meldingen.Bron;
import nl.toezicht.meldingen.Melder;
import nl.toezicht.meldingen.Meldinggegevens;
import nl.toezicht.meldingen.Meldingsoort;
import nl.toezicht.meldingen.Patient;
import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;

/** A care provider's mandatory notification (Wkkgz); fields keep what the user typed. */
@SuppressWarnings("NullAway")
public class ZorgaanbiederFormulier extends Meldformulier {

    static final List<Meldingsoort> SOORTEN = List.of(
            Meldingsoort.CALAMITEIT, Meldingsoort.GEWELD_IN_ZORGRELATIE, Meldingsoort.ONTSLAG_WEGENS_DISFUNCTIONEREN);

    @NotBlank(message = "{melding.kvkNummer.verplicht}")
    @Pattern(regexp = "|[0-9]{8}", message = "{melding.kvkNummer.ongeldig}")
    private @Nullable String kvkNummer;

    @Size(max = 500, message = "{melding.zorgaanbiederOmschrijving.te-lang}")
    private @Nullable String locatie;

    // unlike a citizen, a provider must say when it happened (Wkkgz)
    @NotNull(message = "{melding.datumGebeurtenis.verplicht}")
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private @Nullable LocalDate datumGebeurtenis;

    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private @Nullable LocalDate datumVastgesteld;

    private boolean suicidepoging;
    private boolean geslotenJeugdinstelling;

    @Size(max = 200, message = "{melding.patient.naam.te-lang}")
    private @Nullable String patientNaam;

    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private @Nullable LocalDate patientGeboortedatum;

    @Size(max = 20, message = "{melding.patient.bsn.ongeldig}")
    private @Nullable String patientBsn;

    @NotBlank(message = "{melding.melder.naam.verplicht}")
    @Size(max = 200, message = "{melding.melder.naam.te-lang}")
    private @Nullable String contactNaam;

    @NotBlank(message = "{melding.melder.email.verplicht}")
    @Email(message = "{melding.melder.email.ongeldig}")
    @Size(max = 254, message = "{melding.melder.email.ongeldig}")
    private @Nullable String contactEmail;

    @Pattern(regexp = "|\\+?[0-9 ()-]{6,20}", message = "{melding.melder.telefoon.ongeldig}")
    private @Nullable String contactTelefoon;

    private static final List<String> VOLGORDE = List.of(
            "formulierSleutel",
            "kvkNummer",
            "soort",
            "sector",
            "locatie",
            "datumGebeurtenis",
            "datumVastgesteld",
            "omschrijving",
            "patientOverleden",
            "doorSuicide",
            "suicidepoging",
            "geslotenJeugdinstelling",
            "seksueelGrensoverschrijdend",
            "sggSoort",
            "patientNaam",
            "patientGeboortedatum",
            "patientBsn",
            "contactNaam",
            "contactEmail",
            "contactTelefoon",
            "bijlagen");

    @Override
    public List<String> veldvolgorde() {
        return VOLGORDE;
    }

    @Override
    List<Meldingsoort> soorten() {
        return SOORTEN;
    }

    @Override
    Meldinggegevens gegevens() {
        return gegevens(
                Bron.ZORGAANBIEDER,
                locatie,
                kvkNummer,
                datumGebeurtenis,
                datumVastgesteld,
                suicidepoging,
                geslotenJeugdinstelling,
                new Melder(contactNaam, contactEmail, contactTelefoon),
                new Patient(patientNaam, patientGeboortedatum, patientBsn));
    }

    public @Nullable String getKvkNummer() {
        return kvkNummer;
    }

    public void setKvkNummer(@Nullable String kvkNummer) {
        this.kvkNummer = kvkNummer == null ? null : kvkNummer.strip();
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

    public @Nullable String getPatientBsn() {
        return patientBsn;
    }

    public void setPatientBsn(@Nullable String patientBsn) {
        this.patientBsn = patientBsn;
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
}
