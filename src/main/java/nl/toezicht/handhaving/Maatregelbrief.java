package nl.toezicht.handhaving;

import java.time.Instant;
import java.util.UUID;

/** A letter of a measure as sent: the step, the document in the dossier, who signed under which role, to whom. */
public record Maatregelbrief(
        UUID id,
        Maatregelstap stap,
        UUID documentId,
        String ondertekendDoor,
        String rol,
        String aan,
        Instant verzondenOp) {}
