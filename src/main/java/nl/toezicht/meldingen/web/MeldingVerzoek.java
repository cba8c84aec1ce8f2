package nl.toezicht.meldingen.web;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import nl.toezicht.kern.Weigering;
import nl.toezicht.kern.Zorgsector;
import nl.toezicht.meldingen.Bron;
import nl.toezicht.meldingen.Kanaal;
import nl.toezicht.meldingen.Melder;
import nl.toezicht.meldingen.Meldinggegevens;
import nl.toezicht.meldingen.Meldingsoort;
import nl.toezicht.meldingen.Patient;
import nl.toezicht.meldingen.SggSoort;
import nl.toezicht.register.LocatieId;
import nl.toezicht.register.ZorgaanbiederId;
import org.jspecify.annotations.Nullable;

/** A notification as sent to {@code POST /api/v1/meldingen}. */
record MeldingVerzoek(
        @NotNull(message = "{melding.bron.verplicht}") @Nullable
        Bron bron,

        @Nullable Kanaal kanaal,

        @NotNull(message = "{melding.soort.verplicht}") @Nullable
        Meldingsoort soort,

        @NotNull(message = "{melding.sector.verplicht}") @Nullable
        Zorgsector sector,

        @Nullable UUID zorgaanbiederId,
        @Nullable UUID locatieId,

        @Size(max = 500, message = "{melding.zorgaanbiederOmschrijving.te-lang}") @Nullable
        String zorgaanbiederOmschrijving,

        @Pattern(regexp = "[0-9]{8}", message = "{melding.kvkNummer.ongeldig}") @Nullable
        String kvkNummer,

        @Nullable LocalDate datumGebeurtenis,
        @Nullable LocalDate datumVastgesteld,

        @NotBlank(message = "{melding.omschrijving.verplicht}")
        @Size(max = 10000, message = "{melding.omschrijving.te-lang}")
        @Nullable
        String omschrijving,

        @Nullable Boolean patientOverleden,
        @Nullable Boolean doorSuicide,
        @Nullable Boolean suicidepoging,
        @Nullable Boolean geslotenJeugdinstelling,
        @Nullable Boolean seksueelGrensoverschrijdend,
        @Nullable SggSoort sggSoort,

        @Size(max = 20, message = "{melding.themas.te-veel}") @Nullable
        List<@NotBlank(message = "{melding.thema.leeg}") @Size(max = 100, message = "{melding.thema.te-lang}") String>
                themas,

        @Valid @Nullable MelderVerzoek melder,
        @Valid @Nullable PatientVerzoek patient) {

    record MelderVerzoek(
            @Size(max = 200, message = "{melding.melder.naam.te-lang}") @Nullable
            String naam,

            @Email(message = "{melding.melder.email.ongeldig}")
            @Size(max = 254, message = "{melding.melder.email.ongeldig}")
            @Nullable
            String email,

            @Pattern(regexp = "\\+?[0-9 ()-]{6,20}", message = "{melding.melder.telefoon.ongeldig}") @Nullable
            String telefoon) {

        /** Never print contact data, in logs or exceptions. */
        @Override
        public String toString() {
            return "MelderVerzoek[***]";
        }
    }

    record PatientVerzoek(
            @Size(max = 200, message = "{melding.patient.naam.te-lang}") @Nullable
            String naam,

            @Nullable LocalDate geboortedatum,

            @Size(max = 20, message = "{melding.patient.bsn.ongeldig}") @Nullable
            String bsn) {

        @Override
        public String toString() {
            return "PatientVerzoek[***]";
        }
    }

    Meldinggegevens gegevens(Kanaal standaardKanaal) {
        return gegevens(standaardKanaal, null);
    }

    /**
     * With {@code kvkVanSleutel} (the request came with a care provider's API key) the notification is that
     * provider's: source ZORGAANBIEDER and the key's KvK number; a different KvK number in the body is
     * refused.
     */
    @SuppressWarnings("NullAway")
    Meldinggegevens gegevens(Kanaal standaardKanaal, @Nullable String kvkVanSleutel) {
        if (kvkVanSleutel != null && kvkNummer != null && !kvkNummer.equals(kvkVanSleutel)) {
            throw Weigering.opVeld("kvkNummer", "melding.kvkNummer.niet-van-sleutel");
        }
        return new Meldinggegevens(
                kvkVanSleutel != null ? Bron.ZORGAANBIEDER : bron,
                kanaal == null ? standaardKanaal : kanaal,
                soort,
                sector,
                zorgaanbiederId == null ? null : new ZorgaanbiederId(zorgaanbiederId),
                locatieId == null ? null : new LocatieId(locatieId),
                zorgaanbiederOmschrijving,
                kvkVanSleutel != null ? kvkVanSleutel : kvkNummer,
                datumGebeurtenis,
                datumVastgesteld,
                omschrijving,
                Boolean.TRUE.equals(patientOverleden),
                Boolean.TRUE.equals(doorSuicide),
                Boolean.TRUE.equals(suicidepoging),
                Boolean.TRUE.equals(geslotenJeugdinstelling),
                Boolean.TRUE.equals(seksueelGrensoverschrijdend),
                sggSoort,
                themas == null ? List.of() : themas.stream().map(String::strip).toList(),
                melder == null ? null : new Melder(melder.naam(), melder.email(), melder.telefoon()),
                patient == null ? null : new Patient(patient.naam(), patient.geboortedatum(), patient.bsn()));
    }
}
