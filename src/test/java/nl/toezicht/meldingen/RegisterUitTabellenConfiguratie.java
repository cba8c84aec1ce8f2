package nl.toezicht.meldingen;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import nl.toezicht.register.LocatieId;
import nl.toezicht.register.Register;
import nl.toezicht.register.ZorgaanbiederId;
import nl.toezicht.register.ZorgaanbiederSamenvatting;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Stand-in for the register module while it is built on another branch: reads the register tables
 * directly. An auto-configuration (listed in the test's AutoConfiguration.imports) so that it backs off as
 * soon as the real {@link Register} exists. Delete it once the register module is merged.
 */
@AutoConfiguration
public class RegisterUitTabellenConfiguratie {

    @Bean
    @ConditionalOnMissingBean(Register.class)
    Register registerUitTabellen(JdbcClient jdbc) {
        return new Register() {
            @Override
            public Optional<ZorgaanbiederSamenvatting> vind(ZorgaanbiederId id) {
                return jdbc.sql("select id, naam, kvk_nummer from register.zorgaanbieder where id = ?")
                        .param(id.waarde())
                        .query((rs, i) -> new ZorgaanbiederSamenvatting(
                                new ZorgaanbiederId(rs.getObject("id", UUID.class)),
                                rs.getString("naam"),
                                rs.getString("kvk_nummer"),
                                Set.of(),
                                List.of()))
                        .optional();
            }

            @Override
            public boolean hoortBij(ZorgaanbiederId zorgaanbieder, LocatieId locatie) {
                return jdbc.sql("select count(*) from register.locatie where id = ? and zorgaanbieder = ?")
                                .params(locatie.waarde(), zorgaanbieder.waarde())
                                .query(Integer.class)
                                .single()
                        > 0;
            }
        };
    }
}
