package nl.toezicht.kern;

import java.nio.file.Path;
import java.time.Clock;
import java.util.Arrays;
import org.springframework.boot.Banner;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Configuration;

/**
 * {@code java -jar toezicht.jar backup <map>} and {@code restore <map>} for the embedded default: they read the
 * application's configuration (file, environment, arguments) but start nothing of the application. A backup
 * runs beside a running instance (through its PostgreSQL) or, when none runs, starts the embedded server for
 * the time it takes; a restore needs the application stopped and empty directories.
 */
public final class ReservekopieCommando {

    private ReservekopieCommando() {}

    @Configuration(proxyBeanMethods = false)
    @EnableConfigurationProperties({EmbeddedPostgresProperties.class, OpslagProperties.class})
    static class Instellingen {}

    public static boolean isCommando(String... args) {
        return args.length > 0 && (args[0].equals(Reservekopie.BACKUP) || args[0].equals(Reservekopie.RESTORE));
    }

    /** Runs the command; returns the exit code (0 done, 1 refused or failed, 2 wrong use). */
    public static int voerUit(String... args) {
        if (args.length < 2 || args[1].startsWith("-")) {
            System.err.println("Gebruik: java -jar toezicht.jar backup <map> | restore <map>");
            return 2;
        }
        Path map = Path.of(args[1]);
        try (ConfigurableApplicationContext context = new SpringApplicationBuilder(
                        Instellingen.class, ClockConfiguration.class)
                .web(WebApplicationType.NONE)
                .bannerMode(Banner.Mode.OFF)
                .logStartupInfo(false)
                .run(Arrays.copyOfRange(args, 2, args.length))) {
            if (!context.getEnvironment()
                    .getProperty("spring.datasource.url", "")
                    .isEmpty()) {
                System.err.println("Een externe PostgreSQL: maak reservekopieën met pg_dump of pg_basebackup en"
                        + " WAL-archivering (docs/operations.md, \"Backup and restore\")");
                return 1;
            }
            EmbeddedPostgresProperties db = context.getBean(EmbeddedPostgresProperties.class);
            OpslagProperties opslag = context.getBean(OpslagProperties.class);
            Clock clock = context.getBean(Clock.class);
            Path data = db.dataDirectory().toAbsolutePath();
            Reservekopie.Verslag verslag;
            if (args[0].equals(Reservekopie.BACKUP)) {
                int poort = EmbeddedPostgresConfiguration.postmaster(data).isPresent()
                        ? Reservekopie.poortVan(data)
                        : EmbeddedPostgresConfiguration.server(db).getPort();
                verslag = Reservekopie.maak(map, data, poort, opslag, clock);
                System.out.println("Reservekopie gemaakt in " + map + ": " + verslag);
            } else {
                if (EmbeddedPostgresConfiguration.postmaster(data).isPresent()) {
                    System.err.println("PostgreSQL draait nog op " + data + ": stop de applicatie eerst");
                    return 1;
                }
                verslag = Reservekopie.zetTerug(map, data, opslag, clock);
                System.out.println("Teruggezet uit " + map + ": " + verslag
                        + ". Start de applicatie: PostgreSQL rondt het herstel af bij de start.");
            }
            return 0;
        } catch (Exception e) {
            System.err.println(args[0] + " mislukt: " + e.getMessage());
            return 1;
        }
    }
}
