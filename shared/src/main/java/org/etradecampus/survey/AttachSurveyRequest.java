package org.etradecampus.survey;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import java.time.Instant;

/**
 * A programme's survey template asked in an activity. FOLLOW_UP surveys say how many months after
 * the activity's end ({@code monthsAfter}). Without {@code opensAt}/{@code closesAt} the window
 * follows the activity's dates (see docs/api.md); with them, they decide.
 */
@Serdeable
public record AttachSurveyRequest(@NotBlank @Size(max = 20) String templateId,
                                  @Nullable @Min(1) @Max(60) Integer monthsAfter,
                                  @Nullable Instant opensAt,
                                  @Nullable Instant closesAt) {
}
