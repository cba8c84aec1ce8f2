package nl.toezicht;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.internet.MimeMessage;
import java.util.Arrays;
import java.util.List;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.JavaMailSenderImpl;

/**
 * An SMTP server inside the test JVM (GreenMail), one for all test contexts of {@link IntegratieTest}, on a free
 * port; their {@link JavaMailSender} sends to it. Tests read what arrived with {@link #ontvangen()}.
 */
public final class Testpost {

    private static GreenMail server;

    private Testpost() {}

    /** The server, started at first use and stopped with the JVM. */
    public static synchronized GreenMail server() {
        if (server == null) {
            server = new GreenMail(ServerSetupTest.SMTP.dynamicPort());
            server.start();
            Runtime.getRuntime().addShutdownHook(new Thread(server::stop));
        }
        return server;
    }

    /** Every mail received so far, oldest first. */
    public static List<MimeMessage> ontvangen() {
        return Arrays.asList(server().getReceivedMessages());
    }

    @TestConfiguration(proxyBeanMethods = false)
    public static class Configuratie {

        @Bean
        JavaMailSender testpost() {
            JavaMailSenderImpl afzender = new JavaMailSenderImpl();
            afzender.setHost("localhost");
            afzender.setPort(server().getSmtp().getPort());
            afzender.setDefaultEncoding("UTF-8");
            return afzender;
        }
    }
}
