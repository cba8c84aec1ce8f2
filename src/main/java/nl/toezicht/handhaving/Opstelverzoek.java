package nl.toezicht.handhaving;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import nl.toezicht.kern.Zorgsector;
import org.jspecify.annotations.Nullable;

/**
 * What legal staff fill in to prepare a measure; checked by {@link Handhaving#stelOp} and the measure itself.
 *
 * @param locatie a location of the provider in the register, if the measure concerns one
 * @param beroepsbeoefenaar the professional (name and BIG number) for a disciplinary complaint; the register knows
 *     no professionals yet, so this is text
 * @param boetecategorie a fine's category in the fine policy table: its amount follows from the version in force on
 *     the report date, less the reductions chosen ({@code bedrag} stays empty)
 * @param matigingen the codes of the reductions of that version that apply
 */
public record Opstelverzoek(
        @Nullable Maatregelsoort soort,
        @Nullable Zorgsector afdeling,
        @Nullable UUID zorgaanbieder,
        @Nullable UUID locatie,
        @Nullable String beroepsbeoefenaar,
        @Nullable Aanleiding aanleiding,
        @Nullable String aanleidingKenmerk,
        @Nullable String wet,
        @Nullable String artikel,
        @Nullable String omschrijving,
        @Nullable BigDecimal bedrag,
        @Nullable Dwangsomeenheid eenheid,
        @Nullable BigDecimal maximum,
        @Nullable LocalDate rapportdatum,
        @Nullable Integer boetecategorie,
        @Nullable List<String> matigingen) {}
