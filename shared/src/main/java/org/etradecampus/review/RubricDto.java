package org.etradecampus.review;

import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.util.List;

/**
 * How reviewers score applications. A review's score is the weighted mean of its criteria, each
 * mapped from 1..scale onto 0..100, so scores compare across criteria and reviewers.
 */
@Serdeable
public record RubricDto(@NotNull @Size(max = 20) List<@NotNull @Valid CriterionDto> criteria) {
}
