package nl.toezicht.meldingen;

import java.time.LocalDate;
import java.util.Optional;

/**
 * What the inspectorate expects from the care provider about one notification, and by when: the provider
 * portal says so instead of only "in behandeling" (issue 11, defect 17). Implemented by the module that
 * handles notifications (zaken, from the case's deadline); without an implementation nothing is expected.
 */
public interface Verwachtingen {

    Optional<Verwachting> van(MeldingId melding);

    /**
     * @param soort what is expected, the name of the deadline kind (e.g. {@code ONDERZOEKSRAPPORT_ZORGAANBIEDER})
     * @param uiterlijk the last day
     * @param verstreken the last day has passed
     */
    record Verwachting(String soort, LocalDate uiterlijk, boolean verstreken) {}
}
