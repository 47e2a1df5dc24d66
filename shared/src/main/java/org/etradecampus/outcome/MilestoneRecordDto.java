package org.etradecampus.outcome;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

import java.time.Instant;
import java.time.LocalDate;

@Serdeable
public record MilestoneRecordDto(String id, String milestoneId, String activityId, String userId, String displayName,
                                 LocalDate achievedOn, @Nullable String evidence, MilestoneStatus status,
                                 boolean selfReported, @Nullable Instant decidedAt) {
}
