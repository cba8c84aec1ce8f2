package nl.toezicht.meldingen.web;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
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

/** The citizen's form of the national hotline (LMZ); fields keep what the user typed. */
@SuppressWarnings("NullAway")
public class BurgerFormulier extends Meldformulier {

    static final List<Meldingsoort> SOORTEN = List.of(Meldingsoort.KLACHT_OF_SIGNAAL, Meldingsoort.OVERIG);

    @NotBlank(message = "{melding.zorgaanbieder.tekst.verplicht}")
    @Size(max = 500, message = "{melding.zorgaanbiederOmschrijving.te-lang}")
    private @Nullable String zorgaanbieder;

    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private @Nullable LocalDate datumGebeurtenis;

    @Size(max = 200, message = "{melding.melder.naam.te-lang}")
    private @Nullable String naam;

    @Email(message = "{melding.melder.email.ongeldig}")
    @Size(max = 254, message = "{melding.melder.email.ongeldig}")
    private @Nullable String email;

    @Pattern(regexp = "|\\+?[0-9 ()-]{6,20}", message = "{melding.melder.telefoon.ongeldig}")
    private @Nullable String telefoon;

    @Size(max = 20, message = "{melding.patient.bsn.ongeldig}")
    private @Nullable String patientBsn;

    private static final List<String> VOLGORDE = List.of(
            "formulierSleutel",
            "sector",
            "soort",
            "zorgaanbieder",
            "datumGebeurtenis",
            "omschrijving",
            "patientOverleden",
            "doorSuicide",
            "seksueelGrensoverschrijdend",
            "sggSoort",
            "patientBsn",
            "naam",
            "email",
            "telefoon",
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
                Bron.BURGER,
                zorgaanbieder,
                null,
                datumGebeurtenis,
                null,
                false,
                false,
                new Melder(naam, email, telefoon),
                new Patient(null, null, patientBsn));
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

    public @Nullable String getPatientBsn() {
        return patientBsn;
    }

    public void setPatientBsn(@Nullable String patientBsn) {
        this.patientBsn = patientBsn;
    }

    public @Nullable String getTelefoon() {
        return telefoon;
    }

    public void setTelefoon(@Nullable String telefoon) {
        this.telefoon = telefoon;
    }
}
