package org.etradecampus.community;

import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** Why a moderator hides a post, or why a member reports it. */
@Serdeable
public record ReasonRequest(@NotBlank @Size(max = 300) String reason) {
}
