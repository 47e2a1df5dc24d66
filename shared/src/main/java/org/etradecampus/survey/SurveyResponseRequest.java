package org.etradecampus.survey;

import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.util.Map;

/** Answers by question key, as for application forms; a SCALE answer is a whole number from 1 to 5. */
@Serdeable
public record SurveyResponseRequest(@Schema(description = "Answers by question key", additionalProperties = Schema.AdditionalPropertiesValue.TRUE)
                                    @NotNull @Size(max = 50) Map<String, Object> answers) {
}
