package org.etradecampus.application;

import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** One option of a choice question: {@code value} is what answers carry, {@code label} what people read. */
@Serdeable
public record ChoiceDto(@NotBlank @Size(max = 60) @Pattern(regexp = "[A-Za-z0-9_-]+", message = "must be letters, digits, _ or -") String value,
                        @NotNull @Valid LocalizedText label) {
}
