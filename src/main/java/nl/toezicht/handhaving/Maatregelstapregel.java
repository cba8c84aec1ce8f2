package nl.toezicht.handhaving;

import java.math.BigDecimal;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** One entry of a measure's timeline (append-only, decision 0033): a step taken, by whom, when, with what amount. */
public record Maatregelstapregel(
        @Nullable Maatregelstatus van,
        Maatregelstatus naar,
        Maatregelstap stap,
        String door,
        Instant op,
        @Nullable String toelichting,
        @Nullable BigDecimal bedrag) {}
