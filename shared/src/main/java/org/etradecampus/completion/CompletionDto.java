package org.etradecampus.completion;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

import java.time.Instant;

/**
 * Whether someone holding a seat has completed the activity. {@code automatic}: decided by the
 * rule from her attendance; otherwise a trainer or manager decided, for {@code reason}.
 * {@code certificateCode}: her certificate's, while valid.
 */
@Serdeable
public record CompletionDto(String enrolmentId, String userId, String displayName, @Nullable Double attendanceRate,
                            boolean completed, boolean automatic, @Nullable String reason, @Nullable Instant decidedAt,
                            @Nullable String certificateCode) {
}
