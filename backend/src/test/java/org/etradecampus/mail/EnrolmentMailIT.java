package org.etradecampus.mail;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import jakarta.mail.internet.MimeMessage;
import org.etradecampus.account.MeDto;
import org.etradecampus.activity.ActivityDto;
import org.etradecampus.application.ApplicationDto;
import org.etradecampus.application.Decision;
import org.etradecampus.application.DecisionRequest;
import org.etradecampus.application.DecisionResultDto;
import org.etradecampus.application.SaveApplicationRequest;
import org.etradecampus.enrolment.EnrolmentDto;
import org.etradecampus.testing.Accounts;
import org.etradecampus.testing.Api;
import org.etradecampus.testing.AuthClient;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.io.IOException;
import java.net.ServerSocket;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.etradecampus.testing.Accounts.aParticipant;
import static org.etradecampus.testing.Activities.aMasterclass;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** E-mails go out through a real SMTP server (GreenMail, in-process), in each person's language. */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class EnrolmentMailIT implements TestPropertyProvider {

    final int port = freePort();
    GreenMail smtp = new GreenMail(new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));

    @Inject
    AuthClient auth;

    @Inject
    Api api;

    @Inject
    Mailer mailer;

    @Override
    public Map<String, String> getProperties() {
        smtp.start();
        return Map.of("campus.mail.smtp.host", "127.0.0.1", "campus.mail.smtp.port", Integer.toString(port),
                "campus.mail.smtp.starttls", "false", "campus.mail.initial-delay", "1h");
    }

    @AfterAll
    void stop() {
        smtp.stop();
    }

    @BeforeEach
    void sendWhatIsPending() {
        mailer.deliverDue();
        smtp.reset();
    }

    @Test
    void tellsEachPersonWhetherSheHasASeatInHerLanguage() throws Exception {
        ActivityDto activity = aMasterclass().titled("Masterclass Dakar").withSeats(1).create(api, api.loginAsAdmin().accessToken());
        Accounts awa = aParticipant().speaking("fr");
        Accounts lucia = aParticipant().speaking("es");

        enrol(activity, awa);
        enrol(activity, lucia);
        mailer.deliverDue();

        assertEquals("Votre inscription est confirmée : Masterclass Dakar", subjectTo(awa.email()));
        assertEquals("Estás en la lista de espera: Masterclass Dakar", subjectTo(lucia.email()));
        assertTrue(bodyTo(lucia.email()).contains("Ocupas el puesto 1"), bodyTo(lucia.email()));
    }

    @Test
    void tellsThePersonWhoGetsAFreedSeat() throws Exception {
        ActivityDto activity = aMasterclass().titled("Masterclass Bogotá").withSeats(1).create(api, api.loginAsAdmin().accessToken());
        Accounts first = aParticipant();
        Accounts second = aParticipant();
        String firstToken = enrol(activity, first);
        EnrolmentDto seat = api.get("/api/me/enrolments", firstToken, org.etradecampus.enrolment.EnrolmentIT.ENROLMENT_PAGE).items().get(0);
        enrol(activity, second);
        mailer.deliverDue();
        smtp.reset();

        api.post("/api/enrolments/" + seat.id() + "/withdraw", "", firstToken, EnrolmentDto.class);
        mailer.deliverDue();

        assertEquals("A seat is yours: Masterclass Bogotá", subjectTo(second.email()));
        assertEquals(1, smtp.getReceivedMessages().length, "only the promoted person is written to");
    }

    @Test
    void tellsBothWhenAManagerMovesASeatedPersonToTheWaitlist() throws Exception {
        String admin = api.loginAsAdmin().accessToken();
        ActivityDto activity = aMasterclass().titled("Atelier Abidjan").withSeats(1).create(api, admin);
        Accounts awa = aParticipant().speaking("fr");
        Accounts next = aParticipant();
        String awaToken = enrol(activity, awa);
        enrol(activity, next);
        EnrolmentDto seat = api.get("/api/me/enrolments", awaToken, org.etradecampus.enrolment.EnrolmentIT.ENROLMENT_PAGE).items().get(0);
        mailer.deliverDue();
        smtp.reset();

        api.post("/api/enrolments/" + seat.id() + "/waitlist", "", admin, EnrolmentDto.class);
        mailer.deliverDue();

        assertEquals("Votre place passe en liste d'attente : Atelier Abidjan", subjectTo(awa.email()));
        assertTrue(bodyTo(awa.email()).contains("position 1"), bodyTo(awa.email()));
        assertEquals("A seat is yours: Atelier Abidjan", subjectTo(next.email()));
    }

    @Test
    void tellsApplicantsTheDecisionInTheirLanguage() throws Exception {
        String admin = api.loginAsAdmin().accessToken();
        ActivityDto activity = aMasterclass().titled("Accélérateur Dakar").byApplication().withSeats(1).create(api, admin);
        Accounts awa = aParticipant().speaking("fr");
        Accounts lucia = aParticipant().speaking("es");
        String awaApplication = apply(activity, awa);
        String luciaApplication = apply(activity, lucia);
        mailer.deliverDue();
        smtp.reset();

        decide(activity, awaApplication, Decision.ACCEPT, admin);
        decide(activity, luciaApplication, Decision.REJECT, admin);
        mailer.deliverDue();

        assertEquals("Candidature retenue : Accélérateur Dakar", subjectTo(awa.email()));
        assertEquals("Tu solicitud: Accélérateur Dakar", subjectTo(lucia.email()));
        assertTrue(bodyTo(lucia.email()).contains("no haya sido seleccionada"), bodyTo(lucia.email()));
    }

    @Test
    void tellsEveryoneWhenAnActivityIsCancelled() throws Exception {
        String admin = api.loginAsAdmin().accessToken();
        ActivityDto activity = aMasterclass().titled("Study tour Nairobi").withSeats(1).create(api, admin);
        Accounts first = aParticipant();
        Accounts second = aParticipant();
        enrol(activity, first);
        String waiting = enrol(activity, second);
        mailer.deliverDue();
        smtp.reset();

        api.post("/api/activities/" + activity.id() + "/cancel", "", admin, ActivityDto.class);
        mailer.deliverDue();

        assertEquals("Cancelled: Study tour Nairobi", subjectTo(first.email()));
        assertEquals("Cancelled: Study tour Nairobi", subjectTo(second.email()));
        assertEquals("CANCELLED", api.get("/api/me/enrolments", waiting, org.etradecampus.enrolment.EnrolmentIT.ENROLMENT_PAGE)
                .items().get(0).status().name());
    }

    @Test
    void keepsAnEmailWhenTheServerIsDownAndSendsItLater(OutboxRepository outbox) throws Exception {
        ActivityDto activity = aMasterclass().titled("Workshop Suva").create(api, api.loginAsAdmin().accessToken());
        smtp.stop();
        Accounts mere = aParticipant();
        enrol(activity, mere);

        assertEquals(0, mailer.deliverDue(), "nothing can be sent");
        smtp = new GreenMail(new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        smtp.start();
        outbox.findAll().forEach(e -> {
            if ("PENDING".equals(e.status())) {
                outbox.update(new OutboxEmail(e.id(), e.recipient(), e.subject(), e.body(), e.status(), e.attempts(),
                        java.time.Instant.now().minusSeconds(1), null, null, e.lastError(), e.createdAt(), null));
            }
        });
        mailer.deliverDue();

        assertEquals("You are enrolled: Workshop Suva", subjectTo(mere.email()));
    }

    @Test
    void forgetsSentEmailsAfterNinetyDays(OutboxRepository outbox) {
        java.time.Instant now = java.time.Instant.now();
        OutboxEmail old = outbox.save(new OutboxEmail(null, "old@example.org", "old", "old", "SENT", 1, now, null, null, null,
                now.minusSeconds(100L * 86_400), now.minusSeconds(91L * 86_400)));
        OutboxEmail recent = outbox.save(new OutboxEmail(null, "recent@example.org", "recent", "recent", "SENT", 1, now, null,
                null, null, now.minusSeconds(86_400), now.minusSeconds(86_400)));

        mailer.forgetOldSent();

        assertTrue(outbox.findById(old.id()).isEmpty());
        assertTrue(outbox.findById(recent.id()).isPresent());
    }

    private String enrol(ActivityDto activity, Accounts account) {
        auth.register(account.registration());
        String token = api.login(account.email(), account.password()).accessToken();
        api.post("/api/activities/" + activity.id() + "/enrolments", "", token, EnrolmentDto.class);
        return token;
    }

    private String apply(ActivityDto activity, Accounts account) {
        auth.register(account.registration());
        String token = api.login(account.email(), account.password()).accessToken();
        api.put("/api/activities/" + activity.id() + "/application", new SaveApplicationRequest(Map.of()), token, ApplicationDto.class);
        return api.post("/api/activities/" + activity.id() + "/application/submit", "", token, ApplicationDto.class).body().id();
    }

    private void decide(ActivityDto activity, String applicationId, Decision decision, String token) {
        api.post("/api/activities/" + activity.id() + "/applications/decisions", new DecisionRequest(Set.of(applicationId), decision),
                token, DecisionResultDto.class);
    }

    private String subjectTo(String email) throws Exception {
        return messageTo(email).getSubject();
    }

    private String bodyTo(String email) throws Exception {
        return messageTo(email).getContent().toString();
    }

    private MimeMessage messageTo(String email) {
        List<MimeMessage> found = Arrays.stream(smtp.getReceivedMessages()).filter(m -> {
            try {
                return m.getAllRecipients()[0].toString().equals(email);
            } catch (Exception e) {
                return false;
            }
        }).toList();
        assertEquals(1, found.size(), "one e-mail to " + email);
        return found.get(0);
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
