package org.etradecampus.enrolment;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

import java.time.Instant;
import java.time.LocalDate;

/** {@code waitlistPosition} is 1 for the next to get a seat; null unless WAITLISTED. */
@Serdeable
public record EnrolmentDto(String id, String activityId, String activityTitle, LocalDate activityStartDate,
                           EnrolmentStatus status, @Nullable Integer waitlistPosition, Instant createdAt) {
}
