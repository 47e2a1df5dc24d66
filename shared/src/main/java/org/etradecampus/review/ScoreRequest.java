package org.etradecampus.review;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.util.Map;

/** A score for every criterion of the rubric, by its key, and an optional comment. */
@Serdeable
public record ScoreRequest(@NotNull @Size(max = 20) Map<String, Integer> scores, @Nullable @Size(max = 5000) String comment) {
}
