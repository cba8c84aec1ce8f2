package nl.toezicht.logboek;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.ExitCodeGenerator;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * {@code java -jar toezicht.jar verifieer-toegangslog}: verifies the access log's chain, prints the outcome
 * and ends with exit code 0 (whole) or 1 (broken at the printed link). See README, "Operations".
 */
@Component
@Order(Ordered.LOWEST_PRECEDENCE)
class KetencontroleCommando implements ApplicationRunner, ExitCodeGenerator {

    private final Ketencontrole controle;
    private int exitCode;

    KetencontroleCommando(Ketencontrole controle) {
        this.controle = controle;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (args.getNonOptionArgs().contains(Ketencontrole.COMMANDO)) {
            exitCode = voerUit();
        }
    }

    int voerUit() {
        Ketencontrole.Uitslag uitslag = controle.controleer();
        if (uitslag.isHeel()) {
            System.out.printf(
                    "Toegangslog: keten heel, %d regels gecontroleerd; laatste volgnummer %d, hash %s%n",
                    uitslag.gecontroleerd(), uitslag.laatsteVolgnummer(), uitslag.laatsteHash());
            return 0;
        }
        System.out.printf(
                "Toegangslog: keten GEBROKEN bij volgnummer %d (%s): %s; %d regels gecontroleerd%n",
                uitslag.breukBij(), uitslag.breuk(), uitslag.toelichting(), uitslag.gecontroleerd());
        return 1;
    }

    @Override
    public int getExitCode() {
        return exitCode;
    }
}
