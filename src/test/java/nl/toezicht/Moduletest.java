package nl.toezicht;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.TestExecutionListeners;

/**
 * One application module and the modules it depends on (Spring Modulith's
 * {@link ApplicationModuleTest}), against the embedded PostgreSQL of this test JVM and on the {@link Testklok},
 * as an {@link IntegratieTest} runs the whole application. Put the test class in the module's package; take a
 * {@code Scenario} as a test method's parameter for "when X is published, Y happens".
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
// kern is an open module that no one names as a dependency, but its beans (the embedded PostgreSQL, the clock,
// the scheduler) are what every module runs on
@ApplicationModuleTest(mode = ApplicationModuleTest.BootstrapMode.ALL_DEPENDENCIES, extraIncludes = "kern")
@ActiveProfiles("test")
@Import({Testklok.Configuratie.class, Moduletest.Configuratie.class})
@TestExecutionListeners(
        listeners = Testklok.Terugzetter.class,
        mergeMode = TestExecutionListeners.MergeMode.MERGE_WITH_DEFAULTS)
public @interface Moduletest {

    @TestConfiguration(proxyBeanMethods = false)
    class Configuratie {

        @Bean
        static AlleToegangsverklaringen alleToegangsverklaringen() {
            return new AlleToegangsverklaringen();
        }
    }
}
