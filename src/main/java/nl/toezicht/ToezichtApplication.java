package nl.toezicht;

import java.util.Arrays;
import nl.toezicht.toegang.Ketencontrole;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

@SpringBootApplication
public class ToezichtApplication {
    public static void main(String[] args) {
        if (Arrays.asList(args).contains(Ketencontrole.COMMANDO)) {
            System.exit(commando(args));
        }
        SpringApplication.run(ToezichtApplication.class, args);
    }

    /**
     * A command instead of the application: the same beans, but no port opened (a running instance keeps
     * its ports); runs, and returns its exit code.
     */
    public static int commando(String... args) {
        String[] metArgs = Arrays.copyOf(args, args.length + 2);
        metArgs[args.length] = "--server.port=-1";
        metArgs[args.length + 1] = "--management.server.port=-1";
        return SpringApplication.exit(SpringApplication.run(ToezichtApplication.class, metArgs));
    }
}
