package nl.toezicht.toegang.aanmelden;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.session.jdbc.PostgreSqlJdbcIndexedSessionRepositoryCustomizer;

/**
 * How sessions are written to PostgreSQL (decision 0025). Two requests of one session that run at the same
 * time may both add the same attribute (the CSRF token, made on the first page that needs it): Spring
 * Session's plain INSERT then fails one of them with a duplicate key, and the user sees an error page. Spring
 * Session's PostgreSQL customizer writes attributes with {@code insert ... on conflict do update} instead.
 */
@Configuration(proxyBeanMethods = false)
class Sessieopslag {

    @Bean
    PostgreSqlJdbcIndexedSessionRepositoryCustomizer sessieattributenOverschrijven() {
        return new PostgreSqlJdbcIndexedSessionRepositoryCustomizer();
    }
}
