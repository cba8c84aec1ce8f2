package nl.toezicht.inspecties;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** One entry of an activity's timeline: a step of its flow, by whom, when. */
public record Activiteitstapregel(
        @Nullable Activiteitstatus van,
        Activiteitstatus naar,
        Activiteitstap stap,
        String door,
        Instant op,
        @Nullable String toelichting) {}
