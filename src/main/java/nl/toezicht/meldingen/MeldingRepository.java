package nl.toezicht.meldingen;

import java.util.Optional;
import java.util.UUID;
import org.springframework.data.repository.CrudRepository;

interface MeldingRepository extends CrudRepository<Melding, UUID> {

    Optional<Melding> findByReferentie(String referentie);
}
