package org.etradecampus.attendance;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.time.Instant;

/**
 * One mark. {@code markedAt}: when the trainer made it (a phone sends marks it queued offline
 * later); a mark older than the one stored is ignored, so the latest wins. Absent: now.
 */
@Serdeable
public record AttendanceRecordRequest(@NotBlank @Size(max = 30) String enrolmentId,
                                      @NotNull AttendanceStatus status,
                                      @Nullable @Size(max = 500) String note,
                                      @Nullable Instant markedAt) {
}
