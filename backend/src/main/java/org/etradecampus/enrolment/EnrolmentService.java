package org.etradecampus.enrolment;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.runtime.event.annotation.EventListener;
import jakarta.inject.Singleton;
import jakarta.transaction.Transactional;
import org.etradecampus.common.Text;
import org.etradecampus.activity.Activity;
import org.etradecampus.activity.ActivityCancelled;
import org.etradecampus.activity.ActivityRepository;
import org.etradecampus.activity.ActivityService;
import org.etradecampus.activity.SeatsAdded;
import org.etradecampus.activity.ActivityStatus;
import org.etradecampus.activity.EligibilityCheckDto;
import org.etradecampus.activity.EnrolmentPolicy;
import org.etradecampus.common.Exceptions.ConflictException;
import org.etradecampus.common.Exceptions.NotFoundException;
import org.etradecampus.common.Exceptions.ValidationException;
import org.etradecampus.common.Exceptions.UnprocessableException;
import org.etradecampus.common.CurrentUser;
import org.etradecampus.common.PageDto;
import org.etradecampus.common.Problem;
import org.etradecampus.common.ProblemKind;
import org.etradecampus.mail.Notifications;
import org.etradecampus.user.User;
import org.etradecampus.user.UserService;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Collection;
import java.util.Set;
import java.util.Map;
import java.util.LinkedHashMap;
import java.util.Optional;

/**
 * Enrolment under the OPEN policy. Every change to an activity's seats and waitlist happens in one
 * transaction holding that activity's row lock, so capacity is never exceeded and the waitlist is
 * first-in first-out in commit order, whatever the number of requests or backend instances.
 */
@Singleton
public class EnrolmentService {

    private final EnrolmentRepository enrolments;
    private final IdempotentRequestRepository idempotentRequests;
    private final ActivityRepository activities;
    private final ActivityService activityService;
    private final Notifications notifications;
    private final UserService users;
    private final Clock clock;

    EnrolmentService(EnrolmentRepository enrolments, IdempotentRequestRepository idempotentRequests,
                     ActivityRepository activities, ActivityService activityService, Notifications notifications,
                     UserService users, Clock clock) {
        this.enrolments = enrolments;
        this.idempotentRequests = idempotentRequests;
        this.activities = activities;
        this.activityService = activityService;
        this.notifications = notifications;
        this.users = users;
        this.clock = clock;
    }

    /** The first answer to this Idempotency-Key, if there was one; checked before anything else can refuse. */
    Optional<EnrolmentDto> replay(long userId, long activityId, @Nullable String idempotencyKey) {
        if (idempotencyKey == null) {
            return Optional.empty();
        }
        return idempotentRequests.findById(IdempotentRequest.keyOf(userId, idempotencyKey))
                .map(prior -> answerTo(prior, activityId));
    }

    public EnrolmentDto enrol(long userId, long activityId, @Nullable String idempotencyKey) {
        Activity activity = activityService.visible(activityId, false);
        checkOpen(activity, clock.instant());
        List<EligibilityCheckDto.Reason> unmet = activityService.unmetRules(activity, userId);
        if (!unmet.isEmpty()) {
            throw new UnprocessableException(ProblemKind.NOT_ELIGIBLE, "You are not eligible for this activity: "
                    + String.join("; ", unmet.stream().map(EligibilityCheckDto.Reason::message).toList()) + ".",
                    "enrolment.not-eligible",
                    unmet.stream().map(r -> new Problem.FieldError(r.rule(), r.message(), r.messageKey())).toList());
        }
        // Everything that can be read before taking the activity's lock is, to keep the lock short.
        User user = users.get(userId);
        EnrolmentDto answer = enrolLocked(user, activityId, idempotencyKey);
        // Read back after commit, so the first answer and its replays show the timestamp exactly as
        // stored (mysql-connector-j drops fractional seconds when talking to MariaDB).
        Instant stored = enrolments.findById(Long.parseLong(answer.id())).orElseThrow().createdAt();
        return new EnrolmentDto(answer.id(), answer.activityId(), answer.activityTitle(), answer.activityStartDate(),
                answer.status(), answer.waitlistPosition(), stored);
    }

    @Transactional
    EnrolmentDto enrolLocked(User user, long activityId, @Nullable String idempotencyKey) {
        long userId = user.id();
        Instant now = clock.instant();
        Activity activity = activities.lock(activityId).orElseThrow(EnrolmentService::noActivity);
        String requestKey = idempotencyKey == null ? null : IdempotentRequest.keyOf(userId, idempotencyKey);
        if (requestKey != null) {
            Optional<IdempotentRequest> prior = idempotentRequests.lock(requestKey);
            if (prior.isPresent()) {
                return answerTo(prior.get(), activityId);
            }
        }
        checkOpen(activity, now);
        if (enrolments.lockActive(activityId, userId).isPresent()) {
            throw new ConflictException("You are already enrolled in or waiting for this activity.",
                    "enrolment.already-enrolled", List.of());
        }
        Enrolment saved;
        Integer position;
        // A seat freed while people wait (a manager moved someone back) is theirs, not a newcomer's.
        if (activity.enrolledCount() < activity.capacity() && activity.waitlistCount() == 0) {
            saved = enrolments.save(Enrolment.create(activityId, userId, EnrolmentStatus.ENROLLED, null, now));
            position = null;
            activities.updateCounts(activityId, activity.enrolledCount() + 1, activity.waitlistCount(),
                    activity.waitlistSeq(), now);
        } else {
            long seq = activity.waitlistSeq() + 1;
            saved = enrolments.save(Enrolment.create(activityId, userId, EnrolmentStatus.WAITLISTED, seq, now));
            position = activity.waitlistCount() + 1;
            activities.updateCounts(activityId, activity.enrolledCount(), activity.waitlistCount() + 1, seq, now);
        }
        notifications.about(position == null ? Notifications.Kind.ENROLLED : Notifications.Kind.WAITLISTED,
                user, activity.title(), activity.startDate(), position);
        if (requestKey != null) {
            idempotentRequests.save(new IdempotentRequest(requestKey, requestHash(activityId), saved.id(), saved.status(),
                    position, now));
        }
        return toDto(saved, activity, position);
    }

    /**
     * A manager enrols someone directly: no eligibility or window check, but the same lock and
     * queue. A full activity waitlists her unless the manager overrides capacity, with a reason.
     */
    @Transactional
    public EnrolmentDto enrolDirectly(long managerId, long userId, long activityId, boolean overCapacity, @Nullable String reason) {
        Instant now = clock.instant();
        User user = users.get(userId);
        Activity activity = activities.lock(activityId).orElseThrow(EnrolmentService::noActivity);
        if (activity.status() != ActivityStatus.PUBLISHED && activity.status() != ActivityStatus.CLOSED) {
            throw new ConflictException("This activity is " + activity.status() + ".", "enrolment.not-published", List.of());
        }
        if (enrolments.lockActive(activityId, userId).isPresent()) {
            throw new ConflictException("This person is already enrolled in or waiting for this activity.",
                    "enrolment.already-enrolled", List.of());
        }
        boolean seat = activity.enrolledCount() < activity.capacity();
        if (seat || overCapacity) {
            Enrolment created = Enrolment.create(activityId, userId, EnrolmentStatus.ENROLLED, null, now);
            Enrolment saved = enrolments.save(seat ? created : created.overriddenBy(managerId, requireReason(reason)));
            activities.updateCounts(activityId, activity.enrolledCount() + 1, activity.waitlistCount(), activity.waitlistSeq(), now);
            notifications.about(Notifications.Kind.ENROLLED, user, activity.title(), activity.startDate(), null);
            return toDto(saved, activity, null);
        }
        long seq = activity.waitlistSeq() + 1;
        Enrolment saved = enrolments.save(Enrolment.create(activityId, userId, EnrolmentStatus.WAITLISTED, seq, now));
        activities.updateCounts(activityId, activity.enrolledCount(), activity.waitlistCount() + 1, seq, now);
        notifications.about(Notifications.Kind.WAITLISTED, user, activity.title(), activity.startDate(),
                activity.waitlistCount() + 1);
        return toDto(saved, activity, activity.waitlistCount() + 1);
    }

    /** A manager gives a waitlisted person a seat ahead of the queue; beyond capacity only with a reason. */
    @Transactional
    public EnrolmentDto promote(long managerId, long enrolmentId, boolean overCapacity, @Nullable String reason) {
        Instant now = clock.instant();
        Enrolment found = enrolments.findById(enrolmentId).orElseThrow(() -> new NotFoundException("No such enrolment."));
        Activity activity = activities.lock(found.activityId()).orElseThrow(EnrolmentService::noActivity);
        Enrolment current = enrolments.lock(enrolmentId).orElseThrow();
        if (current.status() != EnrolmentStatus.WAITLISTED) {
            throw new ConflictException("Only someone on the waitlist can be given a seat.", "enrolment.not-waitlisted", List.of());
        }
        boolean seat = activity.enrolledCount() < activity.capacity();
        if (!seat && !overCapacity) {
            throw new ConflictException("The activity is full; give a seat beyond capacity only with overCapacity and a reason.",
                    "enrolment.full", List.of());
        }
        Enrolment moved = current.moveTo(EnrolmentStatus.ENROLLED, null, now);
        Enrolment saved = enrolments.update(seat ? moved : moved.overriddenBy(managerId, requireReason(reason)));
        activities.updateCounts(activity.id(), activity.enrolledCount() + 1, activity.waitlistCount() - 1,
                activity.waitlistSeq(), now);
        notifications.about(Notifications.Kind.PROMOTED, users.get(current.userId()), activity.title(), activity.startDate(), null);
        return toDto(saved, activity, null);
    }

    /** The account a manager names by id or by e-mail, exactly one of them. */
    long personNamedIn(ManagerEnrolmentRequest request) {
        if ((request.userId() == null) == (request.email() == null)) {
            throw new ValidationException(request.userId() == null ? "email" : "userId",
                    "name the person by userId or by email, one of them", "validation.required");
        }
        if (request.userId() != null) {
            long id = CurrentUser.parseId(request.userId());
            users.get(id);
            return id;
        }
        return users.findByEmail(request.email()).map(User::id)
                .orElseThrow(() -> new ValidationException("email", "is not the e-mail of an account on the platform",
                        "enrolment.no-such-account"));
    }

    /** Her enrolment holding a seat (or completed) in the activity, if any. */
    public Optional<Long> seatOf(long activityId, long userId) {
        return enrolments.seatOf(activityId, userId).map(Enrolment::id);
    }

    public long userOf(long enrolmentId) {
        return enrolments.findById(enrolmentId).map(Enrolment::userId)
                .orElseThrow(() -> new NotFoundException("No such enrolment."));
    }

    /** Completion moves a seat holder to COMPLETED and back; other statuses are left alone. Seat counts do not change. */
    @Transactional
    public void setCompleted(long enrolmentId, boolean completed) {
        Enrolment current = enrolments.lock(enrolmentId).orElseThrow(() -> new NotFoundException("No such enrolment."));
        EnrolmentStatus from = completed ? EnrolmentStatus.ENROLLED : EnrolmentStatus.COMPLETED;
        if (current.status() == from) {
            enrolments.update(current.moveTo(completed ? EnrolmentStatus.COMPLETED : EnrolmentStatus.ENROLLED, null, clock.instant()));
        }
    }

    public long activityOf(long enrolmentId) {
        return enrolments.findById(enrolmentId).map(Enrolment::activityId)
                .orElseThrow(() -> new NotFoundException("No such enrolment."));
    }

    private static String requireReason(@Nullable String reason) {
        if (reason == null || reason.isBlank()) {
            throw new ValidationException("reason",
                    "is required to seat someone beyond capacity", "validation.required");
        }
        return reason.strip();
    }

    /** Her seat, if she had one, goes to the first on the waitlist in the same transaction. */
    @Transactional
    public EnrolmentDto withdraw(long enrolmentId, long userId, boolean manager) {
        Instant now = clock.instant();
        Enrolment found = enrolments.findById(enrolmentId)
                .filter(e -> manager || e.userId() == userId)
                .orElseThrow(() -> new NotFoundException("No such enrolment."));
        Activity activity = activities.lock(found.activityId()).orElseThrow(EnrolmentService::noActivity);
        Enrolment current = enrolments.lock(enrolmentId).orElseThrow();
        if (!Enrolment.isActive(current.status())) {
            throw new ConflictException("This enrolment is already " + current.status() + ".", "enrolment.not-active",
                    List.of());
        }
        Enrolment withdrawn = enrolments.update(current.moveTo(EnrolmentStatus.WITHDRAWN, null, now));
        int enrolled = activity.enrolledCount() - (current.status() == EnrolmentStatus.ENROLLED ? 1 : 0);
        int waitlisted = activity.waitlistCount() - (current.status() == EnrolmentStatus.WAITLISTED ? 1 : 0);
        Seats seats = seatWaitlist(activity, enrolled, waitlisted, now);
        activities.updateCounts(activity.id(), seats.enrolled(), seats.waitlisted(), activity.waitlistSeq(), now);
        return toDto(withdrawn, activity, null);
    }

    /**
     * A manager moves a seated person to the end of the waitlist; her seat goes to the first who
     * was waiting before her, if anyone was, and both are told.
     */
    @Transactional
    public EnrolmentDto moveToWaitlist(long enrolmentId) {
        Instant now = clock.instant();
        Enrolment found = enrolments.findById(enrolmentId).orElseThrow(() -> new NotFoundException("No such enrolment."));
        Activity activity = activities.lock(found.activityId()).orElseThrow(EnrolmentService::noActivity);
        Enrolment current = enrolments.lock(enrolmentId).orElseThrow();
        if (current.status() != EnrolmentStatus.ENROLLED) {
            throw new ConflictException("Only someone holding a seat can be moved to the waitlist.", "enrolment.not-seated",
                    List.of());
        }
        Seats seats = seatWaitlist(activity, activity.enrolledCount() - 1, activity.waitlistCount(), now);
        long seq = activity.waitlistSeq() + 1;
        Enrolment moved = enrolments.update(current.moveTo(EnrolmentStatus.WAITLISTED, seq, now));
        // From the counts read under the lock: a plain COUNT here could read an older snapshot.
        int position = seats.waitlisted() + 1;
        activities.updateCounts(activity.id(), seats.enrolled(), position, seq, now);
        notifications.about(Notifications.Kind.MOVED_TO_WAITLIST, users.get(current.userId()), activity.title(),
                activity.startDate(), position);
        return toDto(moved, activity, position);
    }

    /** A raised capacity seats the waitlist in order, in the transaction that raised it. */
    @EventListener
    void onSeatsAdded(SeatsAdded event) {
        Activity activity = event.activity();
        Instant now = clock.instant();
        Seats seats = seatWaitlist(activity, activity.enrolledCount(), activity.waitlistCount(), now);
        activities.updateCounts(activity.id(), seats.enrolled(), seats.waitlisted(), activity.waitlistSeq(), now);
    }

    /** Seats taken and people waiting, as they stand under the activity's lock. */
    private record Seats(int enrolled, int waitlisted) {
    }

    /**
     * Gives free seats to the waitlist, first come first served, telling each person. Runs under the
     * activity's lock, from its counts as they stand; the caller stores the counts returned.
     */
    private Seats seatWaitlist(Activity activity, int enrolled, int waitlisted, Instant now) {
        while (enrolled < activity.capacity()) {
            Optional<Enrolment> next = enrolments.lockFirstWaitlisted(activity.id());
            if (next.isEmpty()) {
                break;
            }
            enrolments.update(next.get().moveTo(EnrolmentStatus.ENROLLED, null, now));
            notifications.about(Notifications.Kind.PROMOTED, users.get(next.get().userId()), activity.title(),
                    activity.startDate(), null);
            enrolled++;
            waitlisted--;
        }
        return new Seats(enrolled, waitlisted);
    }

    /**
     * People chosen from applications: {@code seated} get a seat (one already waiting moves up),
     * {@code waiting} join the end of the waitlist. Refuses the whole batch if the seats would exceed
     * capacity. Runs in the caller's transaction; the deciding e-mails are the caller's to send.
     */
    @Transactional
    public int admit(long activityId, List<Long> seated, List<Long> waiting) {
        Instant now = clock.instant();
        Activity activity = activities.lock(activityId).orElseThrow(EnrolmentService::noActivity);
        int enrolled = activity.enrolledCount();
        int waitlisted = activity.waitlistCount();
        long seq = activity.waitlistSeq();
        List<Enrolment> toSeat = new ArrayList<>();
        for (long userId : seated) {
            Optional<Enrolment> active = enrolments.lockActive(activityId, userId);
            if (active.isEmpty() || active.get().status() != EnrolmentStatus.ENROLLED) {
                toSeat.add(active.orElseGet(() -> Enrolment.create(activityId, userId, EnrolmentStatus.ENROLLED, null, now)));
            }
        }
        if (enrolled + toSeat.size() > activity.capacity()) {
            int left = Math.max(0, activity.capacity() - enrolled);
            throw new ConflictException("Accepting " + toSeat.size() + " would exceed the capacity: " + left
                    + " seats are left.", "application.over-capacity",
                    List.of(new Problem.FieldError("applicationIds", "would exceed the capacity; " + left + " seats are left",
                            "application.over-capacity")));
        }
        for (Enrolment enrolment : toSeat) {
            if (enrolment.id() == null) {
                enrolments.save(enrolment);
            } else {
                enrolments.update(enrolment.moveTo(EnrolmentStatus.ENROLLED, null, now));
                waitlisted--;
            }
            enrolled++;
        }
        for (long userId : waiting) {
            if (enrolments.lockActive(activityId, userId).isEmpty()) {
                enrolments.save(Enrolment.create(activityId, userId, EnrolmentStatus.WAITLISTED, ++seq, now));
                waitlisted++;
            }
        }
        activities.updateCounts(activityId, enrolled, waitlisted, seq, now);
        return Math.max(0, activity.capacity() - enrolled);
    }

    /**
     * People a manager brings in (an import): each gets a seat while one is free, then a place at
     * the end of the waitlist; whoever is already in stays as she is (absent from the answer).
     * Runs in the caller's transaction under the activity's lock. No e-mail: the caller writes them.
     */
    @Transactional
    public Map<Long, Placement> enrolAll(long activityId, List<Long> userIds) {
        Instant now = clock.instant();
        Activity activity = activities.lock(activityId).orElseThrow(EnrolmentService::noActivity);
        if (activity.status() != ActivityStatus.PUBLISHED && activity.status() != ActivityStatus.CLOSED) {
            throw new ConflictException("This activity is " + activity.status() + ".", "enrolment.not-published", List.of());
        }
        int enrolled = activity.enrolledCount();
        int waitlisted = activity.waitlistCount();
        long seq = activity.waitlistSeq();
        Map<Long, Placement> done = new LinkedHashMap<>();
        for (long userId : userIds) {
            if (enrolments.lockActive(activityId, userId).isPresent()) {
                continue;
            }
            if (enrolled < activity.capacity() && waitlisted == 0) {
                enrolments.save(Enrolment.create(activityId, userId, EnrolmentStatus.ENROLLED, null, now));
                enrolled++;
                done.put(userId, new Placement(EnrolmentStatus.ENROLLED, null));
            } else {
                enrolments.save(Enrolment.create(activityId, userId, EnrolmentStatus.WAITLISTED, ++seq, now));
                waitlisted++;
                done.put(userId, new Placement(EnrolmentStatus.WAITLISTED, waitlisted));
            }
        }
        activities.updateCounts(activityId, enrolled, waitlisted, seq, now);
        return done;
    }

    /** A seat, or a place in the queue with its position. */
    public record Placement(EnrolmentStatus status, @Nullable Integer waitlistPosition) {
    }

    /** Of these people, those with a seat or a place in the queue for the activity. */
    public Set<Long> activeAmong(long activityId, Collection<Long> userIds) {
        return userIds.isEmpty() ? Set.of() : Set.copyOf(enrolments.activeUserIds(activityId, userIds));
    }

    /** Ends her seat or place in the queue, if she has one, as a withdrawal would; the seat goes to the first waiting. */
    @Transactional
    public void withdrawIfActive(long activityId, long userId) {
        activities.lock(activityId).orElseThrow(EnrolmentService::noActivity);
        Optional<Enrolment> active = enrolments.lockActive(activityId, userId);
        if (active.isPresent()) {
            withdraw(active.get().id(), userId, false);
        }
    }

    /** Runs inside the cancelling transaction: every active enrolment is closed and its holder told. */
    @EventListener
    void onCancelled(ActivityCancelled event) {
        Activity activity = event.activity();
        Instant now = clock.instant();
        for (Enrolment enrolment : enrolments.lockAllActive(activity.id())) {
            enrolments.update(enrolment.moveTo(EnrolmentStatus.CANCELLED, null, now));
            notifications.about(Notifications.Kind.ACTIVITY_CANCELLED, users.get(enrolment.userId()), activity.title(),
                    activity.startDate(), null);
        }
        activities.updateCounts(activity.id(), 0, 0, activity.waitlistSeq(), now);
    }

    PageDto<EnrolmentDto> mine(long userId, @Nullable Long activityId, int page, int size) {
        List<Enrolment> found = activityId == null ? enrolments.pageOfUser(userId, size, (long) page * size)
                : enrolments.pageOfUserInActivity(userId, activityId, size, (long) page * size);
        long total = activityId == null ? enrolments.countByUserId(userId) : enrolments.countByUserIdAndActivityId(userId, activityId);
        List<EnrolmentDto> items = found.stream()
                .map(e -> toDto(e, activities.findById(e.activityId()).orElseThrow(), positionOf(e)))
                .toList();
        return new PageDto<>(items, page, size, total);
    }

    private EnrolmentDto answerTo(IdempotentRequest prior, long activityId) {
        if (!prior.requestHash().equals(requestHash(activityId))) {
            throw new UnprocessableException(ProblemKind.UNPROCESSABLE,
                    "This Idempotency-Key was used for another request; use a new key for a new request.",
                    "enrolment.idempotency-mismatch",
                    List.of(new Problem.FieldError("Idempotency-Key", "was used for another request",
                            "enrolment.idempotency-mismatch")));
        }
        Enrolment enrolment = enrolments.findById(prior.enrolmentId()).orElseThrow();
        EnrolmentDto now = toDto(enrolment, activities.findById(activityId).orElseThrow(), null);
        return new EnrolmentDto(now.id(), now.activityId(), now.activityTitle(), now.activityStartDate(), prior.status(),
                prior.position(), now.createdAt());
    }

    private static void checkOpen(Activity activity, Instant now) {
        if (activity.status() == ActivityStatus.CLOSED) {
            throw new ConflictException("Enrolment for this activity is closed.", "enrolment.closed", List.of());
        }
        if (activity.status() != ActivityStatus.PUBLISHED) {
            throw new ConflictException("This activity is not open for enrolment (" + activity.status() + ").",
                    "enrolment.not-published", List.of());
        }
        if (!activity.enrolmentOpenAt(now)) {
            throw new ConflictException("Enrolment for this activity is closed.", "enrolment.closed", List.of());
        }
        if (activity.enrolmentPolicy() != EnrolmentPolicy.OPEN) {
            throw new ConflictException("This activity selects participants from applications.",
                    "enrolment.application-required", List.of());
        }
    }

    private Integer positionOf(Enrolment enrolment) {
        return enrolment.status() == EnrolmentStatus.WAITLISTED && enrolment.waitlistSeq() != null
                ? enrolments.waitlistPosition(enrolment.activityId(), enrolment.waitlistSeq()) : null;
    }

    private static EnrolmentDto toDto(Enrolment e, Activity activity, @Nullable Integer position) {
        return new EnrolmentDto(Long.toString(e.id()), Long.toString(e.activityId()), activity.title(),
                activity.startDate(), e.status(), position, e.createdAt());
    }

    private static NotFoundException noActivity() {
        return new NotFoundException("No such activity.");
    }

    private static String requestHash(long activityId) {
        return Text.sha256Hex("POST /api/activities/" + activityId + "/enrolments");
    }
}
