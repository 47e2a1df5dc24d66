package org.etradecampus.survey;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import jakarta.mail.internet.MimeMessage;
import org.etradecampus.account.Role;
import org.etradecampus.activity.ActivityDto;
import org.etradecampus.application.LocalizedText;
import org.etradecampus.application.QuestionType;
import org.etradecampus.enrolment.EnrolmentDto;
import org.etradecampus.mail.Mailer;
import org.etradecampus.testing.Accounts;
import org.etradecampus.testing.Api;
import org.etradecampus.testing.AuthClient;
import org.etradecampus.testing.Inbox;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.etradecampus.testing.Accounts.aParticipant;
import static org.etradecampus.testing.Activities.aMasterclass;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Once a survey opens, the people holding a seat are asked by e-mail (a real SMTP server) in their
 * language, and those who have not answered are reminded once; each e-mail goes out once.
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SurveyMailIT implements TestPropertyProvider {

    Inbox inbox = new Inbox();

    @Inject
    Api api;

    @Inject
    AuthClient auth;

    @Inject
    Mailer mailer;

    @Inject
    SurveyNotices notices;

    @Override
    public Map<String, String> getProperties() {
        Map<String, String> properties = new HashMap<>(inbox.start());
        properties.put("campus.surveys.notice-initial-delay", "1h");
        properties.put("campus.surveys.reminder-minimum-gap", "0s");
        return properties;
    }

    @AfterAll
    void stop() {
        inbox.stop();
    }

    @Test
    void asksEveryoneHoldingASeatOnceInTheirLanguageAndRemindsOnlyThoseWhoHaveNotAnswered() {
        String manager = api.staff(Role.MANAGER).token();
        ActivityDto activity = aMasterclass().titled("Masterclass Dakar").create(api, manager);
        String templateId = api.post("/api/programmes/" + activity.programmeId() + "/survey-templates", new SurveyTemplateRequest(
                SurveyKind.FEEDBACK, new LocalizedText("Feedback", null, null), List.of(new SurveyQuestionDto("useful",
                QuestionType.SCALE, new LocalizedText("How useful was it?", null, null), true, null, null, null))), manager,
                SurveyTemplateDto.class).body().id();
        ActivitySurveyDto closingSoon = api.post("/api/activities/" + activity.id() + "/surveys", new AttachSurveyRequest(templateId,
                null, Instant.now().minus(1, ChronoUnit.HOURS), Instant.now().plus(2, ChronoUnit.DAYS)), manager,
                ActivitySurveyDto.class).body();
        Accounts awa = aParticipant().speaking("fr");
        Accounts lucia = aParticipant().speaking("es");
        Accounts mere = aParticipant();
        String awaToken = enrol(activity, awa);
        enrol(activity, lucia);
        String mereToken = enrol(activity, mere);
        answer(closingSoon, mereToken);
        mailer.deliverDue();
        inbox.clear();

        notices.sendDue();
        notices.sendDue();
        mailer.deliverDue();
        List<MimeMessage> awaFirst = inbox.to(awa.email());
        List<MimeMessage> luciaFirst = inbox.to(lucia.email());
        List<MimeMessage> mereFirst = inbox.to(mere.email());
        answer(closingSoon, awaToken);
        inbox.clear();
        notices.sendDue();
        notices.sendDue();
        mailer.deliverDue();

        assertEquals(List.of("Vos réponses, s'il vous plaît : Masterclass Dakar",
                        "Rappel : le questionnaire sur Masterclass Dakar se termine le " + closingDate(closingSoon, "fr")),
                awaFirst.stream().map(Inbox::subject).toList(), "asked, then reminded as three days or fewer are left");
        assertTrue(Inbox.body(awaFirst.get(0)).contains("/surveys/" + closingSoon.id()), Inbox.body(awaFirst.get(0)));
        assertEquals("Tus respuestas, por favor: Masterclass Dakar", Inbox.subject(luciaFirst.get(0)));
        assertEquals(List.of(), mereFirst, "she had answered already");
        assertEquals(List.of(), inbox.to(awa.email()), "nothing more once she answered");
        assertEquals(List.of(), inbox.to(lucia.email()), "one reminder only");
    }

    private static String closingDate(ActivitySurveyDto survey, String language) {
        return survey.closesAt().minusNanos(1).atZone(java.time.ZoneId.of("Asia/Kathmandu")).toLocalDate()
                .format(java.time.format.DateTimeFormatter.ofLocalizedDate(java.time.format.FormatStyle.LONG)
                        .withLocale(java.util.Locale.forLanguageTag(language)));
    }

    private void answer(ActivitySurveyDto survey, String token) {
        api.put("/api/surveys/" + survey.id() + "/response", new SurveyResponseRequest(Map.of("useful", 4)), token, SurveyDto.class);
    }

    private String enrol(ActivityDto activity, Accounts account) {
        auth.register(account.registration());
        String token = api.login(account.email(), account.password()).accessToken();
        api.post("/api/activities/" + activity.id() + "/enrolments", "", token, EnrolmentDto.class);
        return token;
    }
}
