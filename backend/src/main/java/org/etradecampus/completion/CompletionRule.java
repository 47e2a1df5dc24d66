package org.etradecampus.completion;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import java.time.Instant;

@MappedEntity("completion_rule")
record CompletionRule(@Id long activityId, double minAttendanceRate, Instant updatedAt, @Nullable Long requiredSurveyId) {
}
