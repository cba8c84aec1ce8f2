package nl.toezicht;

import java.util.Arrays;
import java.util.stream.Stream;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

@SpringBootApplication
public class ToezichtApplication {
    public static void main(String[] args) {
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
}
