package nl.toezicht;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.TestExecutionListeners;

/**
 * The whole application on a random port against the embedded PostgreSQL of this test JVM (one server
 * for all test classes), with the demo staff accounts. Tests work in their own data. The application's
 * clock is the {@link Testklok}: a test names the moment it counts from, and the clock is put back after it.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@Import(Testklok.Configuratie.class)
@TestExecutionListeners(
        listeners = Testklok.Terugzetter.class,
        mergeMode = TestExecutionListeners.MergeMode.MERGE_WITH_DEFAULTS)
public @interface IntegratieTest {}
