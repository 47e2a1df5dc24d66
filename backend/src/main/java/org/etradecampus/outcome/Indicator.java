package org.etradecampus.outcome;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import java.time.Instant;

@MappedEntity("indicator")
record Indicator(@Id @GeneratedValue @Nullable Long id, long programmeId, String code, String nameEn,
                 @Nullable String nameFr, @Nullable String nameEs, IndicatorUnit unit, @Nullable String currency,
                 IndicatorDirection direction, IndicatorSource source, @Nullable ParticipationMeasure measure,
                 @Nullable SurveyAggregation aggregation, @Nullable Long milestoneId, @Nullable Double baseline,
                 boolean cumulative, Instant createdAt, Instant updatedAt) {
}
