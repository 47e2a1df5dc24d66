package org.etradecampus.survey;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import java.time.Instant;

/** {@code questions}: a JSON array of {@link SurveyQuestionDto}. */
@MappedEntity("survey_template")
record SurveyTemplate(@Id @GeneratedValue @Nullable Long id, long programmeId, SurveyKind kind, String titleEn,
                      @Nullable String titleFr, @Nullable String titleEs, String questions, Instant createdAt,
                      Instant updatedAt) {
}
