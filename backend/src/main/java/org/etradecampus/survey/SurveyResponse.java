package org.etradecampus.survey;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import java.time.Instant;

/** {@code submittedAt} is when she first answered; corrections move only {@code updatedAt}. */
@MappedEntity("survey_response")
record SurveyResponse(@Id @GeneratedValue @Nullable Long id, long activitySurveyId, long userId, String answers,
                      Instant submittedAt, Instant updatedAt) {
}
