package nl.toezicht.zaken;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * One entry in the case's timeline (the table {@code zaken.statuswijziging}, append-only): who took which
 * step, when and why, and the states around it.
 */
public record Statuswijziging(
        @Nullable Zaakstatus van,
        Zaakstatus naar,
        Transitie transitie,
        String door,
        Instant op,
        @Nullable String toelichting) {}
