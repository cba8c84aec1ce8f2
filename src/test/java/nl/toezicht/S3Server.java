package nl.toezicht;

import com.adobe.testing.s3mock.S3MockApplication;
import java.net.URI;
import java.util.HashMap;
import java.util.Map;

/**
 * Adobe's S3Mock inside the test JVM, one for all tests (like the embedded PostgreSQL), on a free port
 * with plain HTTP. It is a Spring Boot application of its own: it is started with only its own
 * configuration, and without the auto-configurations that the application's classpath would otherwise
 * give it (database, security, sessions).
 */
public final class S3Server {

    public static final String BUCKET = "toezicht-bijlagen";
    private static S3MockApplication server;

    /** What the application's classpath would configure in S3Mock too: none of it is S3Mock's. */
    private static final String[] NIET_VOOR_S3MOCK = {
        "org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration",
        "org.springframework.boot.flyway.autoconfigure.FlywayAutoConfiguration",
        "org.springframework.boot.security.autoconfigure.SecurityAutoConfiguration",
        "org.springframework.boot.security.autoconfigure.UserDetailsServiceAutoConfiguration",
        "org.springframework.boot.security.autoconfigure.web.servlet.ServletWebSecurityAutoConfiguration",
        "org.springframework.boot.security.autoconfigure.web.servlet.SecurityFilterAutoConfiguration",
        "org.springframework.boot.security.autoconfigure.actuate.web.servlet.ManagementWebSecurityAutoConfiguration",
        "org.springframework.boot.security.oauth2.client.autoconfigure.OAuth2ClientAutoConfiguration",
        "org.springframework.boot.security.oauth2.client.autoconfigure.servlet.OAuth2ClientWebSecurityAutoConfiguration",
        "org.springframework.boot.session.autoconfigure.SessionAutoConfiguration",
        "org.springframework.boot.session.jdbc.autoconfigure.JdbcSessionAutoConfiguration",
        "org.springframework.boot.thymeleaf.autoconfigure.ThymeleafAutoConfiguration",
        "org.springframework.modulith.events.config.EventPublicationAutoConfiguration",
        "org.springframework.modulith.events.config.EventExternalizationAutoConfiguration",
        "org.springframework.modulith.events.jdbc.JdbcEventPublicationAutoConfiguration",
        "org.springframework.modulith.core.config.ApplicationModuleInitializerRuntimeVerification",
        "org.springframework.modulith.moments.autoconfigure.MomentsAutoConfiguration"
    };

    private S3Server() {}

    /** The properties that point an application instance at this store. */
    public static String[] eigenschappen() {
        return new String[] {
            "toezicht.bijlagen.opslag=s3",
            "toezicht.bijlagen.s3.endpoint=" + adres(),
            "toezicht.bijlagen.s3.bucket=" + BUCKET,
            "toezicht.bijlagen.s3.pad-stijl=true",
            "toezicht.bijlagen.s3.toegangssleutel=test",
            "toezicht.bijlagen.s3.geheime-sleutel=test"
        };
    }

    public static synchronized URI adres() {
        if (server == null) {
            Map<String, Object> eigenschappen = new HashMap<>();
            eigenschappen.put("http.port", 0);
            eigenschappen.put("server.port", 0);
            eigenschappen.put("silent", true);
            eigenschappen.put("com.adobe.testing.s3mock.store.initial-buckets", BUCKET);
            eigenschappen.put("com.adobe.testing.s3mock.store.retain-files-on-exit", false);
            eigenschappen.put("com.adobe.testing.s3mock.max-payload-size", "25MB");
            // its own application.properties only, not the application's application.yaml
            eigenschappen.put("spring.config.location", "classpath:/application.properties");
            eigenschappen.put("spring.main.banner-mode", "off");
            eigenschappen.put("spring.autoconfigure.exclude", String.join(",", NIET_VOOR_S3MOCK));
            server = S3MockApplication.start(eigenschappen);
            Runtime.getRuntime().addShutdownHook(new Thread(server::stop));
        }
        return URI.create("http://localhost:" + server.getHttpPort());
    }
}
