package org.etradecampus.directory;

import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** A message to a listed business, or a business's reply to one. */
@Serdeable
public record ContactRequest(@NotBlank @Size(max = 2000) String message) {
}
