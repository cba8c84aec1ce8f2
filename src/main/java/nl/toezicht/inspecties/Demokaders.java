package nl.toezicht.inspecties;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Component;

/**
 * The demo frameworks (written for Toezicht, no copied norm texts), published as version 1 when the demo data
 * is on and no framework has their code yet: {@code src/main/resources/inspecties/kaders/*.json}.
 */
@Component
@ConditionalOnProperty(name = "toezicht.demo.genereren", havingValue = "true")
class Demokaders implements ApplicationRunner {

    static final String PATROON = "classpath:inspecties/kaders/*.json";

    private final Toetsingskaders kaders;

    Demokaders(Toetsingskaders kaders) {
        this.kaders = kaders;
    }

    @Override
    public void run(ApplicationArguments args) {
        try {
            for (Resource r : new PathMatchingResourcePatternResolver().getResources(PATROON)) {
                kaders.laadGepubliceerd(r.getContentAsString(StandardCharsets.UTF_8), "demo");
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
