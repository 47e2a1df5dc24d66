package org.etradecampus.completion;

import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

@Serdeable
public record RevokeRequest(@NotBlank @Size(max = 500) String reason) {
}
