package org.etradecampus.survey;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import java.time.Instant;

/** {@code opensAt}/{@code closesAt} override the window {@link SurveyWindows} derives from the activity. */
@MappedEntity("activity_survey")
record ActivitySurvey(@Id @GeneratedValue @Nullable Long id, long activityId, long templateId, SurveyKind kind,
                      @Nullable Integer monthsAfter, @Nullable Instant opensAt, @Nullable Instant closesAt,
                      Instant createdAt) {
}
