package org.etradecampus.application;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;

/** An application as its author sees it. */
@Serdeable
public record ApplicationDto(String id, String activityId, String activityTitle, LocalDate activityStartDate,
                             ApplicationStatus status, Map<String, Object> answers, @Nullable Instant submittedAt,
                             Instant updatedAt) {
}
