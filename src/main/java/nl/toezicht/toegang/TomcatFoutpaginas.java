package nl.toezicht.toegang;

import jakarta.servlet.ServletException;
import java.io.IOException;
import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ValveBase;
import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * A request Tomcat refuses before the application sees it (a malformed request line or address: {@code %00},
 * {@code %zz}, {@code <} in the path) is answered by Tomcat's own error page, which Spring Security's header
 * writer never sees. This valve, first in Tomcat's engine, gives such an answer the same security headers as
 * every other response (issue 11, item 7). Responses the application makes are left to Spring Security.
 */
@Configuration(proxyBeanMethods = false)
class TomcatFoutpaginas {

    @Bean
    WebServerFactoryCustomizer<TomcatServletWebServerFactory> koppenOpTomcatFoutpaginas() {
        return factory -> factory.addEngineValves(new Koppen());
    }

    static final class Koppen extends ValveBase {
        Koppen() {
            super(true);
        }

        @Override
        public void invoke(Request request, Response response) throws IOException, ServletException {
            // refused by Tomcat already: the status is set before the request enters the engine
            if (response.isError() || response.getStatus() >= 400) {
                zet(response, "Content-Security-Policy", SecurityConfiguration.CSP);
                zet(response, "X-Content-Type-Options", "nosniff");
                zet(response, "X-Frame-Options", "DENY");
                zet(response, "Referrer-Policy", "same-origin");
                zet(response, "Permissions-Policy", SecurityConfiguration.PERMISSIONS_POLICY);
                zet(response, "Cache-Control", "no-store");
            }
            getNext().invoke(request, response);
        }

        private static void zet(Response response, String naam, String waarde) {
            if (!response.containsHeader(naam)) {
                response.setHeader(naam, waarde);
            }
        }
    }
}
