package nl.toezicht;

import java.util.Arrays;
import java.util.stream.Stream;
import nl.toezicht.toegang.Ketencontrole;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

@SpringBootApplication
public class ToezichtApplication {
    public static void main(String[] args) {
        if (Arrays.asList(args).contains(Ketencontrole.COMMANDO)) {
            System.exit(commando(args));
        }
        SpringApplication.run(ToezichtApplication.class, alsOpdracht(args));
    }

    /**
     * {@code import <file>} and {@code export <file>} (module historie) run next to a running instance: on
     * free ports and without demo data; they end the JVM when done.
     */
    static String[] alsOpdracht(String[] args) {
        if (args.length == 0 || !(args[0].equals("import") || args[0].equals("export"))) {
            return args;
        }
        return Stream.concat(
                        Arrays.stream(args),
                        Stream.of("--server.port=0", "--management.server.port=0", "--toezicht.demo.genereren=false"))
                .toArray(String[]::new);
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
