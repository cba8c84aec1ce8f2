package nl.toezicht;

import java.io.IOException;
import java.lang.reflect.InvocationTargetException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.URL;
import java.net.URLClassLoader;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Adobe's S3Mock inside the test JVM, one for all tests (like the embedded PostgreSQL), on a free port with
 * plain HTTP. S3Mock is a Spring Boot application of its own, with libraries the application does not have
 * (Kotlin, Jackson's XML module): on the test classpath they changed the application under test (a 413
 * answer to a too large upload was cut off), so its executable jar, unpacked by the build into
 * {@code target/s3mock}, is loaded in a class loader of its own whose parent is the platform class loader:
 * it shares the JVM and nothing else.
 */
public final class S3Server {

    public static final String BUCKET = "toezicht-bijlagen";
    private static URI adres;

    private S3Server() {}

    /** The properties that point an application instance at this store. */
    public static String[] eigenschappen() {
        return new String[] {
            "toezicht.bijlagen.opslag=s3",
            "toezicht.bijlagen.s3.endpoint=" + adres(),
            "toezicht.bijlagen.s3.bucket=" + BUCKET,
            "toezicht.bijlagen.s3.pad-stijl=true",
            "toezicht.bijlagen.s3.toegangssleutel=test",
            "toezicht.bijlagen.s3.geheime-sleutel=test"
        };
    }

    public static synchronized URI adres() {
        if (adres == null) {
            try {
                adres = start();
            } catch (IOException | ReflectiveOperationException e) {
                throw new IllegalStateException("S3Mock did not start", e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
        return adres;
    }

    private static URI start() throws IOException, ReflectiveOperationException, InterruptedException {
        Path uitgepakt = Path.of("target", "s3mock", "BOOT-INF").toAbsolutePath();
        if (!Files.isDirectory(uitgepakt)) {
            throw new IllegalStateException(uitgepakt + " is missing: the build unpacks it (process-test-resources)");
        }
        List<URL> delen = new ArrayList<>();
        delen.add(uitgepakt.resolve("classes").toUri().toURL());
        try (Stream<Path> jars = Files.list(uitgepakt.resolve("lib"))) {
            for (Path jar : jars.sorted().toList()) {
                delen.add(jar.toUri().toURL());
            }
        }
        URLClassLoader eigen =
                new URLClassLoader("s3mock", delen.toArray(URL[]::new), ClassLoader.getPlatformClassLoader());
        Map<String, Object> eigenschappen = new HashMap<>();
        eigenschappen.put("http.port", vrijePoort());
        eigenschappen.put("server.port", vrijePoort());
        eigenschappen.put("silent", true);
        eigenschappen.put("com.adobe.testing.s3mock.store.initial-buckets", BUCKET);
        eigenschappen.put("com.adobe.testing.s3mock.store.retain-files-on-exit", false);
        eigenschappen.put("com.adobe.testing.s3mock.max-payload-size", "25MB");
        Object[] server = new Object[1];
        Throwable[] fout = new Throwable[1];
        Thread starter = new Thread(
                () -> {
                    try {
                        // the JVM has one URL stream handler factory: it is the application's Tomcat's to set
                        eigen.loadClass("org.apache.catalina.webresources.TomcatURLStreamHandlerFactory")
                                .getMethod("disable")
                                .invoke(null);
                        Class<?> app = eigen.loadClass("com.adobe.testing.s3mock.S3MockApplication");
                        server[0] = app.getMethod("start", Map.class, String[].class)
                                .invoke(null, eigenschappen, new String[0]);
                    } catch (InvocationTargetException e) {
                        fout[0] = e.getCause();
                    } catch (ReflectiveOperationException e) {
                        fout[0] = e;
                    }
                },
                "s3mock-start");
        starter.setContextClassLoader(eigen);
        starter.start();
        starter.join(Duration.ofMinutes(3).toMillis());
        if (fout[0] != null || server[0] == null) {
            throw new IllegalStateException("S3Mock did not start", fout[0]);
        }
        int http = (Integer) server[0].getClass().getMethod("getHttpPort").invoke(server[0]);
        URI uri = URI.create("http://localhost:" + http);
        wachtOp(uri);
        return uri;
    }

    private static void wachtOp(URI uri) throws InterruptedException {
        HttpClient http = HttpClient.newHttpClient();
        long tot = System.nanoTime() + Duration.ofMinutes(2).toNanos();
        while (System.nanoTime() < tot) {
            try {
                http.send(HttpRequest.newBuilder(uri).GET().build(), HttpResponse.BodyHandlers.discarding());
                return;
            } catch (IOException e) {
                Thread.sleep(200);
            }
        }
        throw new IllegalStateException("S3Mock does not answer on " + uri);
    }

    private static int vrijePoort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
