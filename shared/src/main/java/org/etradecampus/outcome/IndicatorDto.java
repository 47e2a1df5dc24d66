package org.etradecampus.outcome;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import org.etradecampus.application.LocalizedText;

import java.util.List;

/** An indicator of a programme; {@code baseline} is the stated one, when the manager gave one. */
@Serdeable
public record IndicatorDto(String id, String programmeId, String code, LocalizedText name, IndicatorUnit unit,
                           @Nullable String currency, IndicatorDirection direction, IndicatorSource source,
                           @Nullable ParticipationMeasure measure, @Nullable SurveyAggregation aggregation,
                           @Nullable String milestoneId, @Nullable Double baseline, boolean cumulative,
                           List<TargetDto> targets) {
}
