package org.etradecampus.completion;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * What completing an activity takes: {@code minAttendanceRate} from 0 to 1 (0.75: three sessions
 * in four), every required lesson of its course, and, when {@code requiredSurveyId} names one of
 * the activity's surveys, an answer to it.
 */
@Serdeable
public record CompletionRuleDto(@NotNull @DecimalMin("0") @DecimalMax("1") Double minAttendanceRate,
                                @Nullable @Size(max = 20) String requiredSurveyId) {
}
