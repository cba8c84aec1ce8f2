package nl.toezicht.handhaving;

import java.math.BigDecimal;
import nl.toezicht.kern.Zorgsector;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Settings of module handhaving.
 *
 * @param boetemaximum the highest administrative fine the policy allows (the fine policy table's top; a fine above
 *     it is refused on {@code bedrag})
 * @param jaarrekening the orders under penalty of the bulk process for annual accounts not deposited
 */
@ConfigurationProperties("toezicht.handhaving")
public record HandhavingProperties(
        @Nullable BigDecimal boetemaximum, @Nullable Jaarrekening jaarrekening) {

    static final BigDecimal STANDAARD_BOETEMAXIMUM = new BigDecimal("1000000.00");

    /**
     * The order under penalty for annual accounts not deposited (Wtza art. 10 / Jeugdwet 4.3.1, the
     * jaarverantwoording): the department that takes it, its legal basis, the penalty per week and its maximum,
     * the grace period in weeks.
     */
    public record Jaarrekening(
            @Nullable Zorgsector afdeling,
            @Nullable String wet,
            @Nullable String artikel,
            @Nullable BigDecimal bedrag,
            @Nullable BigDecimal maximum,
            @Nullable Integer begunstigingWeken) {
        public Jaarrekening {
            afdeling = afdeling == null ? Zorgsector.SECTOROVERSTIJGEND : afdeling;
            wet = wet == null ? "Wet toetreding zorgaanbieders" : wet;
            artikel = artikel == null ? "art. 10" : artikel;
            bedrag = bedrag == null ? new BigDecimal("500.00") : bedrag;
            maximum = maximum == null ? new BigDecimal("5000.00") : maximum;
            begunstigingWeken = begunstigingWeken == null ? 8 : begunstigingWeken;
        }
    }

    public HandhavingProperties {
        if (boetemaximum == null) {
            boetemaximum = STANDAARD_BOETEMAXIMUM;
        }
        if (jaarrekening == null) {
            jaarrekening = new Jaarrekening(null, null, null, null, null, null);
        }
    }

    BigDecimal maximum() {
        return boetemaximum == null ? STANDAARD_BOETEMAXIMUM : boetemaximum;
    }

    Jaarrekening bulk() {
        return jaarrekening == null ? new Jaarrekening(null, null, null, null, null, null) : jaarrekening;
    }
}
