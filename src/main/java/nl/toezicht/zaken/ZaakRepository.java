package nl.toezicht.zaken;

import java.util.UUID;
import org.springframework.data.repository.ListCrudRepository;

interface ZaakRepository extends ListCrudRepository<Zaak, UUID> {}
