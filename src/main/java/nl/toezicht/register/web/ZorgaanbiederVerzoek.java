package nl.toezicht.register.web;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import nl.toezicht.kern.Zorgsector;
import nl.toezicht.register.KvkNummer;
import nl.toezicht.register.LocatieId;
import nl.toezicht.register.Postcode;
import nl.toezicht.register.ZorgaanbiederGegevens;
import org.jspecify.annotations.Nullable;

/**
 * A care provider as the JSON API receives it (create and full update). {@code versie}, when sent with an
 * update, is the version the client read: a change by someone else since is refused.
 */
record ZorgaanbiederVerzoek(
        @NotBlank(message = "{zorgaanbieder.veld.verplicht}")
        @Size(max = 300, message = "{zorgaanbieder.validatie.te-lang}")
        String naam,

        @NotBlank(message = "{zorgaanbieder.veld.verplicht}")
        @Pattern(regexp = KvkNummer.PATROON, message = "{zorgaanbieder.kvk.ongeldig}")
        String kvkNummer,

        @Nullable @Pattern(regexp = "^[0-9]{8}$", message = "{zorgaanbieder.agb.ongeldig}")
        String agbCode,

        @NotEmpty(message = "{zorgaanbieder.sectoren.verplicht}")
        Set<@NotNull(message = "{zorgaanbieder.validatie.sector-leeg}") Zorgsector> sectoren,

        @NotEmpty(message = "{zorgaanbieder.locaties.verplicht}")
        List<@NotNull(message = "{zorgaanbieder.validatie.locatie-leeg}") @Valid LocatieVerzoek> locaties,

        @Nullable Long versie) {

    record LocatieVerzoek(
            @Nullable UUID id,

            @Nullable @Size(max = 300, message = "{zorgaanbieder.validatie.te-lang}")
            String naam,

            @NotBlank(message = "{zorgaanbieder.veld.verplicht}")
            @Size(max = 300, message = "{zorgaanbieder.validatie.te-lang}")
            String adres,

            @NotBlank(message = "{zorgaanbieder.veld.verplicht}")
            @Pattern(regexp = Postcode.INVOER_PATROON, message = "{zorgaanbieder.postcode.ongeldig}")
            String postcode,

            @NotBlank(message = "{zorgaanbieder.veld.verplicht}")
            @Size(max = 100, message = "{zorgaanbieder.validatie.te-lang}")
            String plaats,

            @NotBlank(message = "{zorgaanbieder.veld.verplicht}")
            @Size(max = 100, message = "{zorgaanbieder.validatie.te-lang}")
            String gemeente) {}

    ZorgaanbiederGegevens gegevens() {
        return new ZorgaanbiederGegevens(
                naam,
                kvkNummer,
                agbCode,
                sectoren,
                locaties.stream()
                        .map(l -> new ZorgaanbiederGegevens.LocatieGegevens(
                                l.id() == null ? null : new LocatieId(l.id()),
                                l.naam(),
                                l.adres(),
                                l.postcode(),
                                l.plaats(),
                                l.gemeente()))
                        .toList());
    }
}
