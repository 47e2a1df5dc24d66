package org.etradecampus.survey;

import io.micronaut.core.type.Argument;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.etradecampus.account.Role;
import org.etradecampus.activity.ActivityDto;
import org.etradecampus.activity.AssignTrainersRequest;
import org.etradecampus.application.LocalizedText;
import org.etradecampus.application.QuestionType;
import org.etradecampus.common.Problem;
import org.etradecampus.completion.CompletionDto;
import org.etradecampus.completion.CompletionRuleDto;
import org.etradecampus.enrolment.EnrolmentDto;
import org.etradecampus.outcome.FigureBasis;
import org.etradecampus.outcome.FigureDto;
import org.etradecampus.outcome.IndicatorDirection;
import org.etradecampus.outcome.IndicatorDto;
import org.etradecampus.outcome.IndicatorRequest;
import org.etradecampus.outcome.IndicatorSource;
import org.etradecampus.outcome.IndicatorUnit;
import org.etradecampus.outcome.OutcomeDto;
import org.etradecampus.outcome.PairedDto;
import org.etradecampus.outcome.SurveyAggregation;
import org.etradecampus.outcome.TargetDto;
import org.etradecampus.testing.Api;
import org.etradecampus.testing.Api.Staff;
import org.etradecampus.user.StaffDto;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.etradecampus.testing.Activities.aMasterclass;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Baseline and endline surveys feed a programme's indicators; participants answer and correct while open. */
@MicronautTest(transactional = false)
class SurveyIT {

    static final Argument<List<OutcomeDto>> OUTCOMES = Argument.listOf(OutcomeDto.class);

    @Inject
    Api api;

    Staff manager;
    Staff trainer;
    ActivityDto activity;
    IndicatorDto sales;
    IndicatorDto exporting;

    @BeforeEach
    void setUp() {
        manager = api.staff(Role.MANAGER);
        trainer = api.staff(Role.TRAINER);
        activity = aMasterclass().create(api, manager.token());
        api.put("/api/activities/" + activity.id() + "/trainers", new AssignTrainersRequest(Set.of(trainer.id())), manager.token(),
                Argument.listOf(StaffDto.class));
        LocalDate yearStart = LocalDate.now().withDayOfYear(1);
        sales = indicator(new IndicatorRequest("monthly_sales", text("Monthly online sales"), IndicatorUnit.CURRENCY, "USD",
                IndicatorDirection.HIGHER_IS_BETTER, IndicatorSource.SURVEY, null, SurveyAggregation.MEAN, null, null, true,
                List.of(new TargetDto(null, yearStart, yearStart.plusYears(1).minusDays(1), 500.0, null, null))));
        exporting = indicator(new IndicatorRequest("exporting", text("Businesses exporting"), IndicatorUnit.PERCENT, null,
                IndicatorDirection.HIGHER_IS_BETTER, IndicatorSource.SURVEY, null, SurveyAggregation.SHARE_YES, null, null, true,
                List.of()));
    }

    @Test
    void baselineAndEndlineMoveTheIndicatorAndThePairedComparisonKeepsToPeopleWhoAnsweredBoth() {
        ActivitySurveyDto baseline = attach(template(SurveyKind.BASELINE), openNow());
        ActivitySurveyDto endline = attach(template(SurveyKind.ENDLINE), openNow());
        String amina = seated("NP");
        String rosa = seated("DO");
        String late = seated("KE");

        answer(baseline, amina, 100, false);
        answer(baseline, rosa, 200, false);
        OutcomeDto before = outcome(sales);
        answer(endline, amina, 400, true);
        answer(endline, rosa, 300, false);
        answer(endline, late, 1000, true);
        OutcomeDto salesAfter = outcome(sales);
        OutcomeDto exportingAfter = outcome(exporting);

        assertEquals(new FigureDto(150, 2L, FigureBasis.SURVEY_BASELINE), before.baseline());
        assertNull(before.latest(), "no endline answers yet");
        assertEquals(new FigureDto(150, 2L, FigureBasis.SURVEY_BASELINE), salesAfter.baseline());
        assertEquals(new FigureDto(1700.0 / 3, 3L, FigureBasis.SURVEY_LATEST), salesAfter.latest());
        assertEquals(new PairedDto(2, 150, 350, 200), salesAfter.paired(), "only Amina and Rosa answered both");
        assertEquals((1700.0 / 3 - 150) / (500 - 150), salesAfter.targets().get(0).progress(), 1e-9);
        assertEquals(3L, salesAfter.targets().get(0).people());
        assertEquals(new FigureDto(0, 2L, FigureBasis.SURVEY_BASELINE), exportingAfter.baseline());
        assertEquals(200.0 / 3, exportingAfter.latest().value(), 1e-9, "two of three export at the end");
        assertEquals(new PairedDto(2, 0, 50, 50), exportingAfter.paired());
    }

    @Test
    void answersAreValidatedAndCorrectableUntilTheSurveyCloses() {
        ActivitySurveyDto baseline = attach(template(SurveyKind.BASELINE), openNow());
        String amina = seated("NP");

        Problem invalid = api.problem(400, () -> respond(baseline, amina, Map.of("sales", "a lot", "confidence", 9)));
        Problem missing = api.problem(400, () -> respond(baseline, amina, Map.of("confidence", 3)));
        SurveyDto first = answer(baseline, amina, 100, false);
        SurveyDto corrected = answer(baseline, amina, 120, false);
        List<MySurveyDto> hers = api.get("/api/me/surveys", amina, Argument.listOf(MySurveyDto.class));
        ActivitySurveyDto closed = api.put("/api/surveys/" + baseline.id() + "/window", new SurveyWindowRequest(
                Instant.now().minus(2, ChronoUnit.DAYS), Instant.now().minus(1, ChronoUnit.DAYS)), manager.token(),
                ActivitySurveyDto.class);
        Problem tooLate = api.problem(409, () -> answer(baseline, amina, 130, false));
        Problem notHers = api.problem(403, () -> answer(baseline, api.participant("FEMALE", "IN"), 10, false));

        assertEquals(List.of("answers.confidence", "answers.exports", "answers.sales"), invalid.errors().stream().map(Problem.FieldError::field).sorted()
                .toList());
        assertEquals("answers.sales", missing.errors().get(0).field());
        assertEquals("validation.required", missing.errors().get(0).messageKey());
        assertEquals(first.answeredAt(), corrected.answeredAt(), "a correction keeps the first answer's time");
        assertEquals(120, ((Number) api.get("/api/surveys/" + baseline.id(), amina, SurveyDto.class).answers().get("sales")).intValue());
        assertEquals(new FigureDto(120, 1L, FigureBasis.SURVEY_BASELINE), outcome(sales).baseline(), "the correction replaced the figure");
        assertNull(corrected.questions().get(0).indicatorId(), "participants never see the indicator mapping");
        assertEquals(1, hers.size());
        assertNotNull(hers.get(0).answeredAt());
        assertTrue(hers.get(0).open());
        assertFalse(closed.open());
        assertEquals("survey.closed", tooLate.messageKey());
        assertEquals("survey.no-seat", notHers.messageKey());
    }

    @Test
    void managersSeeResponseRatesAndTemplatesAreFixedOnceAnswered() {
        String templateId = template(SurveyKind.FEEDBACK);
        ActivitySurveyDto feedback = attach(templateId, openNow());
        String amina = seated("NP");
        seated("BD");
        seated("KE");
        seated("IN");
        answer(feedback, amina, 10, true);

        ActivitySurveyDto rate = api.get("/api/activities/" + activity.id() + "/surveys", trainer.token(),
                Argument.listOf(ActivitySurveyDto.class)).get(0);
        Problem fixed = api.problem(409, () -> api.put("/api/survey-templates/" + templateId, templateRequest(SurveyKind.FEEDBACK),
                manager.token(), SurveyTemplateDto.class));
        Problem inUse = api.problem(409, () -> api.delete("/api/indicators/" + sales.id(), manager.token()));
        Problem answered = api.problem(409, () -> api.delete("/api/surveys/" + feedback.id(), manager.token()));
        Problem trainerAttaches = api.problem(403, () -> api.post("/api/activities/" + activity.id() + "/surveys",
                new AttachSurveyRequest(templateId, null, null, null), trainer.token(), ActivitySurveyDto.class));
        Problem followUpNeedsMonths = api.problem(400, () -> api.post("/api/activities/" + activity.id() + "/surveys",
                new AttachSurveyRequest(template(SurveyKind.FOLLOW_UP), null, null, null), manager.token(), ActivitySurveyDto.class));

        assertEquals(4, rate.eligible());
        assertEquals(1, rate.responses());
        assertEquals(0.25, rate.responseRate(), 1e-9);
        assertEquals("survey.answered", fixed.messageKey());
        assertEquals("outcome.indicator-in-use", inUse.messageKey());
        assertEquals("survey.answered", answered.messageKey());
        assertEquals("problem.forbidden", trainerAttaches.messageKey());
        assertEquals("monthsAfter", followUpNeedsMonths.errors().get(0).field());
    }

    @Test
    void aCompletionRuleMayRequireAnsweringASurvey() {
        ActivitySurveyDto feedback = attach(template(SurveyKind.FEEDBACK), openNow());
        ActivityDto other = aMasterclass().create(api, manager.token());
        String otherTemplate = api.post("/api/programmes/" + other.programmeId() + "/survey-templates", new SurveyTemplateRequest(
                SurveyKind.FEEDBACK, text("Feedback"), List.of(question("useful", QuestionType.SCALE, null))), manager.token(),
                SurveyTemplateDto.class).body().id();
        ActivitySurveyDto elsewhere = api.post("/api/activities/" + other.id() + "/surveys",
                new AttachSurveyRequest(otherTemplate, null, null, null), manager.token(), ActivitySurveyDto.class).body();
        String amina = seated("NP");
        seated("BD");
        Problem foreign = api.problem(400, () -> api.put("/api/activities/" + activity.id() + "/completion-rule",
                new CompletionRuleDto(0.75, elsewhere.id()), manager.token(), CompletionRuleDto.class));
        CompletionRuleDto rule = api.put("/api/activities/" + activity.id() + "/completion-rule",
                new CompletionRuleDto(0.75, feedback.id()), manager.token(), CompletionRuleDto.class);
        boolean before = completions().stream().anyMatch(CompletionDto::completed);

        answer(feedback, amina, 10, true);
        List<CompletionDto> after = completions();

        assertEquals("requiredSurveyId", foreign.errors().get(0).field());
        assertEquals(feedback.id(), rule.requiredSurveyId());
        assertFalse(before, "nobody has answered yet");
        assertEquals(1, after.stream().filter(CompletionDto::completed).count(), "she answered; the other did not");
        assertNotNull(after.stream().filter(CompletionDto::completed).findFirst().orElseThrow().certificateCode());
    }

    private List<CompletionDto> completions() {
        return api.get("/api/activities/" + activity.id() + "/completions", manager.token(), Argument.listOf(CompletionDto.class));
    }

    @Test
    void questionsFeedOnlySurveyIndicatorsOfTheirProgrammeThatFitTheirType() {
        IndicatorDto elsewhere = api.post("/api/programmes/" + aMasterclass().create(api, manager.token()).programmeId()
                + "/indicators", new IndicatorRequest("other", text("Other"), IndicatorUnit.COUNT, null,
                IndicatorDirection.HIGHER_IS_BETTER, IndicatorSource.SURVEY, null, SurveyAggregation.SUM, null, null, true, List.of()),
                manager.token(), IndicatorDto.class).body();
        SurveyTemplateRequest request = new SurveyTemplateRequest(SurveyKind.BASELINE, text("Baseline"), List.of(
                question("a", QuestionType.YES_NO, sales.id()),
                question("b", QuestionType.SHORT_TEXT, exporting.id()),
                question("c", QuestionType.NUMBER, elsewhere.id()),
                question("d", QuestionType.SCALE, null)));

        Problem problem = api.problem(400, () -> api.post(templatesPath(), request, manager.token(), SurveyTemplateDto.class));

        assertEquals(List.of("questions[0].indicatorId", "questions[1].indicatorId", "questions[2].indicatorId"),
                problem.errors().stream().map(Problem.FieldError::field).toList());
        assertEquals(List.of("survey.indicator-mismatch", "survey.indicator-mismatch", "survey.unknown-indicator"),
                problem.errors().stream().map(Problem.FieldError::messageKey).toList());
    }

    private SurveyDto answer(ActivitySurveyDto survey, String token, int sales, boolean exports) {
        return respond(survey, token, Map.of("sales", sales, "exports", exports, "confidence", 4));
    }

    private SurveyDto respond(ActivitySurveyDto survey, String token, Map<String, Object> answers) {
        return api.put("/api/surveys/" + survey.id() + "/response", new SurveyResponseRequest(answers), token, SurveyDto.class);
    }

    private OutcomeDto outcome(IndicatorDto indicator) {
        return api.get("/api/programmes/" + activity.programmeId() + "/outcomes", manager.token(), OUTCOMES).stream()
                .filter(o -> o.indicator().id().equals(indicator.id())).findFirst().orElseThrow();
    }

    private String seated(String country) {
        String token = api.participant("FEMALE", country);
        api.post("/api/activities/" + activity.id() + "/enrolments", "", token, EnrolmentDto.class);
        return token;
    }

    private ActivitySurveyDto attach(String templateId, AttachSurveyRequest window) {
        return api.post("/api/activities/" + activity.id() + "/surveys", new AttachSurveyRequest(templateId, window.monthsAfter(),
                window.opensAt(), window.closesAt()), manager.token(), ActivitySurveyDto.class).body();
    }

    private static AttachSurveyRequest openNow() {
        return new AttachSurveyRequest("", null, Instant.now().minus(1, ChronoUnit.HOURS), Instant.now().plus(1, ChronoUnit.DAYS));
    }

    private String template(SurveyKind kind) {
        return api.post(templatesPath(), templateRequest(kind), manager.token(), SurveyTemplateDto.class).body().id();
    }

    private SurveyTemplateRequest templateRequest(SurveyKind kind) {
        return new SurveyTemplateRequest(kind, text(kind + " survey"), List.of(
                new SurveyQuestionDto("sales", QuestionType.NUMBER, text("Online sales last month"), true, null,
                        text("USD"), sales.id()),
                new SurveyQuestionDto("exports", QuestionType.YES_NO, text("Do you export?"), true, null, null, exporting.id()),
                new SurveyQuestionDto("confidence", QuestionType.SCALE, text("How confident are you selling online?"), false, null,
                        null, null)));
    }

    private static SurveyQuestionDto question(String key, QuestionType type, String indicatorId) {
        return new SurveyQuestionDto(key, type, text(key), false, null, null, indicatorId);
    }

    private IndicatorDto indicator(IndicatorRequest request) {
        return api.post("/api/programmes/" + activity.programmeId() + "/indicators", request, manager.token(), IndicatorDto.class)
                .body();
    }

    private String templatesPath() {
        return "/api/programmes/" + activity.programmeId() + "/survey-templates";
    }

    private static LocalizedText text(String en) {
        return new LocalizedText(en, null, null);
    }
}
