package nl.toezicht.meldingen;

import java.util.List;
import java.util.Optional;

/** Intake as other modules see it. */
public interface Meldingen {

    Optional<MeldingSamenvatting> vind(MeldingId id);

    List<MeldingSamenvatting> vind(List<MeldingId> ids);

    /** Case handling moved the case on: the reporter's status page follows. */
    void werkStatusBij(MeldingId id, Meldingstatus status);
}
