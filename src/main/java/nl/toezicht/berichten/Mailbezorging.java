package nl.toezicht.berichten;

import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.Schedules;
import jakarta.mail.internet.MimeMessage;
import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Sends the e-mail outbox ({@code berichten.mail}) through Spring's {@link JavaMailSender}: a db-scheduler job
 * every few seconds, on one instance at a time. Each mail is locked ({@code for update skip locked}), sent and
 * marked sent in one transaction; a failure is counted and tried again later (1, 2, 4 ... up to 60 minutes),
 * after {@value #MAXIMUM_POGINGEN} attempts given up. Nothing is lost on a restart: what was not marked sent
 * is sent by the next run. A crash between the server's acceptance and the commit could send a mail twice;
 * its {@code Message-ID} is the alert's, so mail clients show it once. Without a mail server configured
 * ({@code spring.mail.host}) the job does nothing and the mails wait.
 */
@Component
class Mailbezorging {

    static final int MAXIMUM_POGINGEN = 10;
    private static final int BLOK = 20;
    private static final Logger log = LoggerFactory.getLogger(Mailbezorging.class);

    private final JdbcClient jdbc;
    private final ObjectProvider<JavaMailSender> afzenders;
    private final TransactionTemplate transactie;
    private final Clock clock;
    private final String afzender;

    Mailbezorging(
            JdbcClient jdbc,
            ObjectProvider<JavaMailSender> afzenders,
            PlatformTransactionManager transacties,
            Clock clock,
            @Value("${toezicht.berichten.afzender:toezicht@localhost}") String afzender) {
        this.jdbc = jdbc;
        this.afzenders = afzenders;
        this.transactie = new TransactionTemplate(transacties);
        this.clock = clock;
        this.afzender = afzender;
    }

    private record Wachtend(
            UUID id,
            @Nullable UUID bericht,
            String aan,
            String onderwerp,
            String tekst,
            @Nullable String bijlageNaam,
            byte @Nullable [] bijlage,
            int pogingen) {}

    /** Sends what is due, a block at a time; returns how many were sent. */
    int bezorg() {
        JavaMailSender mailer = afzenders.getIfAvailable();
        if (mailer == null) {
            return 0;
        }
        int verzonden = 0;
        Blok blok;
        do {
            blok = transactie.execute(status -> bezorgBlok(mailer));
            verzonden += blok.verzonden();
        } while (blok.gezien() == BLOK);
        return verzonden;
    }

    private record Blok(int gezien, int verzonden) {}

    /** One block of due mails in one transaction. */
    private Blok bezorgBlok(JavaMailSender mailer) {
        OffsetDateTime nu = OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC);
        List<Wachtend> wachtend = jdbc.sql("""
                        select id, bericht, aan, onderwerp, tekst, bijlage_naam, bijlage, pogingen from berichten.mail
                        where status = 'WACHTEND' and volgende_poging <= ? order by volgende_poging, id
                        limit ? for update skip locked""")
                .params(nu, BLOK)
                .query((rs, i) -> new Wachtend(
                        rs.getObject("id", UUID.class),
                        rs.getObject("bericht", UUID.class),
                        rs.getString("aan"),
                        rs.getString("onderwerp"),
                        rs.getString("tekst"),
                        rs.getString("bijlage_naam"),
                        rs.getBytes("bijlage"),
                        rs.getInt("pogingen")))
                .list();
        int verzonden = 0;
        for (Wachtend mail : wachtend) {
            @Nullable String fout = stuur(mailer, mail);
            if (fout == null) {
                jdbc.sql("update berichten.mail set status = 'VERZONDEN', verzonden_op = ?, pogingen = pogingen + 1"
                                + " where id = ?")
                        .params(nu, mail.id())
                        .update();
                verzonden++;
            } else {
                int pogingen = mail.pogingen() + 1;
                Duration wacht = Duration.ofMinutes(Math.min(60, 1L << Math.min(pogingen - 1, 6)));
                jdbc.sql("update berichten.mail set pogingen = ?, laatste_fout = ?, volgende_poging = ?,"
                                + " status = ? where id = ?")
                        .params(
                                pogingen,
                                fout,
                                nu.plus(wacht),
                                pogingen >= MAXIMUM_POGINGEN ? "OPGEGEVEN" : "WACHTEND",
                                mail.id())
                        .update();
                // the id only: the address is personal data
                log.warn("Mail {} not sent (attempt {}): {}", mail.id(), pogingen, fout);
            }
        }
        return new Blok(wachtend.size(), verzonden);
    }

    /** Sends one mail; null when the server took it, else the kind of failure (no server text). */
    private @Nullable String stuur(JavaMailSender mailer, Wachtend mail) {
        try {
            MimeMessage bericht = mailer.createMimeMessage();
            MimeMessageHelper helper = new MimeMessageHelper(bericht, mail.bijlage() != null, "UTF-8");
            helper.setFrom(afzender);
            helper.setTo(mail.aan());
            helper.setSubject(mail.onderwerp());
            helper.setText(mail.tekst(), false);
            if (mail.bijlage() != null && mail.bijlageNaam() != null) {
                helper.addAttachment(mail.bijlageNaam(), new ByteArrayResource(mail.bijlage()), "application/pdf");
            }
            // JavaMailSenderImpl keeps a Message-ID set beforehand
            bericht.setHeader("Message-ID", "<" + (mail.bericht() == null ? mail.id() : mail.bericht()) + "@toezicht>");
            mailer.send(bericht);
            return null;
        } catch (Exception e) {
            return e.getClass().getSimpleName();
        }
    }

    @Configuration(proxyBeanMethods = false)
    static class Planning {

        /** Every 10 seconds; db-scheduler runs it on one instance at a time. */
        @Bean
        RecurringTask<Void> berichtmailBezorgen(Mailbezorging bezorging) {
            return Tasks.recurring("berichtmail-bezorgen", Schedules.fixedDelay(Duration.ofSeconds(10)))
                    .execute((instance, context) -> bezorging.bezorg());
        }
    }
}
