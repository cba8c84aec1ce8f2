package nl.toezicht;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * HTTP/1.1 over a plain socket, for the requests a well-behaved client cannot send: a forged {@code Host}, a
 * malformed request line, a request from another local address. The request is sent as written (with
 * {@code Connection: close}) and the answer read to its end.
 */
public final class Rauw {

    private Rauw() {}

    /** An answer: status, headers (names in lower case, every value) and the body as text. */
    public record Antwoord(int status, Map<String, List<String>> headers, String body) {
        public String header(String naam) {
            List<String> waarden = headers.get(naam.toLowerCase(Locale.ROOT));
            return waarden == null ? null : waarden.get(0);
        }

        public List<String> alle(String naam) {
            return headers.getOrDefault(naam.toLowerCase(Locale.ROOT), List.of());
        }

        @Override
        public String toString() {
            return status + " " + headers + "\n" + body;
        }
    }

    public static Antwoord stuur(int poort, String verzoek) {
        return stuur(new InetSocketAddress("localhost", poort), verzoek);
    }

    public static Antwoord stuur(InetSocketAddress doel, String verzoek) {
        try (Socket socket = new Socket()) {
            socket.connect(doel, 5_000);
            socket.setSoTimeout(30_000);
            OutputStream uit = socket.getOutputStream();
            uit.write(verzoek.getBytes(StandardCharsets.UTF_8));
            uit.flush();
            return lees(socket.getInputStream());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Antwoord lees(InputStream in) throws IOException {
        ByteArrayOutputStream alles = new ByteArrayOutputStream();
        in.transferTo(alles);
        String tekst = alles.toString(StandardCharsets.UTF_8);
        int einde = tekst.indexOf("\r\n\r\n");
        String kop = einde < 0 ? tekst : tekst.substring(0, einde);
        String body = einde < 0 ? "" : tekst.substring(einde + 4);
        String[] regels = kop.split("\r\n");
        int status = Integer.parseInt(regels[0].split(" ")[1]);
        Map<String, List<String>> headers = new TreeMap<>();
        for (int i = 1; i < regels.length; i++) {
            int dubbelepunt = regels[i].indexOf(':');
            if (dubbelepunt > 0) {
                headers.computeIfAbsent(
                                regels[i].substring(0, dubbelepunt).trim().toLowerCase(Locale.ROOT),
                                n -> new ArrayList<>())
                        .add(regels[i].substring(dubbelepunt + 1).trim());
            }
        }
        return new Antwoord(status, headers, body);
    }
}
