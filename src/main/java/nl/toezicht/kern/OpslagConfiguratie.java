package nl.toezicht.kern;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The file store the configuration names: a directory or an S3-compatible object store. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(OpslagProperties.class)
class OpslagConfiguratie {

    @Bean
    Bestandsopslag bestandsopslag(OpslagProperties bijlagen) {
        return switch (bijlagen.opslag()) {
            case MAP -> new MapOpslag(bijlagen.map());
            case S3 -> new S3Opslag(bijlagen.s3());
        };
    }
}
