package org.etradecampus.application;

import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import java.time.Instant;

/** {@code criteria}: the rubric's criteria as a JSON array (see V11). */
@MappedEntity("review_rubric")
record ReviewRubric(@Id long activityId, String criteria, Instant updatedAt) {
}
