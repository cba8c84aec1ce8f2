package nl.toezicht.zaken;

import java.time.Instant;
import org.jspecify.annotations.Nullable;
import org.springframework.data.relational.core.mapping.Table;

/** One step in the case's timeline: who did what, when and why. */
@Table(schema = "zaken", name = "statuswijziging")
public record Statuswijziging(
        @Nullable Zaakstatus van,
        Zaakstatus naar,
        Transitie transitie,
        String door,
        Instant op,
        @Nullable String toelichting) {}
