package nl.toezicht.register;

import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
class RegisterService implements Register {

    private final ZorgaanbiederRepository repository;
    private final ZorgaanbiederZoeker zoeker;

    RegisterService(ZorgaanbiederRepository repository, ZorgaanbiederZoeker zoeker) {
        this.repository = repository;
        this.zoeker = zoeker;
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<ZorgaanbiederSamenvatting> vind(ZorgaanbiederId id) {
        return repository.findById(id.waarde()).map(Zorgaanbieder::samenvatting);
    }

    @Override
    public boolean hoortBij(ZorgaanbiederId zorgaanbieder, LocatieId locatie) {
        return zoeker.hoortBij(zorgaanbieder, locatie);
    }

    @Override
    public List<ZorgaanbiederSamenvatting> zoek(String term, int limit) {
        return zoeker.zoek(ZoekVraag.op(term, limit)).items();
    }
}
