package nl.toezicht.register;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
class RegisterService implements Register {

    private final ZorgaanbiederRepository repository;
    private final ZorgaanbiederZoeker zoeker;
    private final JdbcClient jdbc;

    RegisterService(ZorgaanbiederRepository repository, ZorgaanbiederZoeker zoeker, JdbcClient jdbc) {
        this.repository = repository;
        this.zoeker = zoeker;
        this.jdbc = jdbc;
    }

    @Override
    public Map<ZorgaanbiederId, String> namen(Collection<ZorgaanbiederId> ids) {
        Map<ZorgaanbiederId, String> namen = new HashMap<>();
        if (ids.isEmpty()) {
            return namen;
        }
        jdbc.sql("select id, naam from register.zorgaanbieder where id = any(?)")
                .param(ids.stream().map(ZorgaanbiederId::waarde).distinct().toArray(UUID[]::new))
                .query((rs, i) -> namen.put(new ZorgaanbiederId(rs.getObject("id", UUID.class)), rs.getString("naam")))
                .list();
        return namen;
    }

    @Override
    public List<ZorgaanbiederId> metKvkNummers(Collection<String> kvkNummers) {
        if (kvkNummers.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("select id from register.zorgaanbieder where kvk_nummer = any(?)")
                .param(kvkNummers.toArray(String[]::new))
                .query((rs, i) -> new ZorgaanbiederId(rs.getObject("id", UUID.class)))
                .list();
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
