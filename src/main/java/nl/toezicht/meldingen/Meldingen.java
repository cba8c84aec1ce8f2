package nl.toezicht.meldingen;

import java.util.List;
import java.util.Optional;

/** Intake as other modules see it. */
public interface Meldingen {

    Optional<MeldingSamenvatting> vind(MeldingId id);

    List<MeldingSamenvatting> vind(List<MeldingId> ids);

    /** The notification with this public reference ({@code M-2026-000123}), as a reporter quotes it. */
    Optional<MeldingId> vindOpReferentie(String referentie);

    /** Case handling moved the case on: the reporter's status page follows. */
    void werkStatusBij(MeldingId id, Meldingstatus status);
}
