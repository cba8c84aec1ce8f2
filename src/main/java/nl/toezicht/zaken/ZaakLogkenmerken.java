package nl.toezicht.zaken;

import nl.toezicht.logboek.Logobjectkenmerken;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Cases appear in the privacy officer's access log by their reference. */
@Configuration(proxyBeanMethods = false)
class ZaakLogkenmerken {

    @Bean
    Logobjectkenmerken zaakkenmerken(JdbcClient jdbc) {
        return Logobjectkenmerken.uit("ZAAK", jdbc, "select id, referentie from zaken.zaak where id = any(?)");
    }
}
