package org.etradecampus.community;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** An announcement (a title and a body) or a comment (a body; a title is refused). */
@Serdeable
public record PostRequest(@Nullable @Size(max = 200) String title, @NotBlank @Size(max = 5000) String body) {
}
