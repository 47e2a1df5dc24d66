package org.etradecampus.mail;

import io.micronaut.context.annotation.Value;
import io.micronaut.scheduling.annotation.Scheduled;
import jakarta.inject.Singleton;
import jakarta.mail.Authenticator;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.PasswordAuthentication;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.Properties;
import java.util.UUID;

/**
 * Sends what the outbox holds over SMTP (CAMPUS_SMTP_*). Each instance claims e-mails before
 * sending, so several instances never send one twice; a failed send is retried with growing delays
 * and given up (FAILED, kept for inspection) after ten attempts. Without an SMTP host, e-mails are
 * written to the log instead: fine on a laptop, visible in production as a configuration gap.
 */
@Singleton
public class Mailer {

    static final int MAX_ATTEMPTS = 10;
    private static final Logger LOG = LoggerFactory.getLogger(Mailer.class);

    private final OutboxRepository outbox;
    private final Clock clock;
    private final String host;
    private final int port;
    private final String username;
    private final String password;
    private final boolean startTls;
    private final String from;
    private final String claimant = UUID.randomUUID().toString();

    Mailer(OutboxRepository outbox, Clock clock,
           @Value("${campus.mail.smtp.host:}") String host,
           @Value("${campus.mail.smtp.port:587}") int port,
           @Value("${campus.mail.smtp.username:}") String username,
           @Value("${campus.mail.smtp.password:}") String password,
           @Value("${campus.mail.smtp.starttls:true}") boolean startTls,
           @Value("${campus.mail.from:eTrade Campus <no-reply@etradecampus.org>}") String from) {
        this.outbox = outbox;
        this.clock = clock;
        this.host = host;
        this.port = port;
        this.username = username;
        this.password = password;
        this.startTls = startTls;
        this.from = from;
    }

    @Scheduled(fixedDelay = "${campus.mail.poll-interval:5s}", initialDelay = "${campus.mail.initial-delay:10s}")
    void poll() {
        try {
            deliverDue();
        } catch (RuntimeException e) {
            LOG.warn("Could not read the e-mail outbox: {}", e.getMessage());
        }
    }

    /** Sent e-mails are kept 90 days for support questions ("did she get it?"), then deleted. */
    @Scheduled(fixedDelay = "1h", initialDelay = "${campus.mail.initial-delay:10s}")
    public int forgetOldSent() {
        return outbox.deleteSentBefore(clock.instant().minus(Duration.ofDays(90)));
    }

    /** Sends every e-mail that is due and not claimed by another instance; returns how many it sent. */
    public int deliverDue() {
        int sent = 0;
        Instant now = clock.instant();
        for (Long id : outbox.findDue(now, 50)) {
            if (outbox.claim(id, claimant, now.plusSeconds(120), now) == 1) {
                OutboxEmail email = outbox.findById(id).orElseThrow();
                if (send(email)) {
                    sent++;
                }
            }
        }
        return sent;
    }

    private boolean send(OutboxEmail email) {
        Instant now = clock.instant();
        if (host.isBlank()) {
            LOG.info("E-mail to {} (no SMTP host configured, so logged instead): {}\n{}", email.recipient(), email.subject(),
                    email.body());
            outbox.markDone(email.id(), OutboxEmail.LOGGED, now);
            return true;
        }
        try {
            MimeMessage message = new MimeMessage(session());
            message.setFrom(new InternetAddress(from));
            message.setRecipient(Message.RecipientType.TO, new InternetAddress(email.recipient()));
            message.setSubject(email.subject(), StandardCharsets.UTF_8.name());
            message.setText(email.body(), StandardCharsets.UTF_8.name());
            message.setSentDate(Date.from(now));
            Transport.send(message);
            outbox.markDone(email.id(), OutboxEmail.SENT, now);
            return true;
        } catch (MessagingException | RuntimeException e) {
            int attempt = email.attempts() + 1;
            String status = attempt >= MAX_ATTEMPTS ? OutboxEmail.FAILED : OutboxEmail.PENDING;
            Duration wait = Duration.ofSeconds(30).multipliedBy(1L << Math.min(attempt - 1, 10));
            String error = String.valueOf(e.getMessage());
            outbox.markFailed(email.id(), status, now.plus(wait), error.length() > 500 ? error.substring(0, 500) : error);
            LOG.warn("Sending e-mail {} failed (attempt {}): {}", email.id(), attempt, error);
            return false;
        }
    }

    private Session session() {
        Properties properties = new Properties();
        properties.put("mail.smtp.host", host);
        properties.put("mail.smtp.port", Integer.toString(port));
        properties.put("mail.smtp.starttls.enable", Boolean.toString(startTls));
        properties.put("mail.smtp.connectiontimeout", "10000");
        properties.put("mail.smtp.timeout", "10000");
        properties.put("mail.smtp.writetimeout", "10000");
        if (username.isBlank()) {
            return Session.getInstance(properties);
        }
        properties.put("mail.smtp.auth", "true");
        return Session.getInstance(properties, new Authenticator() {
            @Override
            protected PasswordAuthentication getPasswordAuthentication() {
                return new PasswordAuthentication(username, password);
            }
        });
    }
}
