package org.etradecampus.application;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;

/** An application as its author sees it. */
@Serdeable
public record ApplicationDto(String id, String activityId, String activityTitle, LocalDate activityStartDate,
                             ApplicationStatus status, @Schema(description = "Answers by question key: text, number, true/false or a list of choice values", additionalProperties = Schema.AdditionalPropertiesValue.TRUE) Map<String, Object> answers, @Nullable Instant submittedAt,
                             Instant updatedAt) {
}
