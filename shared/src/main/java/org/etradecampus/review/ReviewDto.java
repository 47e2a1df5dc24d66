package org.etradecampus.review;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;
import org.etradecampus.application.QuestionDto;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * What a reviewer sees: the application's answers to the questions that do not identify the
 * applicant, and nothing about who she is (blind review). {@code scores} and {@code comment} are hers.
 */
@Serdeable
public record ReviewDto(String id, String activityId, String activityTitle, List<QuestionDto> questions,
                        @Schema(description = "Answers by question key", additionalProperties = Schema.AdditionalPropertiesValue.TRUE) Map<String, Object> answers, List<CriterionDto> criteria, @Nullable Map<String, Integer> scores,
                        @Nullable Double score, @Nullable String comment, @Nullable Instant submittedAt) {
}
