package org.etradecampus.review;

import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.etradecampus.application.LocalizedText;

/** A criterion of the rubric: scored from 1 to {@code scale}, counting {@code weight} times in the total. */
@Serdeable
public record CriterionDto(@NotBlank @Size(max = 40) @Pattern(regexp = "[a-zA-Z][a-zA-Z0-9_]*", message = "must start with a letter and hold only letters, digits and _") String key,
                           @NotNull @Valid LocalizedText label,
                           @Min(1) @Max(100) int weight,
                           @Min(2) @Max(10) int scale) {
}
