package org.etradecampus.completion;

import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** A trainer or manager confirms a completion or refuses it, whatever the rule says, and says why. */
@Serdeable
public record CompletionOverrideRequest(@NotNull Boolean completed, @NotBlank @Size(max = 500) String reason) {
}
