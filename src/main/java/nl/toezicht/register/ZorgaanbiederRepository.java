package nl.toezicht.register;

import java.util.Optional;
import java.util.UUID;
import org.springframework.data.repository.ListCrudRepository;

interface ZorgaanbiederRepository extends ListCrudRepository<Zorgaanbieder, UUID> {

    Optional<Zorgaanbieder> findByKvkNummer(String kvkNummer);
}
