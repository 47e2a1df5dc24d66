package org.etradecampus.completion;

import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotNull;

/**
 * What completing an activity takes: {@code minAttendanceRate} from 0 to 1 (0.75: three sessions
 * in four). Required lessons and a required survey join it with the courses and outcomes features.
 */
@Serdeable
public record CompletionRuleDto(@NotNull @DecimalMin("0") @DecimalMax("1") Double minAttendanceRate) {
}
