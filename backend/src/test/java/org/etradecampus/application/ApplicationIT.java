package org.etradecampus.application;

import io.micronaut.core.type.Argument;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.etradecampus.account.Role;
import org.etradecampus.activity.ActivityDto;
import org.etradecampus.common.PageDto;
import org.etradecampus.common.Problem;
import org.etradecampus.enrolment.EnrolmentDto;
import org.etradecampus.testing.Activities;
import org.etradecampus.testing.Api;
import org.etradecampus.testing.Api.Staff;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import static org.etradecampus.testing.Activities.aMasterclass;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

/** A manager attaches a form; a participant drafts, resumes, sends and withdraws her application. */
@MicronautTest(transactional = false)
class ApplicationIT {

    @SuppressWarnings({"unchecked", "rawtypes"})
    static final Argument<PageDto<ApplicationDto>> APPLICATION_PAGE = (Argument) Argument.of(PageDto.class, ApplicationDto.class);

    static final Map<String, Object> COMPLETE = Map.of("businessName", "Kathmandu Pashmina", "plan", "Sell to Europe",
            "sector", "fashion", "exports", true, "channels", List.of("website", "social"), "employees", 12,
            "market", "DE", "website", "https://pashmina.example.org");

    @Inject
    Api api;

    Staff manager;
    Activities plan;
    ActivityDto activity;

    @BeforeEach
    void setUp() {
        manager = api.staff(Role.MANAGER);
        plan = aMasterclass().byApplication().forWomenOnly();
        activity = plan.create(api, manager.token());
        api.put(formPath(), Forms.everyType(), manager.token(), ApplicationFormDto.class);
    }

    @Test
    void managersBuildAFormWithEveryKindOfQuestionAndAnyoneReadsIt() {
        ApplicationFormDto form = api.get(formPath(), null, ApplicationFormDto.class);

        assertEquals(Forms.everyType(), form);
        assertEquals(Set.of(QuestionType.values()), form.questions().stream().map(QuestionDto::type).collect(Collectors.toSet()));
    }

    @Test
    void aFormNamesEveryMistakeInIt() {
        ApplicationFormDto broken = new ApplicationFormDto(List.of(
                Forms.question("name", QuestionType.SHORT_TEXT, true, true),
                Forms.question("name", QuestionType.LONG_TEXT, false, false),
                Forms.choice("sector", QuestionType.SINGLE_CHOICE, true, "crafts")));

        Problem problem = api.problem(400, () -> api.put(formPath(), broken, manager.token(), ApplicationFormDto.class));

        assertEquals(Set.of("questions[1].key", "questions[2].options"),
                problem.errors().stream().map(Problem.FieldError::field).collect(Collectors.toSet()));
        api.problem(403, () -> api.put(formPath(), Forms.everyType(), api.staff(Role.MANAGER).token(), ApplicationFormDto.class));
    }

    @Test
    void sheSavesADraftResumesItAndSendsIt() {
        String amina = api.participant("FEMALE", "NP");
        api.put(applicationPath(), new SaveApplicationRequest(Map.of("businessName", "Kathmandu Pashmina")), amina,
                ApplicationDto.class);
        ApplicationDto resumed = api.get(applicationPath(), amina, ApplicationDto.class);

        Problem incomplete = api.problem(400, () -> api.post(applicationPath() + "/submit", "", amina, ApplicationDto.class));
        api.put(applicationPath(), new SaveApplicationRequest(COMPLETE), amina, ApplicationDto.class);
        ApplicationDto sent = api.post(applicationPath() + "/submit", "", amina, ApplicationDto.class).body();

        assertEquals(ApplicationStatus.DRAFT, resumed.status());
        assertEquals("Kathmandu Pashmina", resumed.answers().get("businessName"));
        assertEquals(Set.of("answers.plan", "answers.sector", "answers.exports"),
                incomplete.errors().stream().map(Problem.FieldError::field).collect(Collectors.toSet()));
        assertEquals(ApplicationStatus.APPLIED, sent.status());
        assertNotNull(sent.submittedAt());
        assertEquals(List.of("website", "social"), sent.answers().get("channels"));
        assertEquals(List.of(sent), api.get("/api/me/applications", amina, APPLICATION_PAGE).items());
        api.problem(409, () -> api.put(applicationPath(), new SaveApplicationRequest(COMPLETE), amina, ApplicationDto.class));
    }

    @Test
    void eachAnswerIsCheckedAgainstItsQuestion() {
        String amina = api.participant("FEMALE", "NP");
        Map<String, Object> wrong = new HashMap<>();
        wrong.put("employees", "twelve");
        wrong.put("sector", "mining");
        wrong.put("channels", List.of("website", "radio"));
        wrong.put("market", "ZZ");
        wrong.put("website", "javascript:alert(1)");
        wrong.put("exports", "yes");
        wrong.put("plan", "x".repeat(5_001));
        wrong.put("favouriteColour", "blue");

        Problem problem = api.problem(400, () -> api.put(applicationPath(), new SaveApplicationRequest(wrong), amina,
                ApplicationDto.class));

        assertEquals(Set.of("answers.employees", "answers.sector", "answers.channels", "answers.market", "answers.website",
                "answers.exports", "answers.plan", "answers.favouriteColour"),
                problem.errors().stream().map(Problem.FieldError::field).collect(Collectors.toSet()));
        api.problem(404, () -> api.get(applicationPath(), amina, ApplicationDto.class));
    }

    @Test
    void eligibilityIsCheckedWhenSheSends() {
        String karim = api.participant("MALE", "NP");
        api.put(applicationPath(), new SaveApplicationRequest(COMPLETE), karim, ApplicationDto.class);

        Problem problem = api.problem(422, () -> api.post(applicationPath() + "/submit", "", karim, ApplicationDto.class));

        assertEquals("gender", problem.errors().get(0).field());
        assertEquals(ApplicationStatus.DRAFT, api.get(applicationPath(), karim, ApplicationDto.class).status());
    }

    @Test
    void nothingIsSentAfterTheDeadline() {
        String amina = api.participant("FEMALE", "NP");
        api.put(applicationPath(), new SaveApplicationRequest(COMPLETE), amina, ApplicationDto.class);
        Instant now = Instant.now();
        api.put("/api/activities/" + activity.id(), plan.enrolmentWindow(now.minus(10, ChronoUnit.DAYS), now.minusSeconds(60))
                .request(activity.programmeId()), manager.token(), ActivityDto.class);

        Problem late = api.problem(409, () -> api.post(applicationPath() + "/submit", "", amina, ApplicationDto.class));

        assertEquals("application.closed", late.messageKey());
        assertEquals(ApplicationStatus.DRAFT, api.get(applicationPath(), amina, ApplicationDto.class).status());
    }

    @Test
    void theFormIsFixedOnceSomeoneHasApplied() {
        apply(api.participant("FEMALE", "NP"));

        Problem problem = api.problem(409, () -> api.put(formPath(), new ApplicationFormDto(List.of()), manager.token(),
                ApplicationFormDto.class));

        assertEquals("application.form-locked", problem.messageKey());
    }

    @Test
    void sheWithdrawsHerOwnApplicationOnly() {
        String amina = api.participant("FEMALE", "NP");
        ApplicationDto sent = apply(amina);

        api.problem(404, () -> api.post("/api/applications/" + sent.id() + "/withdraw", "", api.participant("FEMALE", "IN"),
                ApplicationDto.class));
        ApplicationDto withdrawn = api.post("/api/applications/" + sent.id() + "/withdraw", "", amina, ApplicationDto.class).body();

        assertEquals(ApplicationStatus.WITHDRAWN, withdrawn.status());
        api.problem(409, () -> api.post("/api/applications/" + sent.id() + "/withdraw", "", amina, ApplicationDto.class));
    }

    @Test
    void anApplicationActivityTakesNoDirectEnrolmentAndAnOpenOneNoApplication() {
        String amina = api.participant("FEMALE", "NP");
        ActivityDto open = aMasterclass().create(api, manager.token());

        Problem enrol = api.problem(409, () -> api.post("/api/activities/" + activity.id() + "/enrolments", "", amina,
                EnrolmentDto.class));
        Problem applyToOpen = api.problem(409, () -> api.put("/api/activities/" + open.id() + "/application",
                new SaveApplicationRequest(Map.of()), amina, ApplicationDto.class));

        assertEquals("enrolment.application-required", enrol.messageKey());
        assertEquals("application.not-by-application", applyToOpen.messageKey());
    }

    private ApplicationDto apply(String token) {
        api.put(applicationPath(), new SaveApplicationRequest(COMPLETE), token, ApplicationDto.class);
        return api.post(applicationPath() + "/submit", "", token, ApplicationDto.class).body();
    }

    private String formPath() {
        return "/api/activities/" + activity.id() + "/application-form";
    }

    private String applicationPath() {
        return "/api/activities/" + activity.id() + "/application";
    }
}
