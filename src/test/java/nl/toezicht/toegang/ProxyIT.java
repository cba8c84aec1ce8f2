package nl.toezicht.toegang;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Method;
import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.NetworkInterface;
import java.net.SocketException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;
import nl.toezicht.Api;
import nl.toezicht.IntegratieTest;
import nl.toezicht.Rauw;
import org.apache.catalina.Valve;
import org.apache.catalina.valves.RemoteIpValve;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.tomcat.TomcatWebServer;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * {@code X-Forwarded-For} is believed only from a configured proxy, by default one on this machine: a client on
 * a private address (Tomcat's own default trusted every one) cannot choose the address the rate limits count and
 * the NEN 7513 access log records (issue 11, item 6).
 */
@IntegratieTest
class ProxyIT {

    private static final String VERZONNEN = "203.0.113.9";

    @LocalServerPort
    int port;

    @Autowired
    WebServerApplicationContext context;

    @Autowired
    JdbcClient jdbc;

    @Test
    void onlyLoopbackIsATrustedProxyByDefault() throws Exception {
        RemoteIpValve valve = remoteIpValve();
        // the valve's own judgement (regular expression or CIDR list alike), not a reading of its setting
        Method intern = RemoteIpValve.class.getDeclaredMethod("isInternalProxy", String.class);
        intern.setAccessible(true);

        for (String adres : List.of("127.0.0.1", "127.1.2.3", "0:0:0:0:0:0:0:1")) {
            assertThat((boolean) intern.invoke(valve, adres)).as(adres).isTrue();
        }
        for (String adres :
                List.of("10.0.0.5", "192.168.1.20", "172.16.3.4", "100.64.0.1", "169.254.1.1", "fd00:0:0:0:0:0:0:2")) {
            assertThat((boolean) intern.invoke(valve, adres)).as(adres).isFalse();
        }
        assertThat(valve.getTrustedProxies())
                .as("no proxy trusted beyond the internal ones")
                .isNull();
    }

    @Test
    void aClientOnAPrivateAddressCannotChooseTheAddressInTheAccessLog() throws Exception {
        Optional<InetAddress> privé = eigenPriveAdres();
        Assumptions.assumeTrue(privé.isPresent(), "this machine has no private non-loopback address to test from");
        InetAddress adres = privé.get();

        String gelogd = gelogdAdres(new InetSocketAddress(adres, port));

        assertThat(gelogd).isNotEqualTo(VERZONNEN);
        assertThat(InetAddress.getByName(gelogd)).isEqualTo(adres);
    }

    @Test
    void theProxyOnThisMachineNamesTheClient() {
        assertThat(gelogdAdres(new InetSocketAddress(InetAddress.getLoopbackAddress(), port)))
                .isEqualTo(VERZONNEN);
    }

    /** The address the access log records for a search sent from there with a forged X-Forwarded-For. */
    private String gelogdAdres(InetSocketAddress doel) {
        String basic =
                Base64.getEncoder().encodeToString(("privacy:" + Api.WACHTWOORD).getBytes(StandardCharsets.UTF_8));
        String verzoekId = "proxy-" + Long.toHexString(System.nanoTime());
        Rauw.Antwoord antwoord = Rauw.stuur(
                doel,
                "GET /privacy/toegangslog?zoeken=1&gebruiker=niemand HTTP/1.1\r\nHost: toezicht\r\n"
                        + "Authorization: Basic " + basic + "\r\nX-Forwarded-For: " + VERZONNEN
                        + "\r\nX-Request-Id: " + verzoekId + "\r\nConnection: close\r\n\r\n");
        assertThat(antwoord.status()).as(antwoord.toString()).isEqualTo(200);
        return jdbc.sql("select ip from logboek.toegangslog where request_id = ?")
                .param(verzoekId)
                .query(String.class)
                .single();
    }

    private RemoteIpValve remoteIpValve() {
        TomcatWebServer server = (TomcatWebServer) context.getWebServer();
        for (Valve valve : server.getTomcat().getEngine().getPipeline().getValves()) {
            if (valve instanceof RemoteIpValve remoteIp) {
                return remoteIp;
            }
        }
        throw new AssertionError("no RemoteIpValve: forward headers are not handled at all");
    }

    /** An address of this machine in a range Tomcat's default counted as a proxy (private IPv4, IPv6 ULA). */
    private static Optional<InetAddress> eigenPriveAdres() {
        return eigenAdres(a -> (a instanceof Inet4Address && a.isSiteLocalAddress())
                || (a instanceof Inet6Address && (a.getAddress()[0] & 0xFE) == 0xFC));
    }

    /** An address of this machine, not loopback nor link-local, that the test accepts. */
    static Optional<InetAddress> eigenAdres(Predicate<InetAddress> welke) {
        try {
            return NetworkInterface.networkInterfaces()
                    .filter(ProxyIT::isAan)
                    .flatMap(NetworkInterface::inetAddresses)
                    .filter(a -> !a.isLoopbackAddress() && !a.isLinkLocalAddress())
                    .filter(welke)
                    .findFirst();
        } catch (SocketException e) {
            return Optional.empty();
        }
    }

    private static boolean isAan(NetworkInterface i) {
        try {
            return i.isUp() && !i.isLoopback();
        } catch (SocketException e) {
            return false;
        }
    }
}
