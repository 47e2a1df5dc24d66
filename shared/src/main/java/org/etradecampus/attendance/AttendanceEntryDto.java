package org.etradecampus.attendance;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

import java.time.Instant;

/** One enrolled person on a session's sheet, and her mark if she has one. */
@Serdeable
public record AttendanceEntryDto(String enrolmentId, String userId, String displayName, @Nullable AttendanceStatus status,
                                 @Nullable String note, @Nullable Instant markedAt, boolean selfCheckedIn) {
}
