package org.etradecampus.mail;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import jakarta.mail.internet.MimeMessage;
import org.etradecampus.account.MeDto;
import org.etradecampus.account.Role;
import org.etradecampus.activity.ActivityDto;
import org.etradecampus.auth.AcceptInvitationRequest;
import org.etradecampus.auth.TokenResponse;
import org.etradecampus.importing.ImportDto;
import org.etradecampus.importing.ImportStatus;
import org.etradecampus.testing.Api;
import org.etradecampus.testing.Api.Staff;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.etradecampus.testing.Activities.aMasterclass;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Someone a partner's file brought in gets an e-mail in her language, and its link lets her set a password. */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class InvitationMailIT implements TestPropertyProvider {

    final int port = freePort();
    GreenMail smtp = new GreenMail(new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));

    @Inject
    Api api;

    @Inject
    Mailer mailer;

    @Override
    public Map<String, String> getProperties() {
        smtp.start();
        return Map.of("campus.mail.smtp.host", "127.0.0.1", "campus.mail.smtp.port", Integer.toString(port),
                "campus.mail.smtp.starttls", "false", "campus.mail.initial-delay", "1h",
                "campus.public-url", "https://campus.example.org/");
    }

    @AfterAll
    void stop() {
        smtp.stop();
    }

    @Test
    void anImportedParticipantSetsHerPasswordFromTheInvitation() throws Exception {
        Staff manager = api.staff(Role.MANAGER);
        ActivityDto activity = aMasterclass().titled("Masterclass Abidjan").create(api, manager.token());
        String email = "awa-" + UUID.randomUUID().toString().substring(0, 8) + "@import.example.org";
        byte[] csv = ("email,name,country,gender,language\n" + email + ",Awa Koné,CI,FEMALE,fr\n").getBytes(StandardCharsets.UTF_8);
        ImportDto checked = api.upload("/api/activities/" + activity.id() + "/imports", "awa.csv", csv, manager.token(),
                ImportDto.class).body();
        api.post("/api/imports/" + checked.id() + "/confirm", "", manager.token(), ImportDto.class);
        awaitDone(checked.id(), manager.token());
        mailer.deliverDue();

        MimeMessage invitation = Arrays.stream(smtp.getReceivedMessages()).filter(m -> {
            try {
                return m.getAllRecipients()[0].toString().equals(email);
            } catch (Exception e) {
                return false;
            }
        }).findFirst().orElseThrow();
        String body = invitation.getContent().toString();
        Matcher link = Pattern.compile("https://campus\\.example\\.org/invitation/([A-Za-z0-9_-]{40,})").matcher(body);

        assertEquals("Votre inscription à Masterclass Abidjan : choisissez votre mot de passe", invitation.getSubject());
        assertTrue(link.find(), body);
        TokenResponse signedIn = api.post("/api/auth/invitations/accept",
                new AcceptInvitationRequest(link.group(1), "mon mot de passe assez long"), null, TokenResponse.class).body();
        MeDto her = api.get("/api/me", signedIn.accessToken(), MeDto.class);
        assertEquals("Awa Koné", her.displayName());
        assertEquals("fr", her.locale());
        assertEquals("CI", her.profile().countryCode());
        api.login(email, "mon mot de passe assez long");
        assertEquals("token", api.problem(400, () -> api.post("/api/auth/invitations/accept",
                new AcceptInvitationRequest(link.group(1), "un autre mot de passe long"), null, TokenResponse.class))
                .errors().get(0).field(), "an invitation works once");
        assertEquals("token", api.problem(400, () -> api.post("/api/auth/invitations/accept",
                new AcceptInvitationRequest("made-up-token", "a long enough passphrase 9"), null, TokenResponse.class))
                .errors().get(0).field());
    }

    private void awaitDone(String id, String token) throws InterruptedException {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(60));
        while (api.get("/api/imports/" + id, token, ImportDto.class).status() == ImportStatus.RUNNING
                && Instant.now().isBefore(deadline)) {
            Thread.sleep(50);
        }
        assertEquals(ImportStatus.DONE, api.get("/api/imports/" + id, token, ImportDto.class).status());
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
