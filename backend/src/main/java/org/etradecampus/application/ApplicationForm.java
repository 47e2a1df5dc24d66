package org.etradecampus.application;

import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import java.time.Instant;

/** {@code questions}: the form's questions as a JSON array (see V10). */
@MappedEntity("application_form")
record ApplicationForm(@Id long activityId, String questions, Instant updatedAt) {
}
