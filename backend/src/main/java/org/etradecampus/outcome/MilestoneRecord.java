package org.etradecampus.outcome;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import java.time.Instant;
import java.time.LocalDate;

/** {@code recordedBy} is the SME herself when she reported it. */
@MappedEntity("milestone_record")
record MilestoneRecord(@Id @GeneratedValue @Nullable Long id, long milestoneId, long activityId, long userId,
                       LocalDate achievedOn, @Nullable String evidence, MilestoneStatus status, long recordedBy,
                       @Nullable Long decidedBy, @Nullable Instant decidedAt, Instant createdAt) {
}
