package org.etradecampus.survey;

import io.micronaut.context.event.ApplicationEventPublisher;
import io.micronaut.core.type.Argument;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import org.etradecampus.activity.Activity;
import org.etradecampus.activity.ActivityService;
import org.etradecampus.application.Answers;
import org.etradecampus.application.LocalizedText;
import org.etradecampus.application.QuestionDto;
import org.etradecampus.application.QuestionType;
import org.etradecampus.common.CurrentUser;
import org.etradecampus.common.Exceptions.ConflictException;
import org.etradecampus.common.Exceptions.ForbiddenException;
import org.etradecampus.common.Exceptions.NotFoundException;
import org.etradecampus.common.Exceptions.ValidationException;
import org.etradecampus.common.JsonDocuments;
import org.etradecampus.common.Problem.FieldError;
import org.etradecampus.common.Text;
import org.etradecampus.country.CountryRepository;
import org.etradecampus.enrolment.EnrolmentService;
import org.etradecampus.outcome.IndicatorDto;
import org.etradecampus.outcome.IndicatorService;
import org.etradecampus.outcome.IndicatorSource;
import org.etradecampus.outcome.SurveyAggregation;
import org.etradecampus.programme.ProgrammeService;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Survey templates of a programme, asked in its activities; the answers of the people holding a
 * seat, which they may correct while the survey is open. Answers to questions mapped to an
 * indicator are also kept as numbers (survey_answer_value) for the outcome figures.
 */
@Singleton
public class SurveyService {

    static final Argument<List<SurveyQuestionDto>> QUESTIONS = Argument.listOf(SurveyQuestionDto.class);
    static final Argument<Map<String, Object>> ANSWERS = Argument.mapOf(String.class, Object.class);

    private final SurveyTemplateRepository templates;
    private final SurveyRepository surveys;
    private final SurveyResponseRepository responses;
    private final IndicatorService indicators;
    private final ProgrammeService programmes;
    private final ActivityService activities;
    private final EnrolmentService enrolments;
    private final CountryRepository countries;
    private final JsonDocuments documents;
    private final ApplicationEventPublisher<SurveyAnswered> events;
    private final Clock clock;

    SurveyService(SurveyTemplateRepository templates, SurveyRepository surveys, SurveyResponseRepository responses,
                  IndicatorService indicators, ProgrammeService programmes, ActivityService activities,
                  EnrolmentService enrolments, CountryRepository countries, JsonDocuments documents,
                  ApplicationEventPublisher<SurveyAnswered> events, Clock clock) {
        this.templates = templates;
        this.surveys = surveys;
        this.responses = responses;
        this.indicators = indicators;
        this.programmes = programmes;
        this.activities = activities;
        this.enrolments = enrolments;
        this.countries = countries;
        this.documents = documents;
        this.events = events;
        this.clock = clock;
    }

    // Templates

    List<SurveyTemplateDto> templates(long programmeId) {
        Set<Long> answered = new HashSet<>(templates.answeredOf(programmeId));
        return templates.ofProgramme(programmeId).stream().map(t -> toDto(t, answered.contains(t.id()))).toList();
    }

    long programmeOfTemplate(long templateId) {
        return template(templateId).programmeId();
    }

    @Transactional
    public SurveyTemplateDto addTemplate(long programmeId, SurveyTemplateRequest request) {
        programmes.get(programmeId);
        List<SurveyQuestionDto> questions = checked(programmeId, request.questions());
        Instant now = clock.instant();
        SurveyTemplate saved = templates.save(new SurveyTemplate(null, programmeId, request.kind(), request.title().en().strip(),
                Text.blankToNull(request.title().fr()), Text.blankToNull(request.title().es()), documents.write(questions), now, now));
        recordIndicators(saved.id(), questions);
        return toDto(saved, false);
    }

    @Transactional
    SurveyTemplateDto updateTemplate(long templateId, SurveyTemplateRequest request) {
        SurveyTemplate current = templates.lock(templateId).orElseThrow(SurveyService::noTemplate);
        if (surveys.countResponsesToTemplate(templateId) > 0) {
            throw new ConflictException("Someone has answered this survey: its questions are fixed.", "survey.answered", List.of());
        }
        List<SurveyQuestionDto> questions = checked(current.programmeId(), request.questions());
        if (request.kind() != current.kind() && surveys.countOfTemplate(templateId) > 0) {
            throw new ValidationException("kind", "cannot change while activities ask this survey", "survey.kind-fixed");
        }
        SurveyTemplate updated = templates.update(new SurveyTemplate(templateId, current.programmeId(), request.kind(),
                request.title().en().strip(), Text.blankToNull(request.title().fr()), Text.blankToNull(request.title().es()),
                documents.write(questions), current.createdAt(), clock.instant()));
        recordIndicators(templateId, questions);
        return toDto(updated, false);
    }

    @Transactional
    void deleteTemplate(long templateId) {
        templates.lock(templateId).orElseThrow(SurveyService::noTemplate);
        if (surveys.countOfTemplate(templateId) > 0) {
            throw new ConflictException("Activities ask this survey.", "survey.template-in-use", List.of());
        }
        templates.forgetIndicators(templateId);
        templates.deleteById(templateId);
    }

    // Surveys asked in activities

    List<ActivitySurveyDto> ofActivity(long activityId) {
        Activity activity = activities.visible(activityId, true);
        Map<Long, SurveyRepository.Rate> rates = surveys.rates(activityId).stream()
                .collect(Collectors.toMap(SurveyRepository.Rate::surveyId, Function.identity()));
        return surveys.ofActivity(activityId).stream().map(s -> toDto(s, activity, rates.get(s.id()))).toList();
    }

    @Transactional
    public ActivitySurveyDto attach(long activityId, AttachSurveyRequest request) {
        Activity activity = activities.visible(activityId, true);
        Long templateId = CurrentUser.parseIdOrNull(request.templateId());
        SurveyTemplate template = templateId == null ? null
                : templates.findById(templateId).filter(t -> t.programmeId() == activity.programmeId()).orElse(null);
        if (template == null) {
            throw new ValidationException("templateId", "is not a survey of this activity's programme", "survey.unknown-template");
        }
        Integer monthsAfter = template.kind() == SurveyKind.FOLLOW_UP ? request.monthsAfter() : null;
        if (template.kind() == SurveyKind.FOLLOW_UP && monthsAfter == null) {
            throw new ValidationException("monthsAfter", "is required for a FOLLOW_UP survey", "validation.required");
        }
        checkWindow(request.opensAt(), request.closesAt());
        if (surveys.countAsked(activityId, template.id(), monthsAfter == null ? 0 : monthsAfter) > 0) {
            throw new ConflictException("This activity already asks this survey.", "survey.already-asked", List.of());
        }
        ActivitySurvey saved = surveys.save(new ActivitySurvey(null, activityId, template.id(), template.kind(), monthsAfter,
                seconds(request.opensAt()), seconds(request.closesAt()), clock.instant().truncatedTo(ChronoUnit.SECONDS)));
        return toDto(saved, activity, null);
    }

    @Transactional
    public ActivitySurveyDto moveWindow(long surveyId, SurveyWindowRequest request) {
        ActivitySurvey current = survey(surveyId);
        checkWindow(request.opensAt(), request.closesAt());
        ActivitySurvey moved = surveys.update(new ActivitySurvey(current.id(), current.activityId(), current.templateId(),
                current.kind(), current.monthsAfter(), seconds(request.opensAt()), seconds(request.closesAt()), current.createdAt()));
        Activity activity = activities.visible(current.activityId(), true);
        return ofActivity(activity.id()).stream().filter(s -> s.id().equals(moved.id().toString())).findFirst().orElseThrow();
    }

    @Transactional
    void detach(long surveyId) {
        survey(surveyId);
        if (surveys.countResponses(surveyId) > 0) {
            throw new ConflictException("Someone has answered this survey.", "survey.answered", List.of());
        }
        surveys.deleteById(surveyId);
    }

    long activityOf(long surveyId) {
        return survey(surveyId).activityId();
    }

    // Answering

    List<MySurveyDto> mine(long userId) {
        Instant now = clock.instant();
        return surveys.askedOf(userId).stream().map(asked -> {
            ActivitySurvey survey = survey(asked.surveyId());
            Activity activity = activities.visible(survey.activityId(), true);
            SurveyTemplate template = template(survey.templateId());
            SurveyWindows.Window window = window(survey, activity);
            return new MySurveyDto(survey.id().toString(), activity.id().toString(), activity.title(), survey.kind(),
                    title(template), window.opensAt(), window.closesAt(), window.openAt(now), asked.answeredAt());
        }).filter(s -> s.open() || s.answeredAt() != null)
                .sorted(Comparator.comparing(MySurveyDto::open).reversed().thenComparing(MySurveyDto::closesAt)).toList();
    }

    /** Hers to read with her answers; {@code staff} see its questions with their indicators and no answers. */
    SurveyDto read(long surveyId, long userId, boolean staff) {
        ActivitySurvey survey = survey(surveyId);
        if (!staff) {
            requireSeat(survey, userId);
        }
        Map<String, Object> answers = staff ? Map.of() : responses.findByActivitySurveyIdAndUserId(surveyId, userId)
                .map(r -> documents.read(r.answers(), ANSWERS)).orElse(Map.of());
        Instant answeredAt = staff ? null : responses.findByActivitySurveyIdAndUserId(surveyId, userId)
                .map(SurveyResponse::submittedAt).orElse(null);
        return toDto(survey, staff, answers, answeredAt);
    }

    /** Her answers replace her previous ones; numbers for mapped questions are kept with the first answer's time. */
    @Transactional
    public SurveyDto respond(long surveyId, long userId, Map<String, Object> sent) {
        surveys.lockPerson(userId);
        ActivitySurvey survey = survey(surveyId);
        requireSeat(survey, userId);
        Activity activity = activities.visible(survey.activityId(), true);
        if (!window(survey, activity).openAt(clock.instant())) {
            throw new ConflictException("This survey is not open for answers now.", "survey.closed", List.of());
        }
        List<SurveyQuestionDto> questions = questionsOf(template(survey.templateId()));
        Answers.Checked checked = Answers.check(questions.stream().map(SurveyService::asQuestion).toList(), sent, true,
                code -> code.matches("[A-Z]{2}") && countries.existsByCode(code));
        if (!checked.errors().isEmpty()) {
            throw new ValidationException(checked.errors());
        }
        Instant now = clock.instant().truncatedTo(ChronoUnit.SECONDS);
        SurveyResponse response = responses.findByActivitySurveyIdAndUserId(surveyId, userId)
                .map(r -> responses.update(new SurveyResponse(r.id(), surveyId, userId, documents.write(checked.answers()),
                        r.submittedAt(), now)))
                .orElseGet(() -> responses.save(new SurveyResponse(null, surveyId, userId, documents.write(checked.answers()),
                        now, now)));
        responses.forgetValues(response.id());
        for (SurveyQuestionDto question : questions) {
            Double value = numeric(checked.answers().get(question.key()));
            if (question.indicatorId() != null && value != null) {
                responses.keepValue(response.id(), Long.parseLong(question.indicatorId()), activity.programmeId(), activity.id(),
                        userId, survey.kind().name(), value, response.submittedAt());
            }
        }
        events.publishEvent(new SurveyAnswered(activity.id()));
        return toDto(survey, false, checked.answers(), response.submittedAt());
    }

    private void requireSeat(ActivitySurvey survey, long userId) {
        if (enrolments.seatOf(survey.activityId(), userId).isEmpty()) {
            throw new ForbiddenException("Only the people holding a seat in this activity answer its surveys.", "survey.no-seat");
        }
    }

    private static Double numeric(Object answer) {
        if (answer instanceof Boolean yes) {
            return yes ? 1.0 : 0.0;
        }
        if (answer instanceof BigDecimal decimal) {
            return decimal.doubleValue();
        }
        return answer instanceof Number number ? number.doubleValue() : null;
    }

    /** The questions as sent, checked like a form's, each mapping to a SURVEY indicator of the programme that fits it. */
    private List<SurveyQuestionDto> checked(long programmeId, List<SurveyQuestionDto> sent) {
        List<FieldError> errors = new ArrayList<>(Answers.checkQuestions(sent.stream().map(SurveyService::asQuestion).toList()));
        Map<Long, IndicatorDto> programmeIndicators = indicators.byId(programmeId);
        List<SurveyQuestionDto> kept = new ArrayList<>();
        for (int i = 0; i < sent.size(); i++) {
            SurveyQuestionDto q = sent.get(i);
            String field = "questions[" + i + "].indicatorId";
            if (q.indicatorId() != null) {
                Long id = CurrentUser.parseIdOrNull(q.indicatorId());
                IndicatorDto indicator = id == null ? null : programmeIndicators.get(id);
                if (indicator == null || indicator.source() != IndicatorSource.SURVEY) {
                    errors.add(new FieldError(field, "is not a survey indicator of this programme", "survey.unknown-indicator"));
                } else if (!fits(q.type(), indicator.aggregation())) {
                    errors.add(new FieldError(field, q.type() + " answers cannot feed an indicator aggregated as "
                            + indicator.aggregation(), "survey.indicator-mismatch"));
                }
            }
            kept.add(new SurveyQuestionDto(q.key(), q.type(), q.label(), q.required(), q.options(),
                    q.type() == QuestionType.NUMBER ? q.unit() : null, q.indicatorId()));
        }
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        return kept;
    }

    /** Yes/no answers feed counts and shares of yes; numbers and scales feed means and sums. */
    private static boolean fits(QuestionType type, SurveyAggregation aggregation) {
        boolean yesNo = aggregation == SurveyAggregation.SHARE_YES || aggregation == SurveyAggregation.COUNT_YES;
        return type == QuestionType.YES_NO ? yesNo : (type == QuestionType.NUMBER || type == QuestionType.SCALE) && !yesNo;
    }

    private void recordIndicators(long templateId, List<SurveyQuestionDto> questions) {
        templates.forgetIndicators(templateId);
        questions.stream().map(SurveyQuestionDto::indicatorId).filter(java.util.Objects::nonNull).map(Long::parseLong).distinct()
                .forEach(indicatorId -> templates.feedsIndicator(templateId, indicatorId));
    }

    /** Whole seconds, as every database keeps them. */
    private static Instant seconds(Instant instant) {
        return instant == null ? null : instant.truncatedTo(ChronoUnit.SECONDS);
    }

    private static void checkWindow(Instant opensAt, Instant closesAt) {
        if (opensAt != null && closesAt != null && !closesAt.isAfter(opensAt)) {
            throw new ValidationException("closesAt", "must be after opensAt", "validation.date-order");
        }
    }

    private SurveyWindows.Window window(ActivitySurvey survey, Activity activity) {
        return SurveyWindows.of(survey, activity.startDate(), activity.endDate(), ZoneId.of(activity.timeZone()));
    }

    private ActivitySurvey survey(long surveyId) {
        return surveys.findById(surveyId).orElseThrow(() -> new NotFoundException("No such survey."));
    }

    private SurveyTemplate template(long templateId) {
        return templates.findById(templateId).orElseThrow(SurveyService::noTemplate);
    }

    private List<SurveyQuestionDto> questionsOf(SurveyTemplate template) {
        return documents.read(template.questions(), QUESTIONS);
    }

    private static QuestionDto asQuestion(SurveyQuestionDto q) {
        return new QuestionDto(q.key(), q.type(), q.label(), q.required(), false, q.options());
    }

    private static LocalizedText title(SurveyTemplate t) {
        return new LocalizedText(t.titleEn(), t.titleFr(), t.titleEs());
    }

    private SurveyTemplateDto toDto(SurveyTemplate t, boolean answered) {
        return new SurveyTemplateDto(t.id().toString(), Long.toString(t.programmeId()), t.kind(), title(t), questionsOf(t), answered);
    }

    private ActivitySurveyDto toDto(ActivitySurvey s, Activity activity, SurveyRepository.Rate rate) {
        SurveyWindows.Window window = window(s, activity);
        long eligible = rate == null ? 0 : rate.eligible();
        long answered = rate == null ? 0 : rate.responses();
        return new ActivitySurveyDto(s.id().toString(), Long.toString(s.activityId()), Long.toString(s.templateId()), s.kind(),
                title(template(s.templateId())), s.monthsAfter(), window.opensAt(), window.closesAt(),
                window.openAt(clock.instant()), eligible, answered, eligible == 0 ? null : (double) answered / eligible);
    }

    private SurveyDto toDto(ActivitySurvey s, boolean staff, Map<String, Object> answers, Instant answeredAt) {
        Activity activity = activities.visible(s.activityId(), true);
        SurveyTemplate template = template(s.templateId());
        List<SurveyQuestionDto> questions = questionsOf(template).stream()
                .map(q -> staff ? q : new SurveyQuestionDto(q.key(), q.type(), q.label(), q.required(), q.options(), q.unit(), null))
                .toList();
        SurveyWindows.Window window = window(s, activity);
        return new SurveyDto(s.id().toString(), activity.id().toString(), activity.title(), s.kind(), title(template), questions,
                window.opensAt(), window.closesAt(), window.openAt(clock.instant()), answers, answeredAt);
    }

    private static NotFoundException noTemplate() {
        return new NotFoundException("No such survey template.");
    }
}
