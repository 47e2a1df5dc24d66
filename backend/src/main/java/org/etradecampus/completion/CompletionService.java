package org.etradecampus.completion;

import io.micronaut.context.event.ApplicationEventPublisher;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.runtime.event.annotation.EventListener;
import jakarta.inject.Singleton;
import jakarta.transaction.Transactional;
import org.etradecampus.attendance.ActivityAttendanceDto;
import org.etradecampus.attendance.AttendanceChanged;
import org.etradecampus.attendance.AttendanceRates;
import org.etradecampus.attendance.PersonAttendanceDto;
import org.etradecampus.common.CurrentUser;
import org.etradecampus.common.Exceptions.ConflictException;
import org.etradecampus.common.Exceptions.ValidationException;
import org.etradecampus.course.CourseProgress;
import org.etradecampus.course.LessonsChanged;
import org.etradecampus.enrolment.EnrolmentService;
import org.etradecampus.survey.SurveyAnswered;
import org.etradecampus.survey.SurveyRespondents;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Completion follows the rule from attendance, once every planned session has been held: a
 * completion issues her certificate, a completion taken back (a mark corrected, her rate below the
 * threshold) revokes it. A
 * trainer's or manager's decision overrides the rule until it is cleared.
 */
@Singleton
class CompletionService {

    static final String WITHDRAWN = "Completion withdrawn: the attendance it rested on changed.";

    private final CompletionRepository completions;
    private final CompletionRules rules;
    private final AttendanceRates rates;
    private final CourseProgress lessons;
    private final CertificateService certificates;
    private final EnrolmentService enrolments;
    private final SurveyRespondents respondents;
    private final Clock clock;
    private final ApplicationEventPublisher<ActivityCompleted> events;

    CompletionService(CompletionRepository completions, CompletionRules rules, AttendanceRates rates, CourseProgress lessons,
                      CertificateService certificates, EnrolmentService enrolments, SurveyRespondents respondents, Clock clock,
                      ApplicationEventPublisher<ActivityCompleted> events) {
        this.events = events;
        this.lessons = lessons;
        this.completions = completions;
        this.rules = rules;
        this.rates = rates;
        this.certificates = certificates;
        this.enrolments = enrolments;
        this.respondents = respondents;
        this.clock = clock;
    }

    /** Runs in the transaction that changed the attendance. */
    @EventListener
    void onAttendanceChanged(AttendanceChanged event) {
        evaluate(event.activityId());
    }

    @Transactional
    CompletionRuleDto saveRule(long activityId, CompletionRuleDto rule) {
        if (rule.requiredSurveyId() != null && (CurrentUser.parseIdOrNull(rule.requiredSurveyId()) == null
                || respondents.ofActivity(Long.parseLong(rule.requiredSurveyId()), activityId).isEmpty())) {
            throw new ValidationException("requiredSurveyId", "is not a survey of this activity", "survey.unknown-survey");
        }
        CompletionRuleDto saved = rules.save(activityId, rule);
        evaluate(activityId);
        return saved;
    }

    /** Runs in the transaction that changed which lessons someone did, or which are required. */
    @EventListener
    void onLessonsChanged(LessonsChanged event) {
        evaluate(event.activityId());
    }

    /** Runs in the transaction that saved someone's survey answers. */
    @EventListener
    void onSurveyAnswered(SurveyAnswered event) {
        evaluate(event.activityId());
    }

    /**
     * Applies the rule to everyone holding a seat whose completion nobody decided by hand. Its
     * parts apply when the activity has them: the attendance rate once it has sessions (and then
     * only when every planned session has been held), every required lesson once it has some, and
     * an answer to the required survey when the rule names one.
     */
    @Transactional
    public void evaluate(long activityId) {
        ActivityAttendanceDto attendance = rates.of(activityId);
        boolean sessions = attendance.sessionsPlanned() > 0;
        boolean over = attendance.sessionsHeld() == attendance.sessionsPlanned();
        int required = lessons.requiredLessons(activityId);
        Map<Long, Long> lessonsDone = required == 0 ? Map.of() : lessons.requiredDone(activityId);
        String requiredSurvey = rules.of(activityId).requiredSurveyId();
        Set<Long> answered = requiredSurvey == null ? Set.of() : respondents.of(Long.parseLong(requiredSurvey));
        Map<Long, Completion> decided = completions.findByActivityId(activityId).stream()
                .collect(Collectors.toMap(Completion::enrolmentId, Function.identity()));
        for (PersonAttendanceDto person : attendance.people()) {
            long enrolmentId = Long.parseLong(person.enrolmentId());
            Completion current = decided.get(enrolmentId);
            if (current != null && current.overridden()) {
                continue;
            }
            boolean attendanceMet = !sessions || person.rate() != null && person.rate() >= attendance.threshold();
            boolean lessonsMet = required == 0 || lessonsDone.getOrDefault(enrolmentId, 0L) >= required;
            boolean surveyMet = requiredSurvey == null || answered.contains(Long.parseLong(person.userId()));
            boolean meets = (sessions || required > 0 || requiredSurvey != null) && attendanceMet && lessonsMet && surveyMet;
            boolean was = current != null && current.completed();
            // A completion needs every planned session held; once given, only the rule no longer met takes it
            // back (a session added afterwards does not).
            if (!was && over && meets || was && !meets) {
                apply(enrolmentId, activityId, Long.parseLong(person.userId()), !was, false, null, null, current != null);
            }
        }
    }

    /** A trainer or manager decides, with a reason; the rule leaves it alone afterwards. */
    @Transactional
    CompletionDto override(long enrolmentId, long deciderId, boolean completed, String reason) {
        long activityId = enrolments.activityOf(enrolmentId);
        long userId = enrolments.userOf(enrolmentId);
        boolean exists = completions.lock(enrolmentId).isPresent();
        requireSeat(activityId, enrolmentId);
        apply(enrolmentId, activityId, userId, completed, true, reason.strip(), deciderId, exists);
        return list(activityId).stream().filter(c -> c.enrolmentId().equals(Long.toString(enrolmentId))).findFirst().orElseThrow();
    }

    /** Back to the rule. */
    @Transactional
    CompletionDto clearOverride(long enrolmentId) {
        long activityId = enrolments.activityOf(enrolmentId);
        completions.lock(enrolmentId).filter(Completion::overridden).ifPresent(c -> completions.update(new Completion(
                c.enrolmentId(), c.activityId(), c.userId(), c.completed(), false, null, null, now())));
        evaluate(activityId);
        return list(activityId).stream().filter(c -> c.enrolmentId().equals(Long.toString(enrolmentId))).findFirst()
                .orElseThrow(() -> new ConflictException("She holds no seat in this activity.", "completion.not-enrolled", List.of()));
    }

    List<CompletionDto> list(long activityId) {
        ActivityAttendanceDto attendance = rates.of(activityId);
        Map<Long, Completion> decided = completions.findByActivityId(activityId).stream()
                .collect(Collectors.toMap(Completion::enrolmentId, Function.identity()));
        return attendance.people().stream().map(p -> {
            long enrolmentId = Long.parseLong(p.enrolmentId());
            Completion c = decided.get(enrolmentId);
            return new CompletionDto(p.enrolmentId(), p.userId(), p.displayName(), p.rate(), c != null && c.completed(),
                    c == null || !c.overridden(), c == null ? null : c.reason(), c == null ? null : c.decidedAt(),
                    certificates.validCode(enrolmentId).orElse(null));
        }).toList();
    }

    private void apply(long enrolmentId, long activityId, long userId, boolean completed, boolean overridden,
                       @Nullable String reason, @Nullable Long deciderId, boolean exists) {
        Completion next = new Completion(enrolmentId, activityId, userId, completed, overridden, reason, deciderId, now());
        if (exists) {
            completions.update(next);
        } else {
            completions.save(next);
        }
        enrolments.setCompleted(enrolmentId, completed);
        if (completed) {
            certificates.issue(enrolmentId, activityId, userId);
            events.publishEvent(new ActivityCompleted(activityId, userId));
        } else {
            certificates.revokeValid(enrolmentId, deciderId, reason == null ? WITHDRAWN : reason);
        }
    }

    private void requireSeat(long activityId, long enrolmentId) {
        boolean seated = rates.of(activityId).people().stream().anyMatch(p -> p.enrolmentId().equals(Long.toString(enrolmentId)));
        if (!seated) {
            throw new ConflictException("Only someone holding a seat can complete the activity.", "completion.not-enrolled", List.of());
        }
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.SECONDS);
    }
}
