package nl.toezicht.meldingen;

import java.util.List;
import java.util.Optional;
import nl.toezicht.logboek.Logobject;

/** Intake as other modules see it. */
public interface Meldingen {

    Optional<MeldingSamenvatting> vind(MeldingId id);

    List<MeldingSamenvatting> vind(List<MeldingId> ids);

    /** The notification with this public reference ({@code M-2026-000123}), as a reporter quotes it. */
    Optional<MeldingId> vindOpReferentie(String referentie);

    /**
     * The access-log objects of these notifications, with their patients' pseudonyms, in one query: a case
     * read logs the notifications it shows.
     */
    List<Logobject> logobjecten(List<MeldingId> ids);

    /**
     * The notification as its receipt announced it ({@link MeldingOntvangen}, with its provider as linked now): what
     * case handling opens a case of its own from when a notification is split off the case it was wrongly linked to.
     */
    Optional<MeldingOntvangen> alsOntvangen(MeldingId id);

    /** Case handling moved the case on: the reporter's status page follows. */
    void werkStatusBij(MeldingId id, Meldingstatus status);
}
