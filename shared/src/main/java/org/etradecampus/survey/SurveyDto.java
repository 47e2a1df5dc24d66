package org.etradecampus.survey;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;
import org.etradecampus.application.LocalizedText;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/** A survey to answer, with her answers so far; she may change them while it is {@code open}. */
@Serdeable
public record SurveyDto(String id, String activityId, String activityTitle, SurveyKind kind, LocalizedText title,
                        List<SurveyQuestionDto> questions, Instant opensAt, Instant closesAt, boolean open,
                        @Schema(additionalProperties = Schema.AdditionalPropertiesValue.TRUE) Map<String, Object> answers,
                        @Nullable Instant answeredAt) {
}
