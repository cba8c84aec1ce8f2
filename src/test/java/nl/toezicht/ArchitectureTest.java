package nl.toezicht;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.MonthDay;
import java.time.OffsetDateTime;
import java.time.Year;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Date;
import nl.toezicht.kern.Tijdzone;
import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;

class ArchitectureTest {

    static final ApplicationModules MODULES = ApplicationModules.of(ToezichtApplication.class);
    static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("nl.toezicht");
    static final JavaClasses TESTS = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.ONLY_INCLUDE_TESTS)
            .importPackages("nl.toezicht", "idp");

    @Test
    void modulesKeepTheirBoundaries() {
        MODULES.verify();
    }

    @Test
    void timeComesFromTheClockBean() {
        geenMachineklokBehalveIn("nl.toezicht.kern.ClockConfiguration")
                .because("legal deadlines must be testable on any date: take the time from the Clock bean")
                .check(CLASSES);
    }

    /**
     * Tests take the time from the application's clock (the {@link Testklok} in integration tests, a fixed clock
     * in unit tests), so that no outcome depends on the day the build runs. How long to wait for something is
     * measured with {@code System.nanoTime()}, which is no time of day.
     */
    @Test
    void testsTakeTheTimeFromTheTestClock() {
        geenMachineklokBehalveIn(Testklok.class.getName())
                .because("a test's outcome must not depend on the day it runs: use the Testklok or a fixed Clock")
                .check(TESTS);
    }

    @Test
    void oneTimeZone() {
        noClasses()
                .that()
                .doNotHaveFullyQualifiedName(Tijdzone.class.getName())
                .should()
                .callMethod(ZoneId.class, "of", String.class)
                .because("dates are Dutch dates: take the zone from kern.Tijdzone.NEDERLAND, the one place it is named")
                .check(CLASSES);
    }

    /** No class but {@code uitzondering} reads the machine's clock (the {@code now()} without a Clock, and so on). */
    private static ArchRule geenMachineklokBehalveIn(String uitzondering) {
        return noClasses()
                .that()
                .doNotHaveFullyQualifiedName(uitzondering)
                .should()
                .callMethod(Instant.class, "now")
                .orShould()
                .callMethod(LocalDate.class, "now")
                .orShould()
                .callMethod(LocalDateTime.class, "now")
                .orShould()
                .callMethod(LocalTime.class, "now")
                .orShould()
                .callMethod(OffsetDateTime.class, "now")
                .orShould()
                .callMethod(ZonedDateTime.class, "now")
                .orShould()
                .callMethod(Year.class, "now")
                .orShould()
                .callMethod(YearMonth.class, "now")
                .orShould()
                .callMethod(MonthDay.class, "now")
                .orShould()
                .callMethod(Clock.class, "systemUTC")
                .orShould()
                .callMethod(Clock.class, "systemDefaultZone")
                .orShould()
                .callMethod(Clock.class, "system", ZoneId.class)
                .orShould()
                .callMethod(System.class, "currentTimeMillis")
                .orShould()
                .callConstructor(Date.class);
    }

    @Test
    void noWebTypesInTheDomain() {
        ArchRule rule = noClasses()
                .that()
                // kern, toegang and logboek are the web's infrastructure: filters, the logged-in user, the
                // access point of an access-log entry
                .resideOutsideOfPackages(
                        "..web..", "nl.toezicht.kern..", "nl.toezicht.toegang..", "nl.toezicht.logboek..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage("org.springframework.web..", "jakarta.servlet..", "org.springframework.ui..")
                .because("controllers and view models live in the web sub-package of each module");
        rule.check(CLASSES);
    }

    @Test
    void flowsArePlainJava() {
        ArchRule rule = noClasses()
                .that()
                .haveNameMatching("nl\\.toezicht\\..*(\\.Stroom|stroom)(\\$.*)?")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage("org.springframework..", "jakarta..")
                .because("a flow is a rule of the domain: plain Java, testable without Spring (decision 0032)");
        rule.check(CLASSES);
    }
}
