package org.etradecampus.application;

import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.util.Map;

/** Answers by question key: text, a number, true/false, a choice's value, or a list of values. */
@Serdeable
public record SaveApplicationRequest(@Schema(description = "Answers by question key: text, number, true/false or a list of choice values", additionalProperties = Schema.AdditionalPropertiesValue.TRUE) @NotNull @Size(max = 50) Map<String, Object> answers) {
}
