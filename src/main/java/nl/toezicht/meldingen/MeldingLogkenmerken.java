package nl.toezicht.meldingen;

import nl.toezicht.logboek.Logobjectkenmerken;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Notifications, and their attachments by the notification's reference, in the privacy officer's log. */
@Configuration(proxyBeanMethods = false)
class MeldingLogkenmerken {

    @Bean
    Logobjectkenmerken meldingkenmerken(JdbcClient jdbc) {
        return Logobjectkenmerken.uit(
                "MELDING", jdbc, "select id, referentie from meldingen.melding where id = any(?)");
    }

    @Bean
    Logobjectkenmerken bijlagekenmerken(JdbcClient jdbc) {
        return Logobjectkenmerken.uit(
                "BIJLAGE",
                jdbc,
                "select b.id, m.referentie from meldingen.bijlage b join meldingen.melding m on m.id = b.melding_id "
                        + "where b.id = any(?)");
    }
}
