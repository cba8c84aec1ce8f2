package nl.toezicht.zaken.web;

import org.jspecify.annotations.Nullable;

/**
 * The fields of the case page's forms (steps, deadline, assignment, notes, tasks, four eyes); each form sends the
 * ones it has, the rest stay null. Bound by name, so every handler of the page has one signature and the command
 * reads and checks what it needs ({@code Zaakopdracht}).
 */
record Zaakformulier(
        @Nullable String toelichting,
        @Nullable String sluitreden,
        @Nullable String grond,
        @Nullable String regel,
        @Nullable String lengte,
        @Nullable String reden,
        @Nullable String inspecteur,
        @Nullable String meldingId,
        @Nullable String tekst,
        @Nullable String omschrijving,
        @Nullable String toegewezenAan,
        @Nullable String uiterlijk,
        @Nullable String taak,
        @Nullable Long versie) {}
