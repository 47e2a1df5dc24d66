package org.etradecampus.application;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import java.time.Instant;

/** {@code scores}: JSON by criterion key; {@code score}: their weighted result, 0–100 (see V11). */
@MappedEntity("review")
record Review(@Id @GeneratedValue @Nullable Long id, long applicationId, long activityId, long reviewerId,
              @Nullable String scores, @Nullable Double score, @Nullable String comment, @Nullable Instant submittedAt,
              Instant createdAt) {

    Review scored(String newScores, double newScore, @Nullable String newComment, Instant now) {
        return new Review(id, applicationId, activityId, reviewerId, newScores, newScore, newComment, now, createdAt);
    }
}
