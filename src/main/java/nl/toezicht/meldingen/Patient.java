package nl.toezicht.meldingen;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/** The patient or client concerned, when the reporter gives them. */
public record Patient(@Nullable String naam, @Nullable LocalDate geboortedatum) {}
