package org.etradecampus.testing;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/** A real SMTP server (GreenMail) on a free local port, and the messages it received for one address. */
public final class Inbox {

    private final int port = freePort();
    private final GreenMail smtp = new GreenMail(new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));

    /** Starts the server; the properties point the platform's mail at it and keep its poller from running on its own. */
    public Map<String, String> start() {
        smtp.start();
        return Map.of("campus.mail.smtp.host", "127.0.0.1", "campus.mail.smtp.port", Integer.toString(port),
                "campus.mail.smtp.starttls", "false", "campus.mail.initial-delay", "1h");
    }

    public void stop() {
        smtp.stop();
    }

    public void clear() {
        smtp.reset();
    }

    public List<MimeMessage> to(String email) {
        return Arrays.stream(smtp.getReceivedMessages()).filter(m -> recipient(m).equals(email)).toList();
    }

    public static String body(MimeMessage message) {
        try {
            return message.getContent().toString();
        } catch (IOException | MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    public static String subject(MimeMessage message) {
        try {
            return message.getSubject();
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String recipient(Message message) {
        try {
            return message.getAllRecipients()[0].toString();
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
