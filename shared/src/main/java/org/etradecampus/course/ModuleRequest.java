package org.etradecampus.course;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** {@code position}: 1 for the first; absent puts it last. */
@Serdeable
public record ModuleRequest(@NotBlank @Size(max = 200) String title, @Nullable @Min(1) @Max(1000) Integer position) {
}
