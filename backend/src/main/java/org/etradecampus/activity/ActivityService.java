package org.etradecampus.activity;

import io.micronaut.context.event.ApplicationEventPublisher;
import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;
import jakarta.transaction.Transactional;
import org.etradecampus.common.CurrentUser;
import org.etradecampus.common.Text;
import org.etradecampus.account.MeService;
import org.etradecampus.account.ProfileDto;
import org.etradecampus.common.Exceptions.ConflictException;
import org.etradecampus.common.Exceptions.ForbiddenException;
import org.etradecampus.common.Exceptions.NotFoundException;
import org.etradecampus.common.Exceptions.ValidationException;
import org.etradecampus.common.PageDto;
import org.etradecampus.common.Problem;
import org.etradecampus.account.Role;
import org.etradecampus.user.StaffDto;
import org.etradecampus.user.User;
import org.etradecampus.user.UserService;
import org.etradecampus.country.Country;
import org.etradecampus.country.CountryRepository;
import org.etradecampus.programme.Programme;
import org.etradecampus.programme.ProgrammeService;
import org.etradecampus.report.ParticipationFacts;

import java.time.Clock;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Activities: creation, lifecycle, sessions, the catalogue, and who may enrol. */
@Singleton
public class ActivityService {

    private final ActivityRepository activities;
    private final ActivitySessionRepository sessions;
    private final ProgrammeService programmes;
    private final ActivityMapper mapper;
    private final MeService me;
    private final CountryRepository countries;
    private final Clock clock;
    private final ApplicationEventPublisher<Object> events;
    private final TrainerRepository trainers;
    private final UserService users;
    private final ParticipationFacts facts;

    ActivityService(ActivityRepository activities, ActivitySessionRepository sessions, ProgrammeService programmes,
                    ActivityMapper mapper, MeService me, CountryRepository countries, Clock clock,
                    ApplicationEventPublisher<Object> events, TrainerRepository trainers,
                    UserService users, ParticipationFacts facts) {
        this.activities = activities;
        this.sessions = sessions;
        this.programmes = programmes;
        this.mapper = mapper;
        this.me = me;
        this.countries = countries;
        this.clock = clock;
        this.events = events;
        this.trainers = trainers;
        this.users = users;
        this.facts = facts;
    }

    PageDto<ActivityDto> catalogue(@Nullable ActivityType type, @Nullable Long programmeId, @Nullable String region,
                                   @Nullable String country, @Nullable String language, @Nullable Boolean open,
                                   @Nullable LocalDate from, @Nullable LocalDate to, @Nullable String q, int page, int size) {
        Instant now = clock.instant();
        String pattern = Text.likeContaining(q);
        String typeName = type == null ? null : type.name();
        List<Activity> found = activities.catalogue(typeName, programmeId, region, country, language, open, now, from, to,
                pattern, size, (long) page * size);
        long total = activities.countCatalogue(typeName, programmeId, region, country, language, open, now, from, to, pattern);
        Map<Long, String> names = programmeNames(found);
        return new PageDto<>(found.stream().map(a -> mapper.toDto(a, names.get(a.programmeId()), now)).toList(),
                page, size, total);
    }

    /** Drafts are visible only to those who manage activities. */
    public Activity visible(long id, boolean manager) {
        Activity activity = activities.findById(id).orElseThrow(ActivityService::notFound);
        if (activity.status() == ActivityStatus.DRAFT && !manager) {
            throw notFound();
        }
        return activity;
    }

    public java.util.Optional<Activity> find(long id) {
        return activities.findById(id);
    }

    public ActivityDto toDto(Activity activity) {
        return mapper.toDto(activity, programmes.get(activity.programmeId()).name(), clock.instant());
    }

    public ActivityDto create(long userId, boolean admin, CreateActivityRequest request) {
        Programme programme = programmes.find(parseProgrammeId(request.programmeId()))
                .orElseThrow(() -> new ValidationException("programmeId", "is not a programme", "validation.invalid-value"));
        if (!programmes.runs(programme.id(), userId, admin)) {
            throw new ForbiddenException("Only the programme's managers add activities to it.", "problem.forbidden");
        }
        checkDates(request);
        Activity saved = activities.save(mapper.newDraft(request, programme, userId, clock.instant()));
        return mapper.toDto(saved, programme.name(), clock.instant());
    }

    /**
     * A manager edits a draft or published activity. Seats already taken stay taken: capacity cannot
     * go below them, and a raised capacity seats the waitlist in order, in this transaction.
     */
    @Transactional
    public ActivityDto update(long id, CreateActivityRequest request) {
        Activity current = activities.lock(id).orElseThrow(ActivityService::notFound);
        if (current.status() == ActivityStatus.CLOSED || current.status() == ActivityStatus.CANCELLED) {
            throw new ConflictException("A " + current.status() + " activity cannot be edited.", "activity.invalid-state",
                    List.of());
        }
        if (!Long.toString(current.programmeId()).equals(request.programmeId())) {
            throw new ValidationException("programmeId", "cannot change: an activity stays in its programme",
                    "activity.programme-fixed");
        }
        checkDates(request);
        if (current.status() != ActivityStatus.DRAFT && request.enrolmentPolicy() != current.enrolmentPolicy()) {
            throw new ConflictException("The enrolment policy is fixed once the activity is published.", "activity.policy-fixed",
                    List.of(new Problem.FieldError("enrolmentPolicy", "is fixed once published", "activity.policy-fixed")));
        }
        if (request.capacity() < current.enrolledCount()) {
            throw new ConflictException(current.enrolledCount() + " people hold seats; move some to the waitlist or withdraw"
                    + " them before lowering the capacity below that.", "activity.capacity-below-seats",
                    List.of(new Problem.FieldError("capacity", "must be at least the " + current.enrolledCount()
                            + " seats taken", "activity.capacity-below-seats")));
        }
        Activity updated = activities.update(mapper.edited(current, request, clock.instant()));
        if (!updated.startDate().equals(current.startDate()) || updated.type() != current.type()) {
            facts.activityChanged(id);
        }
        if (updated.capacity() > current.capacity() && updated.waitlistCount() > 0) {
            events.publishEvent(new SeatsAdded(updated));
        }
        return toDto(activities.findById(id).orElseThrow());
    }

    /** DRAFT → PUBLISHED → CLOSED or CANCELLED; anything else is refused. */
    @Transactional
    public ActivityDto transition(long id, ActivityStatus target) {
        Activity activity = activities.lock(id).orElseThrow(ActivityService::notFound);
        Set<ActivityStatus> allowedFrom = switch (target) {
            case PUBLISHED -> EnumSet.of(ActivityStatus.DRAFT);
            case CLOSED -> EnumSet.of(ActivityStatus.PUBLISHED);
            case CANCELLED -> EnumSet.of(ActivityStatus.DRAFT, ActivityStatus.PUBLISHED, ActivityStatus.CLOSED);
            case DRAFT -> EnumSet.noneOf(ActivityStatus.class);
        };
        if (!allowedFrom.contains(activity.status())) {
            throw new ConflictException("A " + activity.status() + " activity cannot become " + target + ".",
                    "activity.invalid-state", List.of());
        }
        Activity updated = activities.update(activity.withStatus(target, clock.instant()));
        if (target == ActivityStatus.CANCELLED) {
            facts.activityChanged(id);
            events.publishEvent(new ActivityCancelled(updated));
        }
        return toDto(updated);
    }

    /**
     * The activity's sessions for this reader: coaching sessions only for the activity's coaches and
     * managers ({@code coach}) and for the SME each is held with ({@code viewerId}).
     */
    List<SessionDto> sessions(long activityId, boolean manager, @Nullable Long viewerId, boolean coach) {
        visible(activityId, manager);
        return sessions.findByActivityIdOrderByStartsAt(activityId).stream()
                .filter(s -> s.coacheeUserId() == null || coach || s.coacheeUserId().equals(viewerId))
                .map(s -> toDto(s, coach)).toList();
    }

    public SessionDto addSession(long activityId, CreateSessionRequest request) {
        Activity activity = visible(activityId, true);
        return toDto(sessions.save(session(null, activity, request)), true);
    }

    /** The activity a session belongs to; 404 for a session that does not exist. */
    public long activityOfSession(long sessionId) {
        return sessions.findById(sessionId).map(ActivitySession::activityId).orElseThrow(() -> new NotFoundException("No such session."));
    }

    /** A session as its coaches see it. */
    public SessionDto session(long sessionId) {
        return sessions.findById(sessionId).map(s -> toDto(s, true)).orElseThrow(() -> new NotFoundException("No such session."));
    }

    public SessionDto updateSession(long sessionId, CreateSessionRequest request) {
        Activity activity = visible(activityOfSession(sessionId), true);
        return toDto(sessions.update(session(sessionId, activity, request)), true);
    }

    public void deleteSession(long sessionId) {
        sessions.deleteById(sessionId);
    }

    private SessionDto toDto(ActivitySession session, boolean coach) {
        String coachee = session.coacheeUserId() == null ? null
                : users.findById(session.coacheeUserId()).map(User::displayName).orElse(null);
        return session.toDto(coachee, coach);
    }

    private ActivitySession session(@Nullable Long id, Activity activity, CreateSessionRequest request) {
        if (!request.endsAt().isAfter(request.startsAt())) {
            throw new ValidationException("endsAt", "must be after startsAt", "validation.date-order");
        }
        Long coachee = null;
        if (request.coacheeId() != null) {
            if (activity.type() != ActivityType.ACCELERATOR_COHORT) {
                throw new ValidationException("coacheeId", "coaching sessions belong to accelerator cohorts",
                        "activity.coaching-accelerator-only");
            }
            coachee = CurrentUser.parseIdOrNull(request.coacheeId());
            // An SME who has since left keeps her past coaching sessions, which may still be corrected.
            boolean unchanged = id != null && coachee != null
                    && sessions.findById(id).map(ActivitySession::coacheeUserId).filter(coachee::equals).isPresent();
            if (coachee == null || !unchanged && sessions.countSeats(activity.id(), coachee) == 0) {
                throw new ValidationException("coacheeId", "does not hold a seat in this activity", "activity.coachee-not-enrolled");
            }
        }
        // Whole seconds: what a timetable means, and what every database keeps exactly.
        return new ActivitySession(id, activity.id(), request.title().strip(), request.startsAt().truncatedTo(ChronoUnit.SECONDS),
                request.endsAt().truncatedTo(ChronoUnit.SECONDS), Text.blankToNull(request.location()), coachee,
                coachee == null ? null : Text.blankToNull(request.coachNotes()));
    }

    /** Replaces the trainers; each must be an enabled account with the TRAINER role. */
    @Transactional
    public List<StaffDto> assignTrainers(long activityId, Set<String> trainerIds) {
        visible(activityId, true);
        List<Long> ids = users.requireStaff(trainerIds, Role.TRAINER, "trainerIds");
        trainers.deleteAll(activityId);
        ids.stream().distinct().forEach(userId -> trainers.insert(activityId, userId));
        return trainers(activityId);
    }

    PageDto<ActivityDto> teaching(long userId, int page, int size) {
        Instant now = clock.instant();
        List<Activity> found = trainers.taughtBy(userId, size, (long) page * size);
        Map<Long, String> names = programmeNames(found);
        return new PageDto<>(found.stream().map(a -> mapper.toDto(a, names.get(a.programmeId()), now)).toList(), page, size,
                trainers.countTaughtBy(userId));
    }

    public List<StaffDto> trainers(long activityId) {
        return users.staffOf(trainers.findTrainers(activityId));
    }

    /** The programme's managers and administrators run an activity; a trainer only those she is assigned to. */
    public boolean runsActivity(long activityId, long userId, boolean manager, boolean admin) {
        return manages(activityId, userId, manager, admin) || trainers.countAssignment(activityId, userId) > 0;
    }

    /** Whether she manages this activity: an administrator, or a manager of its programme. */
    public boolean manages(long activityId, long userId, boolean manager, boolean admin) {
        if (admin) {
            return true;
        }
        return manager && activities.findById(activityId).map(a -> programmes.runs(a.programmeId(), userId, false)).orElse(false);
    }

    /** Refuses, with 403, whoever does not manage the activity. */
    public void requireManager(long activityId, long userId, boolean manager, boolean admin) {
        visible(activityId, true);
        if (!manages(activityId, userId, manager, admin)) {
            throw new ForbiddenException(
                    "Only this activity's programme managers may do that.", "problem.forbidden");
        }
    }

    /** Every rule the person does not meet for this activity; empty when she may enrol. */
    public List<EligibilityCheckDto.Reason> unmetRules(Activity activity, long userId) {
        Eligibility rules = mapper.eligibility(activity);
        if (rules.everyone()) {
            return List.of();
        }
        ProfileDto profile = me.profile(userId);
        Country country = profile.countryCode() == null ? null : countries.findByCode(profile.countryCode()).orElse(null);
        return rules.check(profile, country);
    }

    /** The activity's rules, to check many people at once against profiles already at hand. */
    public Eligibility eligibility(Activity activity) {
        return mapper.eligibility(activity);
    }

    private Map<Long, String> programmeNames(List<Activity> found) {
        return found.stream().map(Activity::programmeId).distinct()
                .collect(Collectors.toMap(Function.identity(), id -> programmes.get(id).name()));
    }

    private static void checkDates(CreateActivityRequest request) {
        if (request.endDate().isBefore(request.startDate())) {
            throw new ValidationException("endDate", "must not be before startDate", "validation.date-order");
        }
        if (request.enrolmentOpensAt() != null && request.enrolmentClosesAt() != null
                && !request.enrolmentClosesAt().isAfter(request.enrolmentOpensAt())) {
            throw new ValidationException("enrolmentClosesAt", "must be after enrolmentOpensAt", "validation.date-order");
        }
        try {
            ZoneId.of(request.timeZone());
        } catch (DateTimeException e) {
            throw new ValidationException("timeZone", "is not a known IANA time zone, such as Africa/Nairobi",
                    "validation.invalid-value");
        }
    }

    private static long parseProgrammeId(String id) {
        if (id == null || !id.matches("\\d{1,18}")) {
            throw new ValidationException("programmeId", "is not a programme", "validation.invalid-value");
        }
        return Long.parseLong(id);
    }

    private static NotFoundException notFound() {
        return new NotFoundException("No such activity.");
    }
}
