package nl.toezicht.kern;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.util.FileSystemUtils;

/**
 * After the JVM is killed with SIGKILL, its embedded PostgreSQL runs on without it; the next start must still
 * succeed the first time, with everything committed before the kill (issue 11, item 8). Each start is a JVM
 * of its own ({@link EmbeddedPostgresKind}), as the application is.
 */
class EmbeddedPostgresHerstartIT {

    private final Path data =
            Path.of("target", "herstart-postgres-" + UUID.randomUUID()).toAbsolutePath();
    private final List<Process> kinderen = new ArrayList<>();

    @Test
    void theNextStartAfterAKillStopsTheOrphanedServerAndSucceedsTheFirstTime() throws Exception {
        Process eerste = start("voor de kill");
        wachtOpKlaar(eerste);

        eerste.destroyForcibly(); // SIGKILL: no shutdown hook runs, zonky cannot stop its server
        assertThat(eerste.waitFor(30, TimeUnit.SECONDS)).isTrue();
        Optional<ProcessHandle> wees = postmaster();
        assertThat(wees)
                .as("the server outlives its JVM")
                .hasValueSatisfying(p -> assertThat(p.isAlive()).isTrue());

        Process tweede = start("na de kill");
        int poort = wachtOpKlaar(tweede);

        assertThat(wees.get().isAlive()).as("the orphan was stopped").isFalse();
        try (Connection c = DriverManager.getConnection(
                        "jdbc:postgresql://localhost:" + poort + "/toezicht", "postgres", "");
                Statement sql = c.createStatement();
                ResultSet rijen = sql.executeQuery("select wanneer from herstart order by wanneer")) {
            List<String> gelezen = new ArrayList<>();
            while (rijen.next()) {
                gelezen.add(rijen.getString(1));
            }
            assertThat(gelezen).containsExactly("na de kill", "voor de kill");
        }
        stopNetjes(tweede);
        assertThat(postmaster()).as("a clean stop leaves no server").isEmpty();
    }

    @AfterEach
    void ruimOp() throws Exception {
        kinderen.forEach(Process::destroyForcibly);
        // whatever a failed run left behind: stop it, then remove its data
        postmaster().ifPresent(p -> {
            p.destroy();
            p.onExit().orTimeout(30, TimeUnit.SECONDS).join();
        });
        FileSystemUtils.deleteRecursively(data);
    }

    private Process start(String merk) throws IOException {
        String java = ProcessHandle.current().info().command().orElse(System.getProperty("java.home") + "/bin/java");
        Process kind = new ProcessBuilder(
                        java,
                        "-cp",
                        System.getProperty("java.class.path"),
                        EmbeddedPostgresKind.class.getName(),
                        data.toString(),
                        merk)
                .redirectErrorStream(true)
                .start();
        kinderen.add(kind);
        return kind;
    }

    /** Reads the child's output until it is ready; fails with that output if it ends or takes too long. */
    private static int wachtOpKlaar(Process kind) throws Exception {
        StringBuilder uitvoer = new StringBuilder();
        CompletableFuture<Integer> klaar = CompletableFuture.supplyAsync(() -> {
            try {
                BufferedReader lezer =
                        new BufferedReader(new InputStreamReader(kind.getInputStream(), StandardCharsets.UTF_8));
                String regel;
                while ((regel = lezer.readLine()) != null) {
                    uitvoer.append(regel).append('\n');
                    if (regel.startsWith("KLAAR ")) {
                        // keep draining the output so the child never blocks on a full pipe
                        CompletableFuture.runAsync(() -> lezer.lines().forEach(r -> {}));
                        return Integer.parseInt(regel.substring(6).strip());
                    }
                }
                return -1;
            } catch (IOException e) {
                return -1;
            }
        });
        Integer poort = klaar.get(180, TimeUnit.SECONDS);
        assertThat(poort)
                .as("the embedded PostgreSQL did not start:\n" + uitvoer)
                .isPositive();
        return poort;
    }

    private static void stopNetjes(Process kind) throws Exception {
        OutputStream invoer = kind.getOutputStream();
        invoer.write("stop\n".getBytes(StandardCharsets.UTF_8));
        invoer.flush();
        assertThat(kind.waitFor(60, TimeUnit.SECONDS)).isTrue();
    }

    private Optional<ProcessHandle> postmaster() throws IOException {
        Path pid = data.resolve("postmaster.pid");
        if (!Files.isRegularFile(pid)) {
            return Optional.empty();
        }
        return ProcessHandle.of(Long.parseLong(Files.readAllLines(pid).get(0).strip()))
                .filter(ProcessHandle::isAlive);
    }
}
