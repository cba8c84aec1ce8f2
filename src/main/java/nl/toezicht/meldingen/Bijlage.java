package nl.toezicht.meldingen;

import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.data.annotation.Id;
import org.springframework.data.relational.core.mapping.Table;

/**
 * An attachment of a notification. The file lives under a server-chosen key; the reporter's file name is
 * kept only to offer it back on download.
 */
@Table(schema = "meldingen", name = "bijlage")
record Bijlage(
        @Id UUID id,
        String bestandsnaam,
        String mediatype,
        long grootte,
        String sha256,
        String opslagSleutel,
        Instant toegevoegdOp,
        /** The reporter's later addition it came with (its number); null: sent with the notification. */
        @Nullable Integer aanvulling) {}
