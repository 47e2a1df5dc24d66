package org.etradecampus.outcome;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.etradecampus.application.LocalizedText;

/** A milestone of a programme's catalogue; {@code position} orders the catalogue (last when absent). */
@Serdeable
public record MilestoneRequest(@NotBlank @Size(max = 40) @Pattern(regexp = "[A-Za-z][A-Za-z0-9_.-]*", message = "must start with a letter and hold only letters, digits, _, . or -") String code,
                               @NotNull @Valid LocalizedText name,
                               @Nullable @Min(1) @Max(1000) Integer position) {
}
