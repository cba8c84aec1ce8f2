package nl.toezicht.zaken;

import java.time.LocalDate;
import nl.toezicht.kern.Zorgsector;
import nl.toezicht.termijnen.Termijnsoort;

/** The daily job found an open case past its deadline and marked it overdue (once per deadline). */
public record TermijnVerstreken(
        ZaakId zaak, String referentie, Zorgsector afdeling, Termijnsoort soort, LocalDate termijnDatum) {}
