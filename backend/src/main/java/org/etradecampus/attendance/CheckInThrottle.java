package org.etradecampus.attendance;

import jakarta.inject.Singleton;
import jakarta.transaction.Transactional;
import org.etradecampus.common.Exceptions.TooManyRequestsException;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/**
 * Wrong check-in codes per person and session, counted in the database (so on every instance) and
 * in transactions of their own: a refused check-in rolls back, its failure must not.
 */
@Singleton
class CheckInThrottle {

    static final int MAX_WRONG_CODES = 5;
    static final Duration WINDOW = Duration.ofMinutes(10);

    private final AttendanceRepository attendance;
    private final Clock clock;

    CheckInThrottle(AttendanceRepository attendance, Clock clock) {
        this.attendance = attendance;
        this.clock = clock;
    }

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void checkAllowed(long sessionId, long userId) {
        Instant now = clock.instant();
        attendance.failures(sessionId, userId).ifPresent(f -> {
            if (f.failures() >= MAX_WRONG_CODES && f.windowStart().plus(WINDOW).isAfter(now)) {
                long wait = Duration.between(now, f.windowStart().plus(WINDOW)).toSeconds();
                throw new TooManyRequestsException("Too many wrong codes: ask the trainer, or try again in " + Math.max(1, wait)
                        + " seconds.", "attendance.too-many-codes", wait);
            }
        });
    }

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void recordFailure(long sessionId, long userId) {
        Instant now = clock.instant();
        attendance.insertNoFailures(sessionId, userId, now);
        AttendanceRepository.Failures current = attendance.lockFailures(sessionId, userId).orElseThrow();
        boolean stale = current.windowStart().plus(WINDOW).isBefore(now);
        attendance.setFailures(sessionId, userId, stale ? 1 : current.failures() + 1, stale ? now : current.windowStart());
    }
}
