package org.etradecampus.application;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.core.type.Argument;
import jakarta.inject.Singleton;
import jakarta.transaction.Transactional;
import org.etradecampus.account.Gender;
import org.etradecampus.account.MeService;
import org.etradecampus.account.ProfileDto;
import org.etradecampus.activity.Activity;
import org.etradecampus.activity.ActivityRepository;
import org.etradecampus.activity.ActivityService;
import org.etradecampus.activity.ActivityStatus;
import org.etradecampus.activity.Eligibility;
import org.etradecampus.activity.EligibilityCheckDto;
import org.etradecampus.activity.EnrolmentPolicy;
import org.etradecampus.common.CurrentUser;
import org.etradecampus.common.Exceptions.ConflictException;
import org.etradecampus.common.Exceptions.NotFoundException;
import org.etradecampus.common.Exceptions.UnprocessableException;
import org.etradecampus.common.Exceptions.ValidationException;
import org.etradecampus.common.JsonDocuments;
import org.etradecampus.common.PageDto;
import org.etradecampus.common.Problem.FieldError;
import org.etradecampus.common.ProblemKind;
import org.etradecampus.country.Country;
import org.etradecampus.country.CountryRepository;
import org.etradecampus.enrolment.EnrolmentService;
import org.etradecampus.mail.Notifications;
import org.etradecampus.user.UserService;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Selection by application: the form, her draft and submission, screening, and the manager's
 * decisions, which seat people through {@link EnrolmentService} under the activity's lock.
 */
@Singleton
public class ApplicationService {

    static final int SCREENING_BATCH = 500;
    static final Argument<Map<String, Object>> ANSWERS = Argument.mapOf(String.class, Object.class);
    static final Argument<List<QuestionDto>> QUESTIONS = Argument.listOf(QuestionDto.class);

    private final ApplicationRepository applications;
    private final ApplicationFormRepository forms;
    private final ActivityService activityService;
    private final ActivityRepository activities;
    private final EnrolmentService enrolments;
    private final MeService me;
    private final CountryRepository countries;
    private final Notifications notifications;
    private final UserService users;
    private final JsonDocuments documents;
    private final Clock clock;

    ApplicationService(ApplicationRepository applications, ApplicationFormRepository forms, ActivityService activityService,
                       ActivityRepository activities, EnrolmentService enrolments, MeService me, CountryRepository countries,
                       Notifications notifications, UserService users, JsonDocuments documents, Clock clock) {
        this.applications = applications;
        this.forms = forms;
        this.activityService = activityService;
        this.activities = activities;
        this.enrolments = enrolments;
        this.me = me;
        this.countries = countries;
        this.notifications = notifications;
        this.users = users;
        this.documents = documents;
        this.clock = clock;
    }

    List<QuestionDto> questions(long activityId) {
        return forms.findById(activityId).map(f -> documents.read(f.questions(), QUESTIONS)).orElse(List.of());
    }

    /** Replaces the form; refused once anyone has submitted, so every application answers the same questions. */
    @Transactional
    public ApplicationFormDto saveForm(long activityId, ApplicationFormDto form) {
        activities.lock(activityId).orElseThrow(() -> new NotFoundException("No such activity."));
        if (applications.countSubmitted(activityId) > 0) {
            throw new ConflictException("Applications have been submitted: the form can no longer change.",
                    "application.form-locked", List.of());
        }
        checkForm(form.questions());
        String questions = documents.write(form.questions());
        if (forms.existsById(activityId)) {
            forms.update(new ApplicationForm(activityId, questions, now()));
        } else {
            forms.save(new ApplicationForm(activityId, questions, now()));
        }
        return new ApplicationFormDto(questions(activityId));
    }

    ApplicationDto mine(long activityId, long userId) {
        Activity activity = activityService.visible(activityId, false);
        return applications.findByActivityIdAndUserId(activityId, userId).map(a -> toDto(a, activity))
                .orElseThrow(() -> new NotFoundException("You have not applied to this activity."));
    }

    /** Saves her answers as they are (each checked for its type), to resume later; a withdrawn application becomes a draft again. */
    @Transactional
    public ApplicationDto saveDraft(long activityId, long userId, Map<String, Object> answers) {
        Activity activity = openForApplications(activityId);
        Answers.Checked checked = Answers.check(questions(activityId), answers, false, this::knownCountry);
        if (!checked.errors().isEmpty()) {
            throw new ValidationException(checked.errors());
        }
        Instant now = now();
        Application current = applications.lockMine(activityId, userId).orElse(null);
        if (current != null && current.status() != ApplicationStatus.DRAFT && current.status() != ApplicationStatus.WITHDRAWN) {
            throw new ConflictException("Your application has been sent (" + current.status() + "); withdraw it to change it.",
                    "application.already-submitted", List.of());
        }
        Application saved = current == null
                ? applications.save(Application.draft(activityId, userId, documents.write(checked.answers()), now))
                : applications.update(current.withAnswers(documents.write(checked.answers()), now));
        return toDto(saved, activity);
    }

    /** Sends her draft: every answer valid, every required one given, and she is eligible. */
    @Transactional
    public ApplicationDto submit(long activityId, long userId) {
        Activity activity = openForApplications(activityId);
        Application draft = applications.lockMine(activityId, userId)
                .orElseThrow(() -> new NotFoundException("Save your answers before sending your application."));
        if (draft.status() != ApplicationStatus.DRAFT) {
            throw new ConflictException("This application is " + draft.status() + ".", "application.already-submitted",
                    List.of());
        }
        Answers.Checked checked = Answers.check(questions(activityId), answersOf(draft), true, this::knownCountry);
        if (!checked.errors().isEmpty()) {
            throw new ValidationException(checked.errors());
        }
        List<EligibilityCheckDto.Reason> unmet = activityService.unmetRules(activity, userId);
        if (!unmet.isEmpty()) {
            throw new UnprocessableException(ProblemKind.NOT_ELIGIBLE, "You are not eligible for this activity: "
                    + String.join("; ", unmet.stream().map(EligibilityCheckDto.Reason::message).toList()) + ".",
                    "enrolment.not-eligible",
                    unmet.stream().map(r -> new FieldError(r.rule(), r.message(), r.messageKey())).toList());
        }
        ProfileDto profile = me.profile(userId);
        Application sent = applications.update(draft.submitted(profile.countryCode(),
                profile.gender() == null ? null : profile.gender().name(), now()));
        return toDto(sent, activity);
    }

    PageDto<ApplicationDto> myApplications(long userId, int page, int size) {
        List<ApplicationDto> items = applications.pageOfUser(userId, size, (long) page * size).stream()
                .map(a -> toDto(a, activities.findById(a.activityId()).orElseThrow())).toList();
        return new PageDto<>(items, page, size, applications.countByUserId(userId));
    }

    /** Her own application; a seat or waitlist place it led to ends with it, the seat going to the first waiting. */
    @Transactional
    public ApplicationDto withdraw(long applicationId, long userId) {
        Application found = applications.findById(applicationId).filter(a -> a.userId() == userId)
                .orElseThrow(() -> new NotFoundException("No such application."));
        Activity activity = activities.lock(found.activityId()).orElseThrow();
        Application current = applications.lock(applicationId).orElseThrow();
        if (current.status() == ApplicationStatus.WITHDRAWN) {
            throw new ConflictException("This application is already withdrawn.", "application.not-active", List.of());
        }
        if (current.status() == ApplicationStatus.ACCEPTED || current.status() == ApplicationStatus.WAITLISTED) {
            enrolments.withdrawIfActive(activity.id(), userId);
        }
        return toDto(applications.update(current.withdrawn(now())), activity);
    }

    ApplicationListDto list(long activityId, @Nullable ApplicationStatus status, @Nullable String country,
                            @Nullable String region, @Nullable Gender gender, @Nullable String sort, int page, int size) {
        String statusName = status == null ? null : status.name();
        String genderName = gender == null ? null : gender.name();
        long offset = (long) page * size;
        List<ApplicationRepository.Row> rows = "submitted".equals(sort)
                ? applications.bySubmission(activityId, statusName, country, region, genderName, size, offset)
                : applications.rankByScore(activityId, statusName, country, region, genderName, size, offset);
        List<ApplicationRowDto> items = rows.stream().map(ApplicationService::toRow).toList();
        Map<ApplicationStatus, Long> counts = new EnumMap<>(ApplicationStatus.class);
        applications.countByStatus(activityId).forEach(c -> counts.put(ApplicationStatus.valueOf(c.status()), c.total()));
        // Without a filter on who applied, the counts by status already hold the total: no second scan.
        long total = country == null && region == null && gender == null
                ? (status == null ? counts.values().stream().mapToLong(Long::longValue).sum() : counts.getOrDefault(status, 0L))
                : applications.countFiltered(activityId, statusName, country, region, genderName);
        return new ApplicationListDto(new PageDto<>(items, page, size, total), counts);
    }

    /**
     * Checks every APPLIED application against the activity's rules and form as they stand now, in
     * batches; those that fail become SCREENED_OUT with the reason, and nothing else changes.
     */
    public ScreeningResultDto screen(long activityId) {
        Activity activity = activityService.visible(activityId, true);
        List<QuestionDto> questions = questions(activityId);
        Eligibility rules = activityService.eligibility(activity);
        Map<String, Country> countryByCode = rules.everyone() ? Map.of()
                : countries.listOrderByCode().stream().collect(Collectors.toMap(Country::code, c -> c));
        long checked = 0;
        long screenedOut = 0;
        long after = 0;
        List<Application> batch;
        do {
            batch = applications.batch(activityId, ApplicationStatus.APPLIED.name(), after, SCREENING_BATCH);
            Map<Long, ProfileDto> profiles = me.profiles(batch.stream().map(Application::userId).toList());
            for (Application application : batch) {
                checked++;
                ProfileDto profile = profiles.get(application.userId());
                List<String> reasons = new ArrayList<>();
                if (!rules.everyone()) {
                    Country country = profile.countryCode() == null ? null : countryByCode.get(profile.countryCode());
                    rules.check(profile, country).forEach(r -> reasons.add(r.message()));
                }
                Answers.missing(questions, answersOf(application)).forEach(key -> reasons.add("no answer to required question " + key));
                String reason = reasons.isEmpty() ? null : String.join("; ", reasons);
                if (reason != null && applications.screenOut(application.id(), reason, now()) == 1) {
                    screenedOut++;
                }
                after = application.id();
            }
        } while (batch.size() == SCREENING_BATCH);
        return new ScreeningResultDto(checked, screenedOut);
    }

    /**
     * One decision for many applications, all or none: under the activity's lock, so that accepted
     * applicants never exceed the capacity whatever other decisions run at the same time.
     */
    @Transactional
    public DecisionResultDto decide(long activityId, long managerId, Set<String> ids, Decision decision) {
        Activity activity = activities.lock(activityId).orElseThrow(() -> new NotFoundException("No such activity."));
        if (activity.status() != ActivityStatus.PUBLISHED && activity.status() != ActivityStatus.CLOSED) {
            throw new ConflictException("This activity is " + activity.status() + ".", "activity.invalid-state", List.of());
        }
        Set<Long> numbers = ids.stream().map(CurrentUser::parseIdOrNull).collect(Collectors.toSet());
        List<Application> chosen = numbers.contains(null) ? List.of() : applications.lockAll(activityId, numbers);
        if (chosen.size() != ids.size()) {
            throw new ValidationException("applicationIds", "names an application that is not this activity's",
                    "validation.invalid-value");
        }
        Set<ApplicationStatus> decidable = switch (decision) {
            case ACCEPT -> EnumSet.of(ApplicationStatus.APPLIED, ApplicationStatus.SCREENED_OUT, ApplicationStatus.WAITLISTED,
                    ApplicationStatus.REJECTED);
            case WAITLIST, REJECT -> EnumSet.of(ApplicationStatus.APPLIED, ApplicationStatus.SCREENED_OUT,
                    ApplicationStatus.WAITLISTED, ApplicationStatus.REJECTED);
        };
        List<String> undecidable = chosen.stream().filter(a -> !decidable.contains(a.status()))
                .map(a -> a.id() + " is " + a.status()).toList();
        if (!undecidable.isEmpty()) {
            throw new ConflictException("Only sent applications not yet accepted can be decided: " + String.join(", ", undecidable)
                    + ".", "application.not-decidable", List.of(new FieldError("applicationIds",
                    String.join(", ", undecidable), "application.not-decidable")));
        }
        List<Application> changing = chosen.stream().filter(a -> a.status() != target(decision)).toList();
        List<Long> people = changing.stream().map(Application::userId).toList();
        int seatsLeft = switch (decision) {
            case ACCEPT -> enrolments.admit(activityId, people, List.of());
            case WAITLIST -> enrolments.admit(activityId, List.of(), people);
            case REJECT -> {
                people.forEach(userId -> enrolments.withdrawIfActive(activityId, userId));
                yield activities.findById(activityId).map(Activity::seatsLeft).orElse(0);
            }
        };
        Instant now = now();
        Notifications.Kind kind = switch (decision) {
            case ACCEPT -> Notifications.Kind.APPLICATION_ACCEPTED;
            case WAITLIST -> Notifications.Kind.APPLICATION_WAITLISTED;
            case REJECT -> Notifications.Kind.APPLICATION_REJECTED;
        };
        for (Application application : changing) {
            applications.update(application.decided(target(decision), managerId, now));
            notifications.about(kind, users.get(application.userId()), activity.title(), activity.startDate(), null);
        }
        return new DecisionResultDto(changing.size(), seatsLeft);
    }

    /**
     * Whole seconds: stored exactly by every database (mysql-connector-j drops fractions when talking to
     * MariaDB), so an answer and a later read of it agree.
     */
    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.SECONDS);
    }

    private static ApplicationStatus target(Decision decision) {
        return switch (decision) {
            case ACCEPT -> ApplicationStatus.ACCEPTED;
            case WAITLIST -> ApplicationStatus.WAITLISTED;
            case REJECT -> ApplicationStatus.REJECTED;
        };
    }

    private Activity openForApplications(long activityId) {
        Activity activity = activityService.visible(activityId, false);
        if (activity.enrolmentPolicy() != EnrolmentPolicy.APPLICATION) {
            throw new ConflictException("This activity takes enrolments, not applications.", "application.not-by-application",
                    List.of());
        }
        if (!activity.enrolmentOpenAt(clock.instant())) {
            throw new ConflictException("Applications for this activity are closed.", "application.closed", List.of());
        }
        return activity;
    }

    private static void checkForm(List<QuestionDto> questions) {
        List<FieldError> errors = Answers.checkQuestions(questions);
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
    }

    private boolean knownCountry(String code) {
        return code.matches("[A-Z]{2}") && countries.existsByCode(code);
    }

    Map<String, Object> answersOf(Application application) {
        return documents.read(application.answers(), ANSWERS);
    }

    private ApplicationDto toDto(Application a, Activity activity) {
        return new ApplicationDto(Long.toString(a.id()), Long.toString(a.activityId()), activity.title(), activity.startDate(),
                a.status(), answersOf(a), a.submittedAt(), a.updatedAt());
    }

    private static ApplicationRowDto toRow(ApplicationRepository.Row r) {
        return new ApplicationRowDto(Long.toString(r.id()), Long.toString(r.userId()), r.displayName(), r.email(),
                r.countryCode(), r.gender() == null ? null : Gender.valueOf(r.gender()), ApplicationStatus.valueOf(r.status()),
                r.screeningReason(), r.reviewCount(), r.meanScore(), r.scoreSpread(), r.submittedAt());
    }
}
