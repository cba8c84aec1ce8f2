package nl.toezicht.zaken;

import java.util.UUID;
import org.springframework.data.repository.ListCrudRepository;

/** The case row alone (version-checked); {@link Zaken} adds the links and the timeline. */
interface ZaakRepository extends ListCrudRepository<Zaak, UUID> {}
