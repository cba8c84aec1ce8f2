package nl.toezicht.zaken;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import nl.toezicht.kern.Zorgsector;
import nl.toezicht.meldingen.MeldingId;
import nl.toezicht.meldingen.MeldingSamenvatting;
import nl.toezicht.meldingen.Meldingen;
import nl.toezicht.meldingen.Meldingsoort;
import nl.toezicht.meldingen.Meldingstatus;
import nl.toezicht.register.LocatieId;
import nl.toezicht.register.Register;
import nl.toezicht.register.ZorgaanbiederId;
import nl.toezicht.register.ZorgaanbiederSamenvatting;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Stand-ins for the modules built in parallel (meldingen, register), used only while their
 * implementations are not on this branch: each steps aside as soon as a real bean exists. They read
 * and write the other modules' tables plainly, which the real implementations own.
 */
@Configuration(proxyBeanMethods = false)
public class ZakenTestStubs {

    @Bean
    @ConditionalOnMissingBean(Meldingen.class)
    Meldingen meldingenStub(JdbcClient jdbc) {
        return new Meldingen() {
            @Override
            public Optional<MeldingSamenvatting> vind(MeldingId id) {
                return vind(List.of(id)).stream().findFirst();
            }

            @Override
            public List<MeldingSamenvatting> vind(List<MeldingId> ids) {
                if (ids.isEmpty()) {
                    return List.of();
                }
                return jdbc.sql("select * from meldingen.melding where id in (:ids) order by ontvangen_op")
                        .param("ids", ids.stream().map(MeldingId::waarde).toList())
                        .query(ZakenTestStubs::melding)
                        .list();
            }

            @Override
            public void werkStatusBij(MeldingId id, Meldingstatus status) {
                jdbc.sql("update meldingen.melding set status = ? where id = ?")
                        .params(status.name(), id.waarde())
                        .update();
            }
        };
    }

    @Bean
    @ConditionalOnMissingBean(Register.class)
    Register registerStub(JdbcClient jdbc) {
        return new Register() {
            @Override
            public Optional<ZorgaanbiederSamenvatting> vind(ZorgaanbiederId id) {
                return jdbc.sql("select id, naam, kvk_nummer from register.zorgaanbieder where id = ?")
                        .param(id.waarde())
                        .query((rs, i) -> new ZorgaanbiederSamenvatting(
                                id, rs.getString("naam"), rs.getString("kvk_nummer"), Set.of(), List.of()))
                        .optional();
            }

            @Override
            public boolean hoortBij(ZorgaanbiederId zorgaanbieder, LocatieId locatie) {
                return false;
            }
        };
    }

    private static MeldingSamenvatting melding(ResultSet rs, int i) throws SQLException {
        UUID zorgaanbieder = rs.getObject("zorgaanbieder_id", UUID.class);
        return new MeldingSamenvatting(
                new MeldingId(rs.getObject("id", UUID.class)),
                rs.getString("referentie"),
                Meldingstatus.valueOf(rs.getString("status")),
                Meldingsoort.valueOf(rs.getString("soort")),
                Zorgsector.valueOf(rs.getString("sector")),
                rs.getString("bron"),
                rs.getString("kanaal"),
                zorgaanbieder == null ? null : new ZorgaanbiederId(zorgaanbieder),
                rs.getString("zorgaanbieder_omschrijving"),
                rs.getObject("datum_gebeurtenis", java.time.LocalDate.class),
                rs.getString("omschrijving"),
                rs.getBoolean("patient_overleden"),
                rs.getBoolean("door_suicide"),
                rs.getTimestamp("ontvangen_op").toInstant(),
                List.of());
    }
}
