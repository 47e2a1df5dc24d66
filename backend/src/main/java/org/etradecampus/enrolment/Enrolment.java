package org.etradecampus.enrolment;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import java.time.Instant;

/**
 * {@code active} is TRUE while the enrolment holds or waits for a seat, NULL afterwards (see V4).
 * {@code waitlistSeq} orders the waitlist; positions are ranks over it, so they never have gaps.
 */
@MappedEntity("enrolment")
record Enrolment(@Id @GeneratedValue @Nullable Long id, long activityId, long userId, EnrolmentStatus status,
                 @Nullable Boolean active, @Nullable Long waitlistSeq, Instant createdAt, Instant updatedAt,
                 @Nullable Long overrideBy, @Nullable String overrideReason) {

    static Enrolment create(long activityId, long userId, EnrolmentStatus status, @Nullable Long waitlistSeq, Instant now) {
        return new Enrolment(null, activityId, userId, status, true, waitlistSeq, now, now, null, null);
    }

    static boolean isActive(EnrolmentStatus status) {
        return status == EnrolmentStatus.ENROLLED || status == EnrolmentStatus.WAITLISTED || status == EnrolmentStatus.APPLIED;
    }

    Enrolment moveTo(EnrolmentStatus next, @Nullable Long seq, Instant now) {
        return new Enrolment(id, activityId, userId, next, isActive(next) ? Boolean.TRUE : null, seq, createdAt, now,
                overrideBy, overrideReason);
    }

    Enrolment overriddenBy(long managerId, String reason) {
        return new Enrolment(id, activityId, userId, status, active, waitlistSeq, createdAt, updatedAt, managerId, reason);
    }
}
