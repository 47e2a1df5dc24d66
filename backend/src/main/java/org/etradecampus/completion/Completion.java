package org.etradecampus.completion;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import java.time.Instant;

/** See V15: {@code overridden} completions are a person's decision, which the rule leaves alone. */
@MappedEntity("completion")
record Completion(@Id long enrolmentId, long activityId, long userId, boolean completed, boolean overridden,
                  @Nullable String reason, @Nullable Long decidedBy, Instant decidedAt) {
}
