package org.etradecampus.application;

import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.util.List;

/** The questions applicants answer, in order. */
@Serdeable
public record ApplicationFormDto(@NotNull @Size(max = 50) List<@NotNull @Valid QuestionDto> questions) {
}
