package nl.toezicht.termijnen;

import java.io.IOException;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.env.YamlPropertySourceLoader;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.PropertySource;
import org.springframework.core.io.support.EncodedResource;
import org.springframework.core.io.support.PropertySourceFactory;

/**
 * The registry of clock kinds from {@code termijnen/kloksoorten.yaml}, added as a property source below
 * application.yaml (an {@code @PropertySource} has lower precedence than the application's configuration
 * files), so that a deployment overrides any single key of it (decision 0034).
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties({TermijnenProperties.class, KloksoortenProperties.class})
@PropertySource(value = "classpath:" + Kloksoorten.BRON, factory = TermijnenConfiguratie.Yaml.class)
class TermijnenConfiguratie {

    @Bean
    Kloksoorten kloksoorten(KloksoortenProperties properties) {
        return Kloksoorten.uit(properties, new Werkdagenkalender());
    }

    static class Yaml implements PropertySourceFactory {

        @Override
        public org.springframework.core.env.PropertySource<?> createPropertySource(
                @Nullable String naam, EncodedResource bron) throws IOException {
            return new YamlPropertySourceLoader()
                    .load(naam == null ? Kloksoorten.BRON : naam, bron.getResource())
                    .get(0);
        }
    }
}
