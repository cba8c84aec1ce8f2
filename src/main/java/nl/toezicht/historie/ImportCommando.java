package nl.toezicht.historie;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import nl.toezicht.historie.Importverslag.Aansluitingsregel;
import nl.toezicht.historie.Importverslag.Fout;
import nl.toezicht.kern.Weigering;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ApplicationContext;
import org.springframework.context.MessageSource;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * The commands {@code import <file> [--dry-run] [--afwijzingen=<file>]} and {@code export <file>}: run,
 * print the report, and end the JVM with exit code 0 (stored or checked without errors), 1 (refused, or
 * errors found) or 2 (wrong use). The access log names the operating-system user.
 */
@Component
class ImportCommando implements ApplicationRunner {

    private final HistorieImport historie;
    private final HistorieExport export;
    private final ApplicationContext context;
    private final MessageSource berichten;

    ImportCommando(
            HistorieImport historie, HistorieExport export, ApplicationContext context, MessageSource berichten) {
        this.historie = historie;
        this.export = export;
        this.context = context;
        this.berichten = berichten;
    }

    @Override
    public void run(ApplicationArguments args) {
        List<String> opdracht = args.getNonOptionArgs();
        if (opdracht.isEmpty()
                || !(opdracht.get(0).equals("import") || opdracht.get(0).equals("export"))) {
            return;
        }
        int code = voerUit(opdracht, args, System.out);
        System.exit(SpringApplication.exit(context, () -> code));
    }

    int voerUit(List<String> opdracht, ApplicationArguments args, PrintStream uit) {
        if (opdracht.size() != 2) {
            uit.println("Gebruik: import <bestand> [--dry-run] [--afwijzingen=<bestand>] | export <bestand>");
            return 2;
        }
        Path bestand = Path.of(opdracht.get(1));
        SecurityContextHolder.getContext()
                .setAuthentication(UsernamePasswordAuthenticationToken.authenticated(
                        "opdrachtregel:" + System.getProperty("user.name"), null, List.of()));
        try {
            if (opdracht.get(0).equals("export")) {
                try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(bestand), 1 << 16)) {
                    uit.println("Geëxporteerd: " + export.exporteer(out) + " regels naar " + bestand);
                }
                return 0;
            }
            List<String> afwijzingen = args.getOptionValues("afwijzingen");
            Importopties opties = new Importopties(
                    args.containsOption("dry-run"),
                    afwijzingen == null || afwijzingen.isEmpty() ? null : Path.of(afwijzingen.get(0)));
            Importverslag verslag = historie.voerUit(historie.registreer(bestand, opties));
            druk(verslag, uit);
            uit.println("Geheugen: piek heap " + piekHeapMb() + " MB van max "
                    + Runtime.getRuntime().maxMemory() / (1024 * 1024) + " MB");
            return switch (verslag.uitkomst()) {
                case GESLAAGD -> 0;
                case GECONTROLEERD -> verslag.aantalFouten() == 0 ? 0 : 1;
                default -> 1;
            };
        } catch (Weigering w) {
            uit.println(berichten.getMessage(w.berichtSleutel(), w.argumenten(), Inlezer.NL));
            return 2;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            SecurityContextHolder.clearContext();
        }
    }

    static void druk(Importverslag v, PrintStream uit) {
        uit.println(
                "Import " + v.run() + " van " + v.bestand() + (v.droog() ? " (droge run)" : "") + ": " + v.uitkomst());
        uit.println("Regels: " + v.regels() + " (leeg: " + v.legeRegels() + "), " + v.recordsPerSeconde()
                + " regels/s, " + v.duurMs() + " ms");
        uit.println("Nieuw: " + v.nieuw() + "; al aanwezig: " + v.ongewijzigd() + "; gewijzigd (niet overschreven): "
                + v.gewijzigd() + "; afgewezen regels: " + v.afgewezen());
        for (Fout f : v.fouten()) {
            uit.println("  regel " + f.regel() + (f.id() == null ? "" : " (" + f.id() + ")") + ", " + f.veld() + ": "
                    + f.melding());
        }
        if (v.aantalFouten() > v.fouten().size()) {
            uit.println("  ... en nog " + (v.aantalFouten() - v.fouten().size()) + " fouten");
        }
        for (Fout f : v.wijzigingen()) {
            uit.println("  gewijzigd: regel " + f.regel() + ": " + f.melding());
        }
        if (v.afwijzingenbestand() != null && v.afgewezen() > 0) {
            uit.println("Afgewezen regels in " + v.afwijzingenbestand() + " (fouten in " + v.afwijzingenbestand()
                    + ".fouten.csv)");
        }
        if (v.aansluiting().isEmpty() && !v.opgeslagen()) {
            uit.println("Aansluiting: geen, er is niets opgeslagen");
        } else {
            uit.println("Aansluiting (bestand / database):" + (v.klopt() ? " klopt" : " VERSCHIL"));
        }
        for (Aansluitingsregel r : v.aansluiting()) {
            uit.println("  " + r.object() + " " + r.dimensie() + " " + r.waarde() + ": " + r.bestand() + " / "
                    + r.database() + (r.klopt() ? "" : "  <-- verschil"));
        }
        uit.flush();
    }

    /** The most the heap pools held at once during this JVM's life (flat memory shows here). */
    private static long piekHeapMb() {
        long piek = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                piek += pool.getPeakUsage().getUsed();
            }
        }
        return piek / (1024 * 1024);
    }
}
