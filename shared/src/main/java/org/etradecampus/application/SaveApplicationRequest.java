package org.etradecampus.application;

import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.util.Map;

/** Answers by question key: text, a number, true/false, a choice's value, or a list of values. */
@Serdeable
public record SaveApplicationRequest(@NotNull @Size(max = 50) Map<String, Object> answers) {
}
