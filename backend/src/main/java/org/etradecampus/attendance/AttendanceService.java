package org.etradecampus.attendance;

import io.micronaut.context.event.ApplicationEventPublisher;
import jakarta.inject.Singleton;
import jakarta.transaction.Transactional;
import org.etradecampus.activity.Activity;
import org.etradecampus.activity.ActivityService;
import org.etradecampus.activity.SessionDto;
import org.etradecampus.common.Exceptions.ConflictException;
import org.etradecampus.common.Exceptions.NotFoundException;
import org.etradecampus.common.Exceptions.ValidationException;
import org.etradecampus.common.Problem.FieldError;
import org.etradecampus.common.Text;
import org.etradecampus.report.ParticipationFacts;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Attendance: marks in batches (latest wins), self check-in with a rotating code, and rates as
 * BRIEF.md defines them: present or late over sessions held, excused ones left out.
 */
@Singleton
class AttendanceService {

    static final Duration CHECK_IN_OPENS_BEFORE = Duration.ofMinutes(30);
    static final Duration LATE_AFTER = Duration.ofMinutes(15);
    private static final SecureRandom RANDOM = new SecureRandom();

    private final AttendanceRepository attendance;
    private final ActivityService activities;
    private final AttendanceRates rates;
    private final CheckInThrottle throttle;
    private final ApplicationEventPublisher<AttendanceChanged> events;
    private final Clock clock;
    private final ParticipationFacts facts;

    AttendanceService(AttendanceRepository attendance, ActivityService activities, AttendanceRates rates,
                      CheckInThrottle throttle, ApplicationEventPublisher<AttendanceChanged> events, Clock clock, ParticipationFacts facts) {
        this.throttle = throttle;
        this.events = events;
        this.rates = rates;
        this.attendance = attendance;
        this.activities = activities;
        this.clock = clock;
        this.facts = facts;
    }

    AttendanceSheetDto sheet(long sessionId) {
        SessionDto session = activities.session(sessionId);
        Activity activity = activities.visible(Long.parseLong(session.activityId()), true);
        List<AttendanceEntryDto> entries = attendance.sheet(activity.id(), sessionId).stream().map(AttendanceService::entry).toList();
        return new AttendanceSheetDto(session, activity.title(), entries);
    }

    /** Saves the batch under the session's lock; a mark older than the stored one is ignored. */
    @Transactional
    AttendanceSheetDto mark(long sessionId, long markerId, List<AttendanceRecordRequest> records) {
        attendance.lockSession(sessionId).orElseThrow(() -> new NotFoundException("No such session."));
        SessionDto session = activities.session(sessionId);
        long activityId = Long.parseLong(session.activityId());
        Map<Long, AttendanceRepository.SheetRow> seated = attendance.sheet(activityId, sessionId).stream()
                .collect(Collectors.toMap(AttendanceRepository.SheetRow::enrolmentId, Function.identity()));
        List<FieldError> errors = new ArrayList<>();
        for (int i = 0; i < records.size(); i++) {
            Long id = parse(records.get(i).enrolmentId());
            if (id == null || !seated.containsKey(id)) {
                errors.add(new FieldError("records[" + i + "].enrolmentId", "is not someone holding a seat in this activity",
                        "attendance.not-enrolled"));
            }
        }
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        Instant now = clock.instant();
        for (AttendanceRecordRequest record : records) {
            AttendanceRepository.SheetRow row = seated.get(parse(record.enrolmentId()));
            // A phone's clock may run ahead: a mark is never dated after it reached us.
            Instant markedAt = (record.markedAt() == null || record.markedAt().isAfter(now) ? now : record.markedAt())
                    .truncatedTo(ChronoUnit.SECONDS);
            write(sessionId, activityId, row, record.status(), Text.blankToNull(record.note()), markedAt, markerId, false);
            seated.put(row.enrolmentId(), new AttendanceRepository.SheetRow(row.enrolmentId(), row.userId(), row.displayName(),
                    record.status().name(), record.note(), markedAt, 0));
        }
        events.publishEvent(new AttendanceChanged(activityId));
        return sheet(sessionId);
    }

    /** The code to show now; the session's secret is made the first time. */
    CheckInCodeDto code(long sessionId) {
        SessionDto session = activities.session(sessionId);
        Instant now = clock.instant();
        requireWindow(session, now);
        return new CheckInCodeDto(CheckInCodes.at(secret(sessionId), now), CheckInCodes.nextChange(now));
    }

    /** She marks herself present (late after the first quarter hour) with the code the trainer shows. */
    @Transactional
    AttendanceEntryDto checkIn(long sessionId, long userId, String code) {
        attendance.lockSession(sessionId).orElseThrow(() -> new NotFoundException("No such session."));
        SessionDto session = activities.session(sessionId);
        long activityId = Long.parseLong(session.activityId());
        AttendanceRepository.SheetRow hers = attendance.sheet(activityId, sessionId).stream().filter(r -> r.userId() == userId)
                .findFirst().orElseThrow(() -> new NotFoundException("You hold no seat in this session's activity."));
        Instant now = clock.instant();
        requireWindow(session, now);
        throttle.checkAllowed(sessionId, userId);
        String secret = attendance.checkInSecret(sessionId).orElse(null);
        if (secret == null || !CheckInCodes.matches(secret, code, now)) {
            throttle.recordFailure(sessionId, userId);
            throw new ValidationException("code", "is not the code shown now", "attendance.wrong-code");
        }
        AttendanceStatus status = now.isAfter(session.startsAt().plus(LATE_AFTER)) ? AttendanceStatus.LATE : AttendanceStatus.PRESENT;
        Instant markedAt = now.truncatedTo(ChronoUnit.SECONDS);
        write(sessionId, activityId, hers, status, hers.note(), markedAt, userId, true);
        events.publishEvent(new AttendanceChanged(activityId));
        return new AttendanceEntryDto(Long.toString(hers.enrolmentId()), Long.toString(userId), hers.displayName(), status,
                hers.note(), markedAt, true);
    }

    ActivityAttendanceDto rates(long activityId) {
        activities.visible(activityId, true);
        return rates.of(activityId);
    }

    private void write(long sessionId, long activityId, AttendanceRepository.SheetRow row, AttendanceStatus status, String note,
                       Instant markedAt, long markerId, boolean self) {
        if (row.status() == null) {
            attendance.insert(sessionId, row.enrolmentId(), activityId, row.userId(), status.name(), note, markedAt, markerId, self);
        } else if (!markedAt.isBefore(row.markedAt())) {
            attendance.update(sessionId, row.enrolmentId(), status.name(), note, markedAt, markerId, self);
        } else {
            return;
        }
        attendance.refreshAttended(row.enrolmentId());
        facts.personChanged(row.userId());
    }

    private String secret(long sessionId) {
        return attendance.checkInSecret(sessionId).orElseGet(() -> {
            byte[] bytes = new byte[32];
            RANDOM.nextBytes(bytes);
            attendance.createCheckInSecret(sessionId, HexFormat.of().formatHex(bytes));
            return attendance.checkInSecret(sessionId).orElseThrow();
        });
    }

    private void requireWindow(SessionDto session, Instant now) {
        if (now.isBefore(session.startsAt().minus(CHECK_IN_OPENS_BEFORE)) || now.isAfter(session.endsAt())) {
            throw new ConflictException("Check-in is open from 30 minutes before the session until it ends.",
                    "attendance.check-in-closed", List.of());
        }
    }

    private static AttendanceEntryDto entry(AttendanceRepository.SheetRow r) {
        return new AttendanceEntryDto(Long.toString(r.enrolmentId()), Long.toString(r.userId()), r.displayName(),
                r.status() == null ? null : AttendanceStatus.valueOf(r.status()), r.note(), r.markedAt(),
                r.selfCheckedIn() != null && r.selfCheckedIn() == 1);
    }

    private static Long parse(String id) {
        return id != null && id.matches("\\d{1,18}") ? Long.valueOf(id) : null;
    }
}
