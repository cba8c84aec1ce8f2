package nl.toezicht;

import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import nl.toezicht.kern.ReservekopieCommando;
import nl.toezicht.logboek.Ketencontrole;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

@SpringBootApplication
public class ToezichtApplication {

    /**
     * What every command adds: no ports opened (a running instance keeps its own) and no demo data made.
     */
    private static final String[] ALS_OPDRACHT = {
        "--server.port=-1", "--management.server.port=-1", "--toezicht.demo.genereren=false"
    };

    /** Commands that end with an exit code of their own (see {@link #commando}). */
    private static final List<String> COMMANDOS = List.of(Ketencontrole.COMMANDO, "bijlagen-migreer");

    public static void main(String[] args) {
        if (ReservekopieCommando.isCommando(args)) {
            System.exit(ReservekopieCommando.voerUit(args));
        }
        if (Arrays.stream(args).anyMatch(COMMANDOS::contains)) {
            System.exit(commando(args));
        }
        SpringApplication.run(ToezichtApplication.class, alsOpdracht(args));
    }

    /**
     * {@code import <file>} and {@code export <file>} (module historie) run next to a running instance as
     * commands; they end the JVM themselves when done.
     */
    static String[] alsOpdracht(String[] args) {
        if (args.length == 0 || !(args[0].equals("import") || args[0].equals("export"))) {
            return args;
        }
        return metOpdrachtArgumenten(args);
    }

    /**
     * A command instead of the application (verifying the access log, moving attachments to the object
     * store): runs, returns its exit code.
     */
    public static int commando(String... args) {
        return SpringApplication.exit(SpringApplication.run(ToezichtApplication.class, metOpdrachtArgumenten(args)));
    }

    private static String[] metOpdrachtArgumenten(String[] args) {
        return Stream.concat(Arrays.stream(args), Arrays.stream(ALS_OPDRACHT)).toArray(String[]::new);
    }
}
