package nl.toezicht.handhaving;

import java.math.BigDecimal;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Settings of module handhaving.
 *
 * @param boetemaximum the highest administrative fine the policy allows (the fine policy table's top; a fine above
 *     it is refused on {@code bedrag})
 */
@ConfigurationProperties("toezicht.handhaving")
public record HandhavingProperties(@Nullable BigDecimal boetemaximum) {

    static final BigDecimal STANDAARD_BOETEMAXIMUM = new BigDecimal("1000000.00");

    public HandhavingProperties {
        if (boetemaximum == null) {
            boetemaximum = STANDAARD_BOETEMAXIMUM;
        }
    }

    BigDecimal maximum() {
        return boetemaximum == null ? STANDAARD_BOETEMAXIMUM : boetemaximum;
    }
}
