package org.etradecampus.outcome;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.etradecampus.application.LocalizedText;

import java.util.List;

/**
 * An indicator as a manager defines it. {@code source} decides which of {@code measure}
 * (PARTICIPATION), {@code aggregation} (SURVEY) and {@code milestoneId} (MILESTONE) is required;
 * {@code currency} (ISO 4217) goes with the CURRENCY unit only.
 */
@Serdeable
public record IndicatorRequest(@NotBlank @Size(max = 40) @Pattern(regexp = "[A-Za-z][A-Za-z0-9_.-]*", message = "must start with a letter and hold only letters, digits, _, . or -") String code,
                               @NotNull @Valid LocalizedText name,
                               @NotNull IndicatorUnit unit,
                               @Nullable @Pattern(regexp = "[A-Z]{3}", message = "must be an ISO 4217 code such as USD") String currency,
                               @NotNull IndicatorDirection direction,
                               @NotNull IndicatorSource source,
                               @Nullable ParticipationMeasure measure,
                               @Nullable SurveyAggregation aggregation,
                               @Nullable String milestoneId,
                               @Nullable @DecimalMin("-1000000000000") @DecimalMax("1000000000000") Double baseline,
                               boolean cumulative,
                               @Nullable @Size(max = 50) List<@NotNull @Valid TargetDto> targets) {
}
